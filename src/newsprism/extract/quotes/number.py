"""A speaker phrase's number: a person's name is one person, whatever its tag says.

spaCy tags a surname that ends in -s as a plural proper noun now and then ("Sanders"
NNPS in "Sanders said", PolNeAR dev, gold/speakers-polnear; the same befalls Harris,
Williams, Jones, Adams), and a speaker read as plural is no antecedent for an epithet:
"… ,” Sanders said. … the Vermont senator acknowledged …" left the senator a
description (``variation.epithet_of`` takes only a single person), although the article
names no one else he could be (session 34). A head that the article's people list
(:class:`.people.People`) holds as a person's name is singular; any other head keeps
its tag's number ("the organizers", "Democrats").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.people import People

__all__ = ["plural_head"]


def plural_head(head: Token, people: People) -> bool:
    """Whether the phrase headed by ``head`` names more than one speaker by its number."""
    return head.tag_ in ("NNS", "NNPS") and people.person_at(head) is None
