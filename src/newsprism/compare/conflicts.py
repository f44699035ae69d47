"""Conflicts: statements of two outlets about one subject and one action that cannot both
be true.

A conflict is the most expensive line to get wrong (a fact-checker acts on it), so each
rule first requires the same subject and the same action, read from the parse
(:mod:`newsprism.compare.frames`), and only then compares values:

- ``number``: one counted thing ("page of indictment"), one subject, a single value per
  sentence (a list of poll figures is skipped), values that disagree at their stated
  precision (``quantities_agree``: 47 vs 48 pages, 50,000 vs 55,000 pages; a round
  word or a size bound is as round as its digits, compare/round_figures.py: "twenty" /
  23, "up to 100" / 112 agree); and how long one done act of one named doer lasted
  ("waited six hours" / "for seven hours", compare/durations.py);
- ``date``: one action (verb lemma, not a verb of saying), one subject, the same object,
  different weekdays ("signed the bill Thursday" / "signed the bill Wednesday"; "urged
  changes Wednesday" / "signed Thursday" is two actions), or calendar dates that share
  no day, read by the same frame (compare/dates.py: "primaries in mid May" / "The
  primary would be held on April 30"; a tenure "from 1967 to 1979" / "from 1966 to
  1978");
- ``negation`` and ``status``: one one-off event (charged, indicted, arrested, resigned,
  killed; a bill passed, signed, vetoed) of one person, done in one outlet and denied
  ("no formal charges have been filed") or still expected ("is expected to be indicted")
  in the other; so is a deal (compare/agreements.py) and a measure an authority puts
  in place, a warning or a curfew (compare/measures.py, one authority named by both);
- ``negation`` of an act (compare/refusals.py): one named person's act (apologise,
  resign …) about one object, done in one outlet and refused or not done in another;
- ``label``: one person given two parties, states or offices ("(R-CT)" / "(D-Conn.)"),
  or one office plain and ranked below it ("assistant chief" / "chief", compare/titles.py).
- ``place``: one act of one named agent put in two towns, neither holding the other nor
  named in the other article ("misspoken … during the Norwalk event" / "at a 2008 event
  in Norfolk", compare/places.py); once listed, it also shows each sentence of a side's
  article that places the agent's speech there by its audience ("said to the group
  gathered in Norwalk in March 2008", compare/place_sides.py: sides only).

Candidates are every pair of claims of two different articles, not only the pairs the
aligner grouped: a same-fact aligner keeps "was charged" apart from "no charges were
filed", which is exactly the pair wanted here. Each conflict is listed once per
disagreement (kind, subject, values, articles), with both sentences. A conflict between
two claims of one aligned fact turns that fact into a ``conflict``; between claims of two
facts, it is a fact of its own whose evidence is the two sides (the claims stay in
their facts too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from newsprism.compare.agreements import EVENT as AGREEMENT
from newsprism.compare.align import AlignedClaim, number_facts
from newsprism.compare.bounds import bound_against_figure, bounds_differ
from newsprism.compare.count_nouns import counted_as
from newsprism.compare.count_periods import counts_apart, span_check_text
from newsprism.compare.count_scope import scopes_differ
from newsprism.compare.dates import calendar_clash
from newsprism.compare.durations import duration_conflicts
from newsprism.compare.former_titles import past_before, past_title_clashes
from newsprism.compare.frames import (
    REPORTING,
    ClaimFrame,
    Counted,
    Status,
    name_key,
    named_doers,
    read_frames,
)
from newsprism.compare.legislation import BILLS, PASSAGE_OBJECTS
from newsprism.compare.measures import EVENT as MEASURE
from newsprism.compare.measures import one_authority
from newsprism.compare.person_labels import label_disagreements, labels_of
from newsprism.compare.place_sides import add_place_sides
from newsprism.compare.places import article_titles, places_clash
from newsprism.compare.rank_cuts import ranks_differ
from newsprism.compare.refusals import act_clashes
from newsprism.compare.round_figures import rounded_agree
from newsprism.compare.side_sentences import join_sides
from newsprism.extract.claims import quantities_agree
from newsprism.extract.nlp import doc_text
from newsprism.models import Article, Claim, Mention

TOPIC_OVERLAP = 0.2  # content-lemma overlap of two claims about one thing, subject unknown
_STATUS_CLASH = {frozenset({"done", "not"}): "negation", frozenset({"done", "expected"}): "status",
                 frozenset({"decided", "expected"}): "status"}
_STATUS_WORDS = {"done": "it has happened", "not": "it has not happened",
                 "expected": "it is still expected", "decided": "it has been decided"}
_ACT_WORDS = {"done": "it happened", "refused": "it was refused",
              "not": "it has not happened"}


def add_conflicts(
    articles: Sequence[Article],
    docs: dict[str, Any],
    claims: Sequence[Claim],
    mentions: Sequence[Mention],
    facts: list[AlignedClaim],
    names: dict[str, str] | None = None,
) -> list[AlignedClaim]:
    """Find the story's conflicts and put them into ``facts`` (renumbered ``F1``…).

    Args:
        articles: the story's articles.
        docs: article id → its parsed text.
        claims: every claim of the story.
        mentions: every entity mention, linked to the story's entities.
        facts: the aligned facts (statuses shared or unique).
        names: entity id → canonical name, so that a title linked to a person ("the
            congressman") is that person.
    """
    published = {a.id: _day(a.published_at) for a in articles}
    frames = claim_frames(docs, claims, mentions, names, published)
    found = find_conflicts(frames)
    found += act_conflicts(frames, {a.id: a.published_at for a in articles})
    found += label_conflicts(articles, claims, mentions, names)
    keys = {i: name_key(n) for i, n in (names or {}).items()}
    found += duration_conflicts(frames, docs, mentions, keys, _topical, _far_apart, conflict)
    merged = add_place_sides(one_per_disagreement(found), frames, docs, mentions,
                             lambda m: keys.get(m.entity_id or "") or name_key(m.text), REPORTING)
    return attach(facts, claims, merged)


def one_per_disagreement(found: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conflicts of one kind about one thing that share a side (the same claim, the same
    value) are one disagreement: one conflict with every side.

    Each conflict is found between two articles, so three outlets telling one vote
    (NYT and Fox "Tuesday", HuffPost "Wednesday") gave two conflicts, two conflict facts
    and two summary lines for one disagreement (BASIL 2153fb3e, session 19); the issue
    asks for each conflict once, with each side's sentence. ``sides`` was always a list
    of two or more (docs/json-schema.md)."""
    merged: list[dict[str, Any]] = []
    for item in found:
        mine = {(s["claim_id"], s["value"]) for s in item["sides"]}
        into = next((m for m in merged if (m["kind"], m.get("about")) ==
                     (item["kind"], item.get("about"))
                     and mine & {(s["claim_id"], s["value"]) for s in m["sides"]}), None)
        if into is None:
            merged.append({**item, "sides": list(item["sides"])})
            continue
        have = {(s["claim_id"], s["value"]) for s in into["sides"]}
        into["sides"] += [s for s in item["sides"] if (s["claim_id"], s["value"]) not in have]
        order = list(dict.fromkeys(s["value"] for s in into["sides"]))
        into["sides"].sort(key=lambda s: order.index(s["value"]))  # one value's sides together
    return merged


def claim_frames(docs: dict[str, Any], claims: Sequence[Claim], mentions: Sequence[Mention],
                 names: dict[str, str] | None = None,
                 published: dict[str, date | None] | None = None) -> list[ClaimFrame]:  # fmt: skip
    """Each claim read into frames, with the main person of its article; ``published``
    (article id → publication day) resolves each article's relative dates against its
    own day."""
    keys = {i: name_key(n) for i, n in (names or {}).items()}
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    main = {a: _main_person(ms, keys) for a, ms in by_article.items()}
    doers = {a: named_doers(docs[a], ms, keys) for a, ms in by_article.items() if a in docs}
    titles = {a: article_titles(docs[a].text, ms, lambda m: keys.get(m.entity_id or "")
                                or name_key(m.text))
              for a, ms in by_article.items() if a in docs}  # fmt: skip
    places = {a: frozenset(m.text for m in ms if m.label == "GPE") for a, ms in by_article.items()}
    people = frozenset(w for m in mentions if m.label == "PERSON" for w in m.text.split())
    frames = []
    for claim in claims:
        local = [m for m in by_article.get(claim.article_id, [])
                 if claim.start <= m.start < claim.end]  # fmt: skip
        frame = read_frames(docs[claim.article_id], claim, local, main.get(claim.article_id),
                            keys, doers.get(claim.article_id), titles.get(claim.article_id),
                            places.get(claim.article_id, frozenset()), people,
                            (published or {}).get(claim.article_id))
        frame.article_text = doc_text(docs[claim.article_id])
        frame.published = (published or {}).get(claim.article_id)
        frames.append(frame)
    return frames


def _main_person(mentions: Sequence[Mention], keys: dict[str, str]) -> str | None:
    """The person an article mentions most: the one an event without a named patient
    ("no formal charges have been filed") is about."""
    counts = Counter(keys.get(m.entity_id or "") or name_key(m.text)
                     for m in mentions if m.label == "PERSON")  # fmt: skip
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def find_conflicts(frames: Sequence[ClaimFrame]) -> list[dict[str, Any]]:
    """Number, date and status conflicts between claims of different articles, each once."""
    found: list[dict[str, Any]] = []
    seen: dict[tuple, dict[str, Any]] = {}
    for a, b in _candidate_pairs(frames):
        if a.claim.article_id != b.claim.article_id:
            for kind, key, about, va, vb in _pair_conflicts(a, b):
                once = (kind, key, frozenset({(a.claim.article_id, va), (b.claim.article_id, vb)}))
                if once in seen:  # another sentence stating one of the values (session 37)
                    join_sides(seen[once], a.claim, va, b.claim, vb)
                    continue
                seen[once] = conflict(kind, about, a.claim, va, b.claim, vb)
                found.append(seen[once])
    return found


def act_conflicts(frames: Sequence[ClaimFrame], published: dict[str, str | None] | None = None
                  ) -> list[dict[str, Any]]:  # fmt: skip
    """An act one article states done and another refused or not done
    (compare/refusals.py), each (agent, act, pair of articles) once.

    Two articles published more than a day apart are two moments (he refused on Monday
    and apologised on Thursday): their acts never clash."""
    published = published or {}
    claim_of = {id(act): f.claim for f in frames for act in f.acts}
    by_article: dict[str, list] = {}
    for f in frames:
        by_article.setdefault(f.claim.article_id, []).extend(f.acts)
    found, seen = [], set()
    for x, y in act_clashes(by_article):
        a, b = claim_of[id(x)], claim_of[id(y)]
        if _days_apart(published.get(a.article_id), published.get(b.article_id)) > 1:
            continue
        once = (x.agent, x.act, a.article_id, b.article_id)
        if once not in seen:
            seen.add(once)
            found.append(conflict("negation", f"whether {x.agent.title()} did “{x.act}”",
                                  a, _ACT_WORDS[x.polarity], b, _ACT_WORDS[y.polarity]))
    return found


def _day(stamp: str | None) -> date | None:
    """The day of an ISO publication stamp, None when unknown or unreadable."""
    try:
        return date.fromisoformat(stamp[:10]) if stamp else None
    except ValueError:
        return None


def _days_apart(a: str | None, b: str | None) -> int:
    """Whole days between two ISO dates (0 when either is unknown or unreadable)."""
    first, second = _day(a), _day(b)
    return abs((first - second).days) if first and second else 0


def _candidate_pairs(frames: Sequence[ClaimFrame]) -> list[tuple[ClaimFrame, ClaimFrame]]:
    """Pairs that share an action, a counted thing or an event: only these can conflict.

    Bucketing keeps a story of thousands of claims from comparing millions of pairs.
    """
    buckets: dict[tuple, list[int]] = {}
    for i, frame in enumerate(frames):
        keys = {("d", d.verb, d.subject) for d in frame.dated}
        keys |= {("n", counted_as(c.thing)) for c in frame.counted}
        keys |= {("p", p.verb, p.noun, p.subject) for p in frame.places}
        keys |= {("s", s.event, "bill" if s.patient in BILLS else s.patient)
                 for s in frame.statuses}  # fmt: skip
        for key in keys:
            buckets.setdefault(key, []).append(i)
    pairs = sorted({(i, j) for members in buckets.values()
                    for n, i in enumerate(members) for j in members[n + 1 :]})  # fmt: skip
    return [(frames[i], frames[j]) for i, j in pairs]


def _pair_conflicts(a: ClaimFrame, b: ClaimFrame) -> list[tuple[str, str, str, str, str]]:
    """(kind, key of the disagreement, what it is about, value a, value b) of two claims."""
    out = []
    topical = _overlap(a.lemmas, b.lemmas) >= TOPIC_OVERLAP
    # a passage's words are folded as its frame is ("resolution", "measure" → bill; "voted"
    # → pass), so two wordings of one passage are as topical as the event they share
    passage_topical = _overlap(_fold_bills(a.lemmas), _fold_bills(b.lemmas)) >= TOPIC_OVERLAP
    for x in a.dated:
        for y in b.dated:
            near = passage_topical if x.objects == PASSAGE_OBJECTS else topical
            if not (x.verb == y.verb and x.subject and x.subject == y.subject
                    and x.objects == y.objects and near):
                continue
            if x.weekday and y.weekday and x.weekday != y.weekday and not _far_apart(a, b):
                out.append(("date", f"{x.verb}|{x.subject}", _date_about(x),
                            x.weekday.title(), y.weekday.title()))  # fmt: skip
            elif x.when and y.when and calendar_clash(x, y, a.article_text, b.article_text):
                out.append(("date", f"{x.verb}|{x.subject}|calendar", _date_about(x),
                            x.when.text, y.when.text))  # fmt: skip
    out += _count_conflicts(a, b, topical)
    for x in a.places:
        for y in b.places:
            if topical and places_clash(x, y, a.article_text, b.article_text):
                out.append(("place", f"{x.verb}|{x.noun}|{x.subject}",
                            _place_about(x), x.place, y.place))
    for x in a.statuses:
        for y in b.statuses:
            clash = _STATUS_CLASH.get(frozenset({x.status, y.status}))
            if (clash and x.event == y.event and _same_patient(x, y) and one_authority(x, y)
                    and (not x.complement or not y.complement or x.complement & y.complement)
                    and (topical or x.event not in (AGREEMENT, MEASURE))):  # two deals, two bans
                who = x.agent if x.patient in BILLS and x.agent else x.patient
                about = (f"whether the {who} is in place" if x.event == MEASURE  # two verbs
                         else f"whether “{x.word}” has happened ({(who or '').title()})")
                out.append((clash, f"{x.event}|{who}", about,
                            _STATUS_WORDS[x.status], _STATUS_WORDS[y.status]))  # fmt: skip
    return out


def _count_conflicts(a: ClaimFrame, b: ClaimFrame, topical: bool
                     ) -> list[tuple[str, str, str, str, str]]:  # fmt: skip
    """The number disagreements of two claims' counts (the number rule's part of
    :func:`_pair_conflicts`)."""
    out = []
    for x in a.counted:
        for y in b.counted:
            if counted_as(x.thing) != counted_as(y.thing) or x.prospect != y.prospect:
                continue  # a forecast or a plan is not the count it foresees
            if (scopes_differ(span_check_text(a.claim.text, x, a.published),
                              span_check_text(b.claim.text, y, b.published))
                    or x.running != y.running or counts_apart(x, y, a, b)):
                continue  # "147 since 2009" counts a tenure, "23 on Wednesday" one day
            # a specific thing ("page of indictment") is its own subject; a bare unit
            # ("percent", "vote") needs the same subject (or holder) on both sides
            same_subject = (topical and (" of " in x.thing or _one_owner(x, y))) or (
                _one_named_owner(x, y, a, b))
            qa, qb = a.claim.quantities[x.index], b.claim.quantities[y.index]
            if same_subject and (not quantities_agree(qa, qb) or ranks_differ(x, qa, y, qb)
                                 or bounds_differ(qa, a.claim.text, qb, b.claim.text)
                                 or bound_against_figure(qa, a.claim.text, qb, b.claim.text)
                                 ) and not rounded_agree(qa, a.claim.text, qb, b.claim.text):
                thing = counted_as(x.thing)  # one name, so that one disagreement is one
                out.append(("number", f"{thing}|{x.subject or y.subject}",
                            f"a number ({thing})", qa.text, qb.text))  # fmt: skip
    return out


def _topical(a: ClaimFrame, b: ClaimFrame) -> bool:
    return _overlap(a.lemmas, b.lemmas) >= TOPIC_OVERLAP


def _one_owner(x: Counted, y: Counted) -> bool:
    """Whether two counts of one thing are of one owner: one named subject, or one noun
    they describe ("a lawsuit involving 1.5 million women" / "the lawsuit that covers
    …", compare/count_holders.py, session 26) unless they name two subjects. A named
    subject of the clause is not always the count's owner: in "the Court appeared ready
    to block a lawsuit on behalf of up to 1.6 million women" the Court blocks, the
    lawsuit holds the women.

    Session 38: a subject on one side is the holder on the other ("The 500 million doses
    are destined for the world's 100 poorest countries" / "donate 500 million doses …
    to 92 poorer countries", NeuS row 359): the doses hold the countries either way."""
    if x.subject and y.subject:
        return x.subject == y.subject
    if bool(x.holder) and x.holder == y.holder:
        return True
    # one side's subject, the other's holder (session 38)
    return bool(x.subject or y.subject) and (x.subject or y.subject) == (
        y.holder if x.subject else x.holder)


def _one_named_owner(x: Counted, y: Counted, a: ClaimFrame, b: ClaimFrame) -> bool:
    """Whether two counts of one thing have one named owner (session 37): then they count
    one thing of one person or body whatever else the sentences say, and the topical bar
    (set for owners unknown) is not asked. NYT's long lead "… lay out 19 separate actions
    the president could take …" and HuffPost's "the administration is supplementing its
    proposal with 23 executive actions" share 0.09 of their words (526cabb7). A common
    noun's lemma ("company", "study") is no name: two companies stay two owners."""
    return bool(x.subject) and x.subject == y.subject and x.subject in a.named & b.named


def _far_apart(a: ClaimFrame, b: ClaimFrame) -> bool:
    """Whether two claims' articles were published more than a day apart (session 19).

    A weekday names a day of its own article's week: Obama and Boehner "met … on
    Sunday" (NYT, December 9, 2012) and "met … on Thursday evening" (HuffPost, December
    13) are two meetings, not one meeting dated twice. The act rule refuses such
    articles too (``act_conflicts``); a day apart is kept (a Friday apology reported on
    Friday and on Saturday). Unknown days are not apart."""
    return bool(a.published and b.published and abs((a.published - b.published).days) > 1)


def _date_about(x: Any) -> str:
    """What a date conflict is about, for a reader."""
    if x.objects == PASSAGE_OBJECTS:
        return f"the day the {x.subject.title()} passed the bill"
    if x.verb == "tenure":
        office = next(iter(x.objects))
        where = {"senate": "in the Senate", "house": "in the House"}.get(office, f"as {office}")
        return f"{x.subject.title()}'s years {where}"
    if x.verb == "event":
        return f"the date of the {x.subject}"
    return f"the day of “{x.word}” ({x.subject.title()})"


def _place_about(x: Any) -> str:
    """What a place conflict is about, for a reader: "the place of the event of
    “misspoken” (Blumenthal)", "the place of “visited” (Harris)"."""
    what = f"the {x.noun} of “{x.word}”" if x.noun else f"“{x.word}”"
    return f"the place of {what} ({x.subject.title()})"


def _same_patient(x: Status, y: Status) -> bool:
    """One event happens to one patient. A bill named in two words ("the bill",
    "legislation") is one bill only when one named person acts on both; two different
    agents (Brewer's veto, Ducey's "would veto") are never one event, nor one whose
    agent is unknown."""
    if x.patient in BILLS and y.patient in BILLS:
        # a bill's stages are acts of different chambers and people ("the House passed
        # it", "the Senate is expected to vote"): the same named agent is required
        return bool(x.agent) and x.agent == y.agent
    if x.agent and y.agent and x.agent != y.agent:
        return False
    return bool(x.patient) and x.patient == y.patient


def _fold_bills(lemmas: frozenset[str]) -> frozenset[str]:
    return frozenset("bill" if w in BILLS else "pass" if w in ("vote", "approve") else w
                     for w in lemmas)  # fmt: skip


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    small = min(len(a), len(b))
    return len(a & b) / small if small else 0.0


def label_conflicts(articles: Sequence[Article], claims: Sequence[Claim],
                    mentions: Sequence[Mention], names: dict[str, str] | None = None
                    ) -> list[dict[str, Any]]:  # fmt: skip
    """A person given different parties, states or offices by two articles, or an
    office as past by one and as held now by another (compare/former_titles.py)."""
    names = names or {}
    text = {a.id: a.text for a in articles}
    labels, past = [], []
    for a in articles:
        own = [m for m in mentions if m.article_id == a.id]
        labels += labels_of(text[a.id], own)
        past += past_before(text[a.id], own)
    found = []
    published = {a.id: _day(a.published_at) for a in articles}
    for x, y in [*label_disagreements(labels),
                 *past_title_clashes([*labels, *past], text, published)]:
        a, b = _claim_at(claims, x.article_id, x.offset), _claim_at(claims, y.article_id, y.offset)
        if a and b:
            who = names.get(x.entity_id) or x.entity_id
            found.append(conflict("label", f"the {x.kind} of {who}", a, x.text, b, y.text))
    return found


def _claim_at(claims: Sequence[Claim], article_id: str, offset: int) -> Claim | None:
    return next((c for c in claims if c.article_id == article_id
                 and c.start <= offset <= c.end), None)  # fmt: skip


def conflict(kind: str, about: str, a: Claim, value_a: str, b: Claim, value_b: str
             ) -> dict[str, Any]:  # fmt: skip
    """One conflict: its kind, what it is about, and each side's value and sentence."""
    return {
        "kind": kind,
        "about": about,
        "sides": [
            {"article_id": a.article_id, "claim_id": a.id, "value": value_a, "sentence": a.text},
            {"article_id": b.article_id, "claim_id": b.id, "value": value_b, "sentence": b.text},
        ],
    }


def attach(facts: list[AlignedClaim], claims: Sequence[Claim],
           found: Sequence[dict[str, Any]]) -> list[AlignedClaim]:  # fmt: skip
    """Put each conflict on the fact holding both sides, or on a fact of its own (always
    for a label)."""
    fact_of = {c.id: f for f in facts for c in f.claims}
    by_id = {c.id: c for c in claims}
    own: dict[frozenset[str], AlignedClaim] = {}
    for item in found:
        ids = list(dict.fromkeys(side["claim_id"] for side in item["sides"]))
        holder = fact_of.get(ids[0])
        # a label is a fact about the person, not about what the sentences state: two
        # outlets that agree on the fact ("55 of 136 units collapsed, said Jadallah") and
        # title him differently still share it, so a label conflict gets a fact of its own
        if (holder is not None and all(fact_of.get(i) is holder for i in ids)
                and item["kind"] != "label"):
            holder.status = "conflict"
            holder.conflicts.append(item)
            continue
        key = frozenset(ids)
        if key not in own:
            own[key] = AlignedClaim("", "conflict", [by_id[i] for i in ids])
        own[key].conflicts.append(item)
    return number_facts([*facts, *own.values()], claims)
