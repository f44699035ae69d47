"""A predicate nominal is a claim about its subject, not the outlet's label for it
(session 24).

BBC's "Joe Biden has become the first US president to issue a statement …" (NeuS raw
row 497) put "the first US president" in the label row for Joe Biden, as if it were
BBC's name for him, and BBC's "Joe Biden" fell out of the cell: what he became is what
the sentence states (the Guardian says the same), not a word chosen for him. The
complement of "become" or of a copula ("is the first …", "remains the leader") is read
as a claim and left out of label phrases (:mod:`newsprism.compare.labels`); an
apposition ("Biden, the president, said") still describes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["is_predicate_nominal"]

# the arcs inside a name or a noun phrase that hang it on its head word
_INNER = frozenset({"compound", "flat", "amod", "nmod"})


def is_predicate_nominal(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` heads, or is inside, the complement of a
    copula or of "become" (spaCy's ``attr``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token: Token = span.root
    while token.dep_ in _INNER and token.head.i != token.i:
        token = token.head
    return token.dep_ == "attr" and token.head.pos_ in ("VERB", "AUX")
