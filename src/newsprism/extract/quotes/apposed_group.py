"""A plural description whose apposition names every one of its people.

"The organizers of the letter, Jesse Bloom, who studies …, and David Relman, a
microbiologist at Stanford University, said they strove …" (New York Times, NeuS raw
row 434, session 27): the article names the organizers, so the speaker is "Jesse Bloom
and David Relman", both of them, as people named together speak
(:meth:`Speakers._together`); never one of them, whose words these are not alone. Only
when the apposition, set off by a comma or a dash, is a list of person names joined by
"and" and nothing else, and a number on the description agrees with the list ("three
senators — Driggs, Pierce and Worsley"); "scientists, including X and Y" (a
preposition) and "officials, one of whom …" name some of them and stay a description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.people import People

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["apposed_names"]

_SET_OFF = (",", "—", "–", "--")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def apposed_names(head: Token, people: People) -> str | None:
    """The names, "A, B and C", of a plural ``head`` whose apposition lists them all."""
    if head.tag_ not in ("NNS", "NNPS") or people.person_at(head) is not None:
        return None
    doc = head.doc
    for child in head.children:
        if child.dep_ != "appos" or child.i < head.i or \
                doc[child.left_edge.i - 1].text not in _SET_OFF:  # fmt: skip
            continue
        items = [child, *child.conjuncts]
        found = [people.person_at(t) for t in items]
        joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in child.children) or \
            any(t.dep_ == "cc" and t.lower_ == "and" for c in items for t in c.children)
        if len(items) < 2 or None in found or not joined:
            return None
        names = list(dict.fromkeys(people.name_speaker(p)[0] for p in found if p is not None))
        if len(names) != len(items) or not _count_agrees(head, len(names)):
            return None
        return ", ".join(names[:-1]) + " and " + names[-1]
    return None


def _count_agrees(head: Token, n: int) -> bool:
    """No number on the description, or the number of names listed."""
    for child in head.children:
        if child.dep_ == "nummod" or child.lower_ in _NUMBERS:
            said = _NUMBERS.get(child.lower_) or (int(child.text) if child.text.isdigit() else 0)
            return said == n
    return True
