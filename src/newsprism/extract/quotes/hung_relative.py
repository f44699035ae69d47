"""A relative pronoun whose clause the parse did not hang on its antecedent.

"… cloud computing services provider Fastly, which said in a status update just before
7 a.m. Eastern time, that the “issue has been identified …”" (Washington Post, NeuS raw
row 367, gold/speakers-neus6): the parser makes "said" an ``advcl`` of the sentence's
verb and "Fastly" an adverb, so "which" (its subject) is no ``relcl`` and the speaker
step found no one. A "which"/"who" subject right after a comma that follows a name (a
proper noun of a person, organisation or place entity, or of none: the parse that
lost the clause often lost the entity too) is that name's relative clause
whatever the parse says. Not when the name is the object of "of", "by" or "from" under a
noun ("a report by Reuters, which said"): there the relative may be the noun's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["hung_antecedent"]

_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OWNING = frozenset({"of", "by", "from"})


def hung_antecedent(pronoun: Token) -> Token | None:
    """The name a relative subject ("which", "who") stands for when its verb is not a
    ``relcl``: the proper noun just before the comma before it; else None."""
    if pronoun.lower_ not in ("which", "who") or pronoun.dep_ != "nsubj" or \
            pronoun.head.dep_ == "relcl" or pronoun.i < 2:  # fmt: skip
        return None
    doc = pronoun.doc
    comma, name = doc[pronoun.i - 1], doc[pronoun.i - 2]
    if comma.text != "," or name.pos_ != "PROPN" or name.ent_type_ not in _NAMES | {""}:
        return None
    up = name
    while up.dep_ in ("compound", "flat", "appos") and up.head is not up:
        up = up.head
    if up.dep_ == "pobj" and up.head.lower_ in _OWNING and up.head.head.pos_ in ("NOUN", "PROPN"):
        return None
    return name
