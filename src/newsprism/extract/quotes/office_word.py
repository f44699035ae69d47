"""A role noun with no article names an office, not someone a later "the …" points to.

"Obama will make the case … that Clinton is uniquely qualified to be president. “…,”
the two-term president will say" (AFP, PolNeAR train, gold/speakers-fresh35): "the
president" looks back for the last mention of its noun (``UnnamedRules._earlier_mention``)
and found "president" in "to be president", nearer than "US President Barack Obama", so
the speaker shown was the bare word "president". In English a singular count noun with
no determiner, possessor or number ("to be president", "ran for governor", "elected
mayor", "as chairman") names the office itself; it refers to no one, so it cannot be
what a definite noun later points back to. An apposition ("Cathi Herrod, president of
the center") and a subject keep their reading: they are the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["names_office"]

_DETERMINING = ("det", "poss", "nummod", "predet")


def names_office(token: Token) -> bool:
    """``token`` is a bare singular common noun, neither subject nor apposition: the
    office it names, not a person."""
    return token.tag_ == "NN" and token.pos_ == "NOUN" and \
        token.dep_ not in ("nsubj", "nsubjpass", "appos", "compound") and \
        not any(c.dep_ in _DETERMINING for c in token.children)  # fmt: skip
