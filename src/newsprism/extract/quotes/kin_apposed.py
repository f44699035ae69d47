"""The gender a kin noun gives the name it is set beside.

"Councilman Arlo Venn and his wife, Marta Venn, … “…,” she said" (the case gold/
speakers-basil12's session found on main): "she" went to the councilman, as nothing
gave either name a gender: the wife's name is not one the given-name table knows, and
"his wife" stands apart from her name, so the title test (words right before a name)
never saw it. Two cues in that phrase are plain English, not one story's words:

- a name in apposition to a kin noun ("his wife, Marta Venn", "Marta Venn, his wife",
  "her brother, Idris") is of the kin noun's gender;
- a name joined by "and" to a kin noun that "his"/"her" owns ("Arlo Venn and his wife")
  is of the possessive's gender: the owner is the name before it.

Issue 12 asks for agreement of gender, and a man is never the antecedent of "she" when
such a cue says so; with the genders known, the pronoun takes the one that agrees, or
none (:mod:`.coref`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.tree import climb

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["KIN_GENDER", "apposed_name", "kin_gender"]

KIN_GENDER = {"wife": "f", "husband": "m", "mother": "f", "father": "m", "daughter": "f",
              "son": "m", "brother": "m", "sister": "f", "widow": "f", "widower": "m",
              "grandmother": "f", "grandfather": "m", "granddaughter": "f", "grandson": "m",
              "aunt": "f", "uncle": "m", "niece": "f", "nephew": "m", "stepmother": "f",
              "stepfather": "m", "stepdaughter": "f", "stepson": "m", "girlfriend": "f",
              "boyfriend": "m"}  # fmt: skip
_POSSESSIVE = {"his": "m", "her": "f"}


def _name_head(last: Token) -> Token:
    """The head of the name whose last word is ``last`` ("Venn" of "Marta Venn")."""
    return climb(last, lambda t: t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN")


def kin_gender(last: Token) -> str | None:
    """The gender a kin noun beside the name ending at ``last`` gives it, or None."""
    head = _name_head(last)
    if head.dep_ == "appos" and head.head.lower_ in KIN_GENDER:
        return KIN_GENDER[head.head.lower_]  # "his wife, Marta Venn"
    for child in head.children:
        if child.dep_ == "appos" and child.lower_ in KIN_GENDER:
            return KIN_GENDER[child.lower_]  # "Marta Venn, his wife"
    for child in head.children:
        if child.dep_ == "conj" and child.i > head.i and child.lower_ in KIN_GENDER:
            owners = [c.lower_ for c in child.children if c.dep_ == "poss"]
            if len(owners) == 1 and owners[0] in _POSSESSIVE:
                return _POSSESSIVE[owners[0]]  # "Arlo Venn and his wife"
    return None


def apposed_name(noun: Token) -> Token | None:
    """The name set in apposition to a kin noun ("his wife, Marta Venn": "Venn"), so
    that a list "X and his wife, Y" is read as two people, not one and a noun."""
    if noun.lower_ not in KIN_GENDER:
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
