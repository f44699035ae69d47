"""A word inside a longer name of a place or a body is no bare surname.

"South Korea accused the North's leader, Kim Jong Un, of “fanatic recklessness.”" (The
Washington Post, PolNeAR dev) was given to "N. Korea": the tagger took the headline's
"N. Korea" for a person (given name "N.", surname "Korea"), and
:meth:`Speakers._person`, which reads a proper noun the tagger did not take for a
person as a surname it missed ("said Skelly"), found that surname in "South Korea".
:class:`People` already refuses such a word as a person's mention ("Georgetown
University", "Ford Motor": ``_in_long_entity``, which is this function); the speaker's
surname fallback now refuses it the same way, so the place or body speaks under its own
name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article

__all__ = ["in_other_name"]


def in_other_name(head: Token, art: Article) -> bool:
    """True when ``head`` is a word of a name of two words or more that the tagger
    gave a label other than a person's ("South Korea", "Ford Motor")."""
    from newsprism.extract.quotes.people import NAME_LABELS  # people reads this module

    if not head.ent_type_ or head.ent_type_ in NAME_LABELS:
        return False
    ent = art.ent_of.get(head.i)
    return ent is not None and len(ent) > 1
