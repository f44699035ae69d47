"""The neutral merged summary: extractive, shared facts first, every line cited.

A fact's claims are clauses cut out of sentences ("…, but he reiterated his
opposition …", "adding that Blinken …"), so the shortest rendering is often not a
readable sentence. The line for a fact is therefore the rendering a reader can take
alone: one that starts a sentence, names its subject instead of "he" or "she", and
closes the quotation marks it opens; then the shortest. The only edits made to the
outlet's words are at the edges (a leading connective dropped, a pronoun subject
replaced by the quote's resolved speaker, a stray closing mark dropped, a capital and
a full stop added); the line keeps ``original``, the exact clause, and its
``claim_id`` points at the evidence sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from newsprism.compare import lead as lead_module
from newsprism.compare.align import AlignedClaim
from newsprism.compare.cited_elsewhere import cite_backers
from newsprism.compare.colour import colour_test
from newsprism.compare.column_voice import column_voice
from newsprism.compare.headlines import is_headline
from newsprism.compare.lead import (
    charged,
    lead_claims,
    openings,
    opinion_piece,
    own_voice_marks,
    ranked_leads,
    repeats_lead_line,
    restates,
    title_echoed_leads,
)
from newsprism.compare.lead_told_again import lead_told_again
from newsprism.compare.line_edges import PRONOUN_SUBJECT, SAYING, readable_line
from newsprism.compare.line_parse import sharing_parses
from newsprism.compare.midstart import no_lead_articles
from newsprism.compare.opening_backers import cite_openings
from newsprism.compare.reaction import quoted_reaction
from newsprism.compare.readable import (
    mostly_quoted,
    opens_in_quotation,
    pronoun_speaker,
    reads_alone,
    starts_with_pronoun,
    unbalanced_marks,
)
from newsprism.compare.relays import independent_sources
from newsprism.compare.summary_conflicts import add_conflict_lines, summary_line
from newsprism.compare.summary_fallback import fallback_claims, first_line
from newsprism.compare.summary_repeats import said_before
from newsprism.compare.title_subjects import story_title_subjects
from newsprism.models import Article, Claim, Quote

Backs = Callable[[Claim, Claim], bool]

SUMMARY_UNIQUE_PER_ARTICLE = 1
_COLUMN = 2  # a column's lead is less plain than any report's (see _plainness)
_REPORTED = re.compile(r"^(?:(?:and|but|while|whereas|as|so|yet)\s+)?that\s", re.IGNORECASE)


def _lead_reports(articles: Sequence[Article], opening: Any, plainness: Callable[[Claim], int],
                  summary: Sequence[dict[str, Any]]) -> list[Claim]:  # fmt: skip
    """The leads that may open the summary, plainest first: the echoed leads (no
    column's), else, with no line cited to two outlets yet, the leads the other outlets'
    titles and openings echo (:func:`title_echoed_leads`, session 23, NeuS r89)."""
    reports = [c for c in ranked_leads(opening, plainness) if plainness(c) < _COLUMN]
    if not reports and lead_module.TITLE_ECHO and not _corroborated(summary):
        titles = {a.id: a.title or "" for a in articles}
        reports = [c for c in title_echoed_leads(opening, titles, plainness)
                   if plainness(c) < _COLUMN]
    return reports


@sharing_parses  # a line asked about twice is parsed once (line_parse.py)
def summarize(
    articles: Sequence[Article],
    facts: Sequence[AlignedClaim],
    quotes: Sequence[Quote] = (),
    backs: Backs | None = None,
    framing: Mapping[str, Mapping[str, Any]] | None = None,
    holds: Backs | None = None,
    near: Backs | None = None,
) -> list[dict[str, Any]]:
    """A neutral extractive summary: shared facts first, each line with its citations.

    Each shared fact once (its most readable rendering, see the module docstring), cited
    only to the articles whose own sentence states what the line says (``backs``); then
    one plain line per conflict; then the first unique fact of each article, marked as
    reported by that article only. A line a reader could not take alone (a fragment, an
    unresolved pronoun, a repeat, a blob: :mod:`newsprism.compare.readable`) is left
    out, and so is a shared fact no single sentence of which another article backs.
    With no line of a fact holding an article's lead, the most echoed lead opens it
    (``"lead": true``, cited to its own outlet: :mod:`newsprism.compare.lead`); a line
    that is a lead is also cited to every outlet whose lead states its core event.

    Args:
        articles: the story's articles.
        facts: the aligned facts, conflicts included.
        quotes: the story's quotes (to name the speaker of a quoted line).
        backs: whether a claim of one article states what a claim of another says (default: all).
        framing: each article's framing (``ArticleFraming.as_dict``) by id: the plainest
            echoed lead opens the summary (:func:`_plainness`).
        holds: whether, under the ``backs`` bar, a claim holds every checkable item of
            another: its article is added to that line's citations (:func:`_held_by`).
        near: two leads' verbs as one act (:mod:`newsprism.compare.opening_backers`)."""
    outlet, texts = {a.id: a.outlet or a.id for a in articles}, {a.id: a.text for a in articles}
    scored, backs = backs, backs or (lambda a, b: True)  # (no repeat by score unless given)
    summary: list[dict[str, Any]] = []
    shown: list[str] = []
    used: set[str] = set()  # a sentence of two facts renders one of them, not both
    add = _adder(summary, (shown, used), facts, scored)
    # the first shared fact leads, else its own outlet's line (session 21, r73; _leads)
    opening = openings(articles, facts, lambda c, a: is_headline(c, a, decks=False))
    no_lead = no_lead_articles(articles, opening)  # a text that starts mid-article
    leads = _lead_ids(opening, no_lead)
    plainness = _plainness(articles, framing or {})
    shared = [f for f in facts if f.status == "shared"]
    _add_shared_lines(shared, quotes, texts, (backs, holds), (shown, used), (leads, plainness),
                      add)  # fmt: skip
    reports = [c for c in _lead_reports(articles, opening, plainness, summary)
               if c.article_id not in no_lead]  # fmt: skip
    _open_on_lead(summary, facts, reports, leads, (quotes, shown, texts), add)
    add_conflict_lines(facts, outlet, add)
    left_out = _not_a_line(plainness, colour_test(framing or {}), summary, leads)
    for article in articles:
        _unique_lines(article, facts, quotes, shown, texts, add, left_out)
    begun = {aid: found for aid, found in opening.items() if aid not in no_lead}
    if not summary:  # never empty while a sentence reads alone (session 32)
        add(_fallback_line(facts, begun, (plainness, left_out), (quotes, shown, texts)))
    cite_backers(summary, facts, scored)  # its sentence backed in another fact (session 31)
    cite_openings(summary, facts, lead_claims(begun), near)  # its lead's event (session 32)
    return summary


def _add_shared_lines(shared: Sequence[AlignedClaim], quotes: Sequence[Quote],
                      texts: Mapping[str, str], tests: tuple[Backs, Backs | None],
                      picked: tuple[Sequence[str], set[str]],
                      lead: tuple[AbstractSet[str], Callable[[Claim], int]],
                      add: Callable[[dict[str, Any] | None], bool]) -> None:  # fmt: skip
    """Each shared fact's line; the first falls back on its own outlet's line (:func:`_leads`),
    and with no line at all the most corroborated fact is cited to its own outlet."""
    backs, holds = tests
    shown, used = picked
    leads, plainness = lead
    added = False
    for rank, fact in enumerate(shared):
        line = _shared_line(fact, quotes, backs, shown, used, texts, holds)
        if line is None and rank == 0 and _leads(shared):
            line = _own_line([fact], quotes, shown, texts, leads, plainness, holds)
        added = add(line) or added
    if not added:
        add(_own_line(shared, quotes, shown, texts, leads, plainness, holds))


def _not_a_line(plainness: Callable[[Claim], int], colour: Callable[[Claim], bool],
                summary: list[dict[str, Any]], leads: set[str]) -> Callable[[Claim], bool]:
    """Which one-outlet sentences are no unique line: a column's charge (22) or unchecked
    sentence (30: compare/column_voice.py), a lead line restated (23), a report's figure
    of speech (``colour``, 24), a private person's quoted reaction (25), a lead told again (33)."""
    voice = column_voice(lambda claim: plainness(claim) >= _COLUMN)
    return lead_told_again(lambda claim: (plainness(claim) >= _COLUMN + 1 or voice(claim)
                          or repeats_lead_line(claim.text, summary) or colour(claim)
                          or quoted_reaction(claim.text)), summary, leads)


def _adder(summary: list[dict[str, Any]], seen: tuple[list[str], set[str]],
           facts: Sequence[AlignedClaim], scored: Backs | None
           ) -> Callable[[dict[str, Any] | None], bool]:  # fmt: skip
    """``add(line)``: appends a line to the summary unless it is None or states a line
    already there (:func:`newsprism.compare.summary_repeats.said_before`, session 28),
    and records its text and sentences; whether it was added."""
    shown, used = seen

    def add(line: dict[str, Any] | None) -> bool:
        if line is None or said_before(line, summary, facts, scored):  # session 28
            return False
        summary.append(line)
        shown.append(line["text"])
        used.update(line["claim_ids"])
        return True

    return add


def _fallback_line(facts: Sequence[AlignedClaim], opening: dict[str, list[Claim]],
                   tests: tuple[Callable[[Claim], int], Callable[[Claim], bool]],
                   context: tuple[Sequence[Quote], Sequence[str], Mapping[str, str]]
                   ) -> dict[str, Any] | None:  # fmt: skip
    """The one line of a story that has none: the first dated act that reads alone,
    cited to its own outlet (:mod:`newsprism.compare.summary_fallback`)."""
    plainness, left_out = tests
    quotes, shown, texts = context
    own = {c.id: f for f in facts for c in f.claims}
    return first_line(fallback_claims(opening, facts, plainness, left_out),
                      lambda c: _usable_line(own[c.id], [c], quotes, shown, [c.article_id],
                                             texts))


def _corroborated(summary: Sequence[Mapping[str, Any]]) -> bool:
    """Whether a line so far is cited to two outlets or more. A lead echoed only by the
    other outlets' titles and openings (lead.title_echoed_leads, session 23) opens a
    summary with no such line, where the alignment linked nothing of the event; above a
    line two outlets back it restated that line in other words (BASIL ae243a95: Fox's
    "Every Senate Republican has signed onto a letter …" above the NYT/HuffPost one)."""
    return any(len(line["article_ids"]) > 1 for line in summary)


def _lead_ids(opening: dict[str, list[Claim]], no_lead: set[str]) -> set[str]:
    """The claim ids of the reports' leads, but none of a text that starts mid-article
    (:func:`newsprism.compare.midstart.no_lead_articles`)."""
    return {c.id for aid, found in lead_claims(opening).items() if aid not in no_lead
            for c in found}  # fmt: skip


def _plainness(articles: Sequence[Article], framing: Mapping[str, Mapping[str, Any]]
               ) -> Callable[[Claim], int]:  # fmt: skip
    """How far a lead is from a plain news lede (lower is plainer): 2 for a column's
    (:func:`newsprism.compare.lead.opinion_piece`), 1 more for an own-voice framing mark
    in it (:func:`newsprism.compare.lead.own_voice_marks`). The summary is neutral: it
    opens on the event as a report states it, not in an outlet's charged words, and
    never on a column's lead, which states its writer's thesis ("Come September, all
    schoolchildren ought to be back in the classroom", NeuS row 325)."""
    column = {a.id for a in articles if opinion_piece(a)}
    marks = {aid: own_voice_marks(frame) for aid, frame in framing.items()}
    return lambda claim: (_COLUMN * (claim.article_id in column)
                          + charged(claim, marks.get(claim.article_id, ())))


def _unique_lines(article: Article, facts: Sequence[AlignedClaim], quotes: Sequence[Quote],
                  shown: Sequence[str], texts: Mapping[str, str],
                  add: Callable[[dict[str, Any] | None], bool],
                  charge: Callable[[Claim], bool] = lambda claim: False) -> None:  # fmt: skip
    """The first readable unique facts of one article (:data:`SUMMARY_UNIQUE_PER_ARTICLE`).

    A column's sentence with an own-voice framing mark is its writer's charge ("Rubio
    has become a pathetic figure", "It's a preposterous position"), not a fact of the
    story, and is no line (``charge``; session 22).

    A unique line is a body sentence: never the headline or a standfirst above it. The
    rest of a partly shared sentence is not a line: the sentence would be cited whole to
    one outlet though another states a part of it."""
    unique = [f for f in facts if f.status == "unique" and f.article_ids == [article.id]
              and not f.partly_shared_in and not is_headline(f.claims[0], article)
              and not charge(f.claims[0])]
    picked = 0
    for fact in unique:
        if picked == SUMMARY_UNIQUE_PER_ARTICLE:
            break
        line = _usable_line(fact, fact.claims[:1], quotes, shown, [article.id], texts)
        picked += add(line)


def _shared_line(fact: AlignedClaim, quotes: Sequence[Quote], backs: Backs,
                 shown: Sequence[str], used: set[str], texts: Mapping[str, str],
                 holds: Backs | None = None) -> dict[str, Any] | None:  # fmt: skip
    """The most readable rendering that at least two articles back, cited to those (a
    sentence already rendered for another fact is not used again). An Arabic sentence
    never stands in for English ones that state the fact but cannot be read alone
    ("The spokesman added that …"): then the fact has no line (docs/crosslang.md)."""
    options = []
    for claim in fact.claims:
        if claim.id in used:
            continue
        cited = sorted({claim.article_id} | {o.article_id for o in fact.claims
                        if o.article_id != claim.article_id and backs(claim, o)})  # fmt: skip
        text = _rendering(claim, quotes, texts)
        if text is None:
            continue
        # An English rendering first where the fact has one: the summary is read in
        # English, and an Arabic sentence is shown only where no English one states the
        # fact, as written and marked ("language"), never translated (docs/crosslang.md).
        # a line backed by independent sources first: one that rests on a relay ("…,
        # the Washington Post reports" beside the Post) counts its outlets once
        sources = _sources(fact, cited)
        options.append((bool(claim.language), -sources, -len(cited), _flaws(text), len(text),
                        claim.id, text, claim, cited, sources))  # fmt: skip
    english = False
    for *_, text, claim, cited, sources in sorted(options, key=lambda o: o[:6]):
        if len(cited) < 2:
            continue
        if claim.language and english:
            return None  # English sentences state it, none readable alone (session 23)
        english = english or not claim.language
        if reads_alone(text, shown, claim.text, _before(claim, texts),
                                story_title_subjects(texts.values())):
            cited = _held_by(claim, fact, cited, holds)
            sources = _sources(fact, cited)
            line = _cited_line(text, claim, fact, cited)
            if sources < len(cited):
                line["independent_sources"] = sources
            return line
    return None


def _held_by(claim: Claim, fact: AlignedClaim, cited: list[str],
             holds: Backs | None) -> list[str]:
    """The line's citations and the outlets of the fact whose sentence holds all of it
    under the model's bar (``holds``, :func:`newsprism.compare.checkable.
    holds_all`: every name, figure, date and event clause; session 29, NeuS r195: CNN's
    943,000 and 5.4 % beside Fox's line, same-fact probability 0.48, was left out). A
    citation only: which line a fact gets is chosen as before."""
    if holds is None:
        return cited
    more = {o.article_id for o in fact.claims
            if o.article_id not in cited and holds(claim, o)}  # fmt: skip
    return sorted(set(cited) | more) if more else cited


def _corroboration(fact: AlignedClaim) -> int:
    """How many independent sources state a fact (all its articles, a relay once)."""
    return _sources(fact, fact.article_ids)


def _leads(shared: Sequence[AlignedClaim]) -> bool:
    """Whether the first fact is corroborated by more sources than any other: then,
    with no line of it that two articles back whole, its own outlet's line leads (session
    21, r73). Facts are not re-sorted by sources (on gold/compare-basil that moved Mary
    Cheney's criticism, the event all three outlets lead with, to 5th)."""
    return len(shared) == 1 or _corroboration(shared[0]) > _corroboration(shared[1])


def _before(claim: Claim, texts: Mapping[str, str]) -> str:
    """The article's text just before a claim (the sentence a lone "many" points to)."""
    return texts.get(claim.article_id, "")[max(0, claim.start - 400) : max(0, claim.start)]


def _sources(fact: AlignedClaim, cited: Sequence[str]) -> int:
    """How many independent sources the cited articles' sentences of a fact are
    (compare/relays.py); each article one when none of them relays."""
    if not fact.relays:
        return len(cited)
    return independent_sources([c for c in fact.claims if c.article_id in cited], fact.relays)


def _open_on_lead(summary: list[dict[str, Any]], facts: Sequence[AlignedClaim],
                  ranked: Sequence[Claim], leads: set[str],
                  context: tuple[Sequence[Quote], Sequence[str], Mapping[str, str]],
                  add: Callable[[dict[str, Any] | None], bool]) -> None:  # fmt: skip
    """When no line so far renders a fact that holds an article's lead sentence, the
    summary opens on the most widely echoed lead (:func:`newsprism.compare.lead.
    ranked_leads`) that reads alone, cited to its own outlet: the event the outlets all
    report comes first even when the alignment joined none of its sentences (session
    22: three of gold/summary-neus's eight stories had no line, and one opened on a
    later sentence's "the strike"). Not when a line so far restates the lead
    (:func:`newsprism.compare.lead.restates`): the event is there, backed by more."""
    by_claim = {c.id: f for f in facts for c in f.claims}
    rendered = [by_claim[line["claim_ids"][0]] for line in summary
                if line["claim_ids"][0] in by_claim]  # fmt: skip
    rendered += [f for f in facts if f.status == "conflict" and f.conflicts]  # a line each
    if any(c.id in leads for fact in rendered for c in fact.claims):
        return
    quotes, shown, texts = context
    for claim in ranked:
        fact = by_claim[claim.id]
        line = _usable_line(fact, [claim], quotes, shown, [claim.article_id], texts)
        if line is None:
            continue
        if not any(restates(e["text"], line["text"]) for e in summary):
            line["lead"] = True  # the story's opening, cited to its own outlet (+ session 32's)
            if add(line):  # not when a line so far states it (summary_repeats.py)
                summary.insert(0, summary.pop())
        return  # a line already states the event (the seeds: Miller's statement)


def _own_line(shared: Sequence[AlignedClaim], quotes: Sequence[Quote], shown: Sequence[str],
              texts: Mapping[str, str], leads: AbstractSet[str] = frozenset(),
              plainness: Callable[[Claim], int] = lambda claim: 0, holds: Backs | None = None
              ) -> dict[str, Any] | None:  # fmt: skip
    """The first readable line of the most corroborated shared fact, cited only to the
    article whose sentence it is.

    A story whose shared facts each join sentences that say more than one another (the
    rate and the payrolls in one outlet's lead, the rate alone in the other's) has no
    line two articles back whole, and its summary was empty although the outlets agree
    on the event (three of six stories of session 18's reading). The line is still
    cited only to the outlet that states all of it. An article's lead sentence is tried
    first: it is written to be read alone, where a later sentence leans on it ("the
    strike had killed as many as 10 people", session 22); among leads, the plainest
    (:func:`_plainness`). An outlet of the fact whose sentence holds all of the line is
    cited too (:func:`_held_by`, session 29: r333's own line stays the Examiner's alone,
    NBC's partner sentence names none of its Utah, Wyoming, South Dakota)."""
    for fact in shared:
        for claim in sorted(fact.claims, key=lambda c: (c.id not in leads, plainness(c))):
            line = _usable_line(fact, [claim], quotes, shown, [claim.article_id], texts)
            if line is not None:
                line["article_ids"] = _held_by(claim, fact, line["article_ids"], holds)
                return line
    return None


def _usable_line(fact: AlignedClaim, claims: Sequence[Claim], quotes: Sequence[Quote],
                 shown: Sequence[str], cited: list[str], texts: Mapping[str, str]
                 ) -> dict[str, Any] | None:  # fmt: skip
    readable = sorted((_flaws(t), len(t), c.id, t, c)
                      for c in claims for t in [_rendering(c, quotes, texts)] if t)  # fmt: skip
    for *_, text, claim in readable:
        if reads_alone(text, shown, claim.text, _before(claim, texts),
                                story_title_subjects(texts.values())):
            return _cited_line(text, claim, fact, cited)
    return None


def _cited_line(text: str, claim: Claim, fact: AlignedClaim, cited: list[str]) -> dict[str, Any]:
    line = summary_line(text, fact)
    line["article_ids"] = cited
    line["claim_ids"] = [claim.id]
    if text != claim.text:
        line["original"] = claim.text
    if claim.language:
        line["language"] = claim.language
    return line


def _rendering(claim: Claim, quotes: Sequence[Quote], texts: Mapping[str, str]) -> str | None:
    """The line for a claim: an English one mended and attributed (:func:`_attributed`),
    one in another language as written (never translated)."""
    return claim.text if claim.language else _attributed(claim, quotes, texts)


def _attributed(claim: Claim, quotes: Sequence[Quote], texts: Mapping[str, str]) -> str | None:
    """The readable clause, naming the speaker when it is a speaker's words: a claim
    mostly inside one quotation and naming no speaker reads "According to X, “…”"; with
    no resolved speaker, when it is reported content cut from its "X said" ("but
    that negotiations are ongoing"), or when it stands inside quotation marks that no
    found quote covers (a sentence in the middle of a quoted advertisement), there is
    no line (None): a quotation in the summary always names its speaker."""
    if _REPORTED.match(claim.text.lstrip()):
        return None
    text = readable_line(claim, quotes)
    inside = [q for q in quotes if q.article_id == claim.article_id and q.kind == "direct"
              and q.within is None  # (a statement quoted inside a quote is not its voice)
              and mostly_quoted(claim.start, claim.end, q.start, q.end)]
    if not inside and (opens_in_quotation(texts.get(claim.article_id, ""), claim.start)
                       or _opens_unattributed(claim)):
        return None  # words inside quotation marks whose speaker was not found
    if not inside or _says_outside(claim, inside):
        return text
    speaker = inside[0].speaker
    if not speaker:
        return None
    if speaker.split()[-1] in text:
        return text
    body = text.strip("“”\"").rstrip(" ,;:")
    if starts_with_pronoun(body):
        return None  # "According to Miller, “It would undermine …”": what would?
    if asks(body):
        return None  # "According to Johnson, “Would it be okay …?”": a question
    if body and body[-1] not in ".!?":
        body += "."
    return f"According to {speaker}, “{body}”"


def asks(body: str) -> bool:
    """Whether quoted words are a question ("Would it be okay if we have just a couple of
    questions, just a couple?", NeuS row 74, session 26): a question states nothing, so
    "According to X, “…?”" is no summary line although X asked it (the outlet's own
    question is already left out as its voice: ``readable.addresses_reader``)."""
    return body.rstrip(" \"”’'").endswith("?")


def _opens_unattributed(claim: Claim) -> bool:
    """The claim opens a quotation that no found quote covers and names no speaker:
    "“The world tells Israel, ‘Wait." is somebody's words, not the outlet's."""
    return claim.text.lstrip()[:1] in "\"“" and not SAYING.search(claim.text)


def _says_outside(claim: Claim, inside: Sequence[Quote]) -> bool:
    """Whether the claim names its speaker itself: a verb of saying outside the quoted
    words ("…,” Trump said."); the speaker's own "And I say wait for what?" inside them
    names nobody."""
    return any(not any(q.start <= claim.start + m.start() < q.end for q in inside)
               for m in SAYING.finditer(claim.text))  # fmt: skip


def _flaws(text: str) -> int:
    """How far a rendering is from a sentence a reader can take alone."""
    flaws = 0
    if PRONOUN_SUBJECT.match(text) or pronoun_speaker(text):
        flaws += 1  # "He said …", "…,” she wrote.": who?
    if unbalanced_marks(text):
        flaws += 1  # an opened quotation never closed, or the reverse
    return flaws
