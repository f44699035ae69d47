"""One place the tagger gave as two: adjacent facility spans joined (issue 12, session 35).

The small tagger sometimes ends a building's or a site's name one word early and tags
the rest as a second facility, with only a space between: "at the State Capitol" gave
the facilities "State" and "Capitol" (NeuS raw row 340, read in session 35), and the
entity rows showed "State", a word that names nothing alone. Two FAC spans touching (the
second starts at the token after the first ends, one space between, no punctuation),
each word of the second capitalised, are one name. Organisations are left alone: an
outlet's name before a body it covers is two names side by side ("the Bloomberg White
House reporter", tests/extract/test_entity_context.py), and so are people ("told Smith
Jones" is rare, two names side by side more often a list) and places of other kinds
(GPE: "Paris Texas" is two places).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

__all__ = ["JOINED_LABELS", "joined_ents"]

JOINED_LABELS = frozenset({"FAC"})


def _touching(first: Any, second: Any) -> bool:
    """The second span starts right after the first, one space between, with the same
    label, and its words are capitalised."""
    between = first.doc[first.end - 1].whitespace_
    return (second.start == first.end and between == " " and first.label_ == second.label_
            and first.label_ in JOINED_LABELS
            and any(t.text.isalpha() for t in second)
            and all(t.text[:1].isupper() for t in second if t.text.isalpha()))


def joined_ents(doc: Any) -> list[Any]:
    """The Doc's entity spans, two touching spans of one kind (:func:`_touching`) as one."""
    found: list[Any] = []
    for ent in doc.ents:
        if found and _touching(found[-1], ent):
            found[-1] = Span(doc, found[-1].start, ent.end, label=ent.label_)
        else:
            found.append(ent)
    return found
