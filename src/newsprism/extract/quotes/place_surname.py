"""A word inside a longer place name is no bare surname.

"South Korea accused the North's leader, Kim Jong Un, of “fanatic recklessness.”" (The
Washington Post, PolNeAR dev) was given to "N. Korea": the tagger took the headline's
"N. Korea" for a person (given name "N.", surname "Korea"), and
:meth:`Speakers._person`, which reads a proper noun the tagger did not take for a
person as a surname it missed ("said Skelly"), found that surname in "South Korea".
A word of a place name of two words or more (a country, a state, a city, a region:
the tagger's GPE and LOC) is now no such surname, so the place speaks under its own
name.

Only places: a longer organisation name is too often a name the tagger ran into the
next one ("the editorial board of the Washington Post Trump said", PolNeAR dev, tagged
as one organisation), where the surname is the person who speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article

__all__ = ["in_place_name"]

_PLACES = frozenset({"GPE", "LOC"})


def in_place_name(head: Token, art: Article) -> bool:
    """True when ``head`` is a word of a place name of two words or more ("South
    Korea", "New Mexico")."""
    if head.ent_type_ not in _PLACES:
        return False
    ent = art.ent_of.get(head.i)
    return ent is not None and len(ent) > 1
