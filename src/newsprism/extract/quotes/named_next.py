"""An unnamed speaker the very next sentence names by the same title.

News often describes a speaker first and names them next: "A reporter said she
resigned …" then "New York Post reporter Laura Italiano tweeted …". The description
is that person only when the article itself ties them: the next sentence names exactly
one person, as a clause's subject (the one acting there, not "the mother of Taliban
spokesman Zabihullah Mujahid", Daily Mail r44, where the title alone would tie them),
whose own title words (before the name or in its apposition) hold the description's
head noun and every modifier of it ("one Wall Street analyst" needs
"wall street" and "analyst"; "a State Department official" is not "Pentagon official Jo
Roe"). Only an indefinite singular ("a", "an", "one"): "another official" is said to
be someone else, and a definite one is resolved by the role rules. No such person, or
two: the description stays (never a guess; session 27, the framing reading's "a
reporter" and "one Wall Street analyst", NeuS raw rows 484 and 429).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.extract.quotes.coref import determiners

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.people import People, Person

__all__ = ["named_next"]

_INDEFINITE = {"a", "an", "one"}


def named_next(head: Token, people: People, sent_of: list[int]) -> Person | None:
    """The one person the sentence after ``head``'s names with its title, or None."""
    if head.tag_ != "NN" or head.pos_ != "NOUN" or not _indefinite(head):
        return None
    words = [head.lower_, *_modifiers(head)]
    following = sent_of[head.i] + 1
    found: dict[str, Person] = {}
    for person in people.persons:
        if person.sentence == following and person.subject and all(
                re.search(rf"(?<![\w.]){re.escape(w)}(?!\w)", person.title) for w in words):
            full = people.referent(person)
            found[full.text] = full
    return next(iter(found.values())) if len(found) == 1 else None


def _indefinite(head: Token) -> bool:
    """ "a reporter", "one Wall Street analyst" (the number is a modifier of its own)."""
    said = determiners(head) | {c.lower_ for c in head.children if c.dep_ == "nummod"}
    return bool(said & _INDEFINITE) and not said - _INDEFINITE


def _modifiers(head: Token) -> list[str]:
    """The lower-case words of the adjectives and compounds before the head."""
    return [t.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i
            for t in c.subtree if t.is_alpha]  # fmt: skip
