"""A surname the tagger read as a common noun, as a clause's subject, is the person.

"Trump shot back in a statement, saying he’s “made a lot of money in down markets.”"
(AP, PolNeAR train, gold/speakers-fresh35): the tagger made "Trump" a common noun (NN,
no entity) at the head of the sentence, so no person stood there, the cue had no
speaker, and the cue-less quotation opening the next paragraph lost its speaker too.
Surnames that are also English words (Trump, Bush, Rice, Price, Brown, Young) are read
so, most often where capitals say nothing: at a sentence's start.

:class:`.people.People` already takes a lone capitalised proper noun for the person
when the article named someone with that surname in full; this module lets it take
such a word tagged a common noun too, but only where a noun is a person: the subject of
a clause ("Trump shot back"; "Sessions told reporters", tagged a plural), capitalised.
"Price increases", "a trump card" (a modifier or lower case) and "Price rose" in an
article with no Tom Price stay words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Token

__all__ = ["surname_read_as_noun"]


def surname_read_as_noun(token: Token, surnames: Set[str]) -> bool:
    """``token`` is a capitalised common noun, a clause's subject, spelled as
    the surname (lower case, in ``surnames``) of someone the article names in full."""
    return token.pos_ == "NOUN" and token.tag_ in ("NN", "NNS") and token.is_title and \
        token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in surnames  # fmt: skip
