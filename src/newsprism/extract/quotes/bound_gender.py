"""The gender a bare surname's own clause gives it, for a surname two relatives share.

``People.referent`` gives a bare surname of a family to the relative named last before
it. FNC-1 body 2289 (gold/speakers-fresh37, session 37) names the journalist Steven
Sotloff, then his mother Shirley Sotloff, then goes back to him: "On his Twitter
account, Sotloff described himself as a “stand-up philosopher”" and "Sotloff says he
is “paying the price”" went to his mother. The clause says who: a reflexive object of
the surname's own verb ("described himself") is bound to it, and so is the subject
pronoun of the clause that verb reports when no other person stands between them
("Sotloff says he is"). Only then, and only for a family surname, the relative of that
gender is meant; a possessive ("Clinton said his plan …") may be anyone's and is not
read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.people import PRONOUNS_PERSON, People, Person

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bound_gender"]

_REFLEXIVE = {"himself": "m", "herself": "f"}
_SUBJECT = ("nsubj", "nsubjpass")


def bound_gender(head: Token, person: Person, people: People, qid: list[int]) -> str | None:
    """The gender the clause of the subject ``head`` (a bare surname of a family, the
    mention ``person``) binds to it, or None when it says none or both."""
    if person.given or head.dep_ not in _SUBJECT:
        return None
    if len({(p.given or "").lower() for p in people.persons
            if p.surname == person.surname and p.given}) < 2:  # fmt: skip
        return None
    verb = head.head
    found = set()
    for tok in verb.children:
        if tok.lower_ in _REFLEXIVE and tok.dep_ == "dobj" and qid[tok.i] == -1:
            found.add(_REFLEXIVE[tok.lower_])
        if tok.dep_ == "ccomp" and tok.i > head.i:  # its head may be quoted ("he is “paying …”")
            found |= _reported_subject(tok, head, people, qid)
    return found.pop() if len(found) == 1 else None


def _reported_subject(clause: Token, head: Token, people: People, qid: list[int]) -> set[str]:
    """The gender of a he/she subject of the reported ``clause``, when no person is
    named between the surname and it."""
    out = set()
    for tok in clause.children:
        if tok.dep_ in _SUBJECT and tok.lower_ in ("he", "she") and qid[tok.i] == -1:
            between = [p for p in people.persons if head.i < p.token < tok.i]
            if not between:
                out.add(PRONOUNS_PERSON[tok.lower_])
    return out
