"""More sides of a listed place disagreement: the speech an article places by its
audience ("Mr. Blumenthal said to the group gathered in Norwalk in March 2008", issue 12,
session 33).

A place conflict (compare/places.py) is read only where a place hangs on the act
itself or on an occasion noun ("misspoken at a 2008 event in Norfolk"), never on a
verb of saying: people say things everywhere, so "said in Stamford" and "said in
Hartford" are two statements, and a place of saying never *makes* a conflict. Once
two outlets do disagree on where one named person's act was, though, an article that
says elsewhere that this person spoke there, in the same year, is telling the same
side again, and a reader checking the disagreement wants that sentence too (the gold
lists it as a side). So a sentence joins the side of its own article when:

- its article is on exactly one side of the disagreement (one place);
- it names that place as a place (a GPE of the parse) outside quotation marks (a
  quotation's words are its speaker's). A sentence another article copies word for
  word is still its own article's: the place rule's copy test
  (compare/own_words.py) cannot tell the original from the copy, and the side joined
  is the one its own article is already on;
- the place hangs by "in" / "at" on a verb of saying or on the disagreement's own verb,
  directly or through the audience spoken to ("said to the group gathered in
  Norwalk", "told a crowd in Norwalk"), never through the said words (a clausal
  complement: "said he had lived in Norwalk" is content, not where he spoke);
- that verb's subject is a named person (a PERSON mention) of the disagreement's
  agent;
- it names a year only where the sides name that year, and one of them when the sides
  name any ("in March 2008" against "a 2008 event"): two occasions years apart are
  two acts.

Only sides are added: no conflict is made or removed here, so a place of saying still
makes none on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from newsprism.extract.nlp import span_ents
from newsprism.models import Mention

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PREPOSITIONS = frozenset({"in", "at"})
# the dependencies a place may climb through from its audience to the verb of saying:
# "said [prep to] [pobj the group] [acl gathered] [prep in] Norwalk"; never a clausal
# complement (ccomp, xcomp, advcl, relcl), which holds what was said or another act
_THROUGH = frozenset({"prep", "pobj", "acl", "dobj", "dative"})
_CLIMB = 6


def add_place_sides(found: list[dict[str, Any]], frames: Sequence[Any], docs: dict[str, Any],
                    mentions: Sequence[Mention], key_of: Callable[[Mention], str],
                    reporting: frozenset[str]) -> list[dict[str, Any]]:  # fmt: skip
    """``found`` with each place disagreement given the further sides the module
    docstring describes (in place; also returned)."""
    people: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == "PERSON":
            people.setdefault(m.article_id, []).append(m)
    for item in found:
        if item["kind"] != "place":
            continue
        for frame, value in _joining(item, frames, docs, people, key_of, reporting):
            item["sides"].append({"article_id": frame.claim.article_id,
                                  "claim_id": frame.claim.id, "value": value,
                                  "sentence": frame.claim.text})  # fmt: skip
        order = list(dict.fromkeys(s["value"] for s in item["sides"]))
        item["sides"].sort(key=lambda s: order.index(s["value"]))  # one value's sides together
    return found


def _joining(item: dict[str, Any], frames: Sequence[Any], docs: dict[str, Any],
             people: dict[str, list[Mention]], key_of: Callable[[Mention], str],
             reporting: frozenset[str]) -> list[tuple[Any, str]]:  # fmt: skip
    """(frame, place) of every claim that joins ``item`` as a side of its article."""
    sides = {s["claim_id"]: s["value"] for s in item["sides"]}
    by_claim = {f.claim.id: f for f in frames}
    placed = [p for cid, value in sides.items() if cid in by_claim
              for p in by_claim[cid].places if p.place == value]  # fmt: skip
    agents, verbs = {p.subject for p in placed}, {p.verb for p in placed}
    if len(agents) != 1:
        return []
    values: dict[str, set[str]] = {}
    for s in item["sides"]:
        values.setdefault(s["article_id"], set()).add(s["value"])
    years = {y for s in item["sides"] for y in _YEAR.findall(s["sentence"])}
    out = []
    for frame in frames:
        article = frame.claim.article_id
        if frame.claim.id in sides or len(values.get(article, ())) != 1:
            continue
        [value] = values[article]
        spoken = spoken_at(docs[article], frame.claim, value, reporting | verbs,
                           lambda t, a=article: _person(t, people.get(a, []), key_of))
        if spoken in agents and _years_fit(frame.claim.text, years):
            out.append((frame, value))
    return out


def spoken_at(doc: Any, claim: Any, place: str, verbs: frozenset[str],
              person: Callable[[Any], str | None]) -> str | None:
    """The person key of who spoke at ``place`` in ``claim``: the place a GPE outside
    quotation marks, hung by "in" / "at" on one of ``verbs`` (lemmas) directly or
    through the audience, that verb's subject a named person; None otherwise."""
    from newsprism.compare.frames import in_quotes, subject_token  # frames imports places

    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return None
    for ent in span_ents(span):
        root = ent.root
        if ent.label_ != "GPE" or ent.text != place or in_quotes(root):
            continue
        if root.dep_ != "pobj" or root.head.lower_ not in _PREPOSITIONS:
            continue
        verb = _verb_above(root.head.head, verbs)
        if verb is not None and not in_quotes(verb):
            who = subject_token(verb)
            key = person(who) if who is not None else None
            if key:
                return key
    return None


def _verb_above(token: Any, verbs: frozenset[str]) -> Any | None:
    """The first of ``verbs`` at or above ``token``, climbing only through an audience
    (``_THROUGH``), within a few steps."""
    current = token
    for _ in range(_CLIMB):
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in verbs:
            return current
        if current.dep_ not in _THROUGH or current.head.i == current.i:
            return None
        current = current.head
    return None


def _person(token: Any, mentions: Sequence[Mention], key_of: Callable[[Mention], str]
            ) -> str | None:  # fmt: skip
    """The key of the named person a token stands in, None when it names none."""
    hit = next((m for m in mentions if m.start <= token.idx < m.end), None)
    return key_of(hit) if hit is not None else None


def _years_fit(text: str, years: set[str]) -> bool:
    """The sentence names only years the sides name, and one of them if they name any."""
    mine = set(_YEAR.findall(text))
    return mine <= years and (bool(mine) or not years)
