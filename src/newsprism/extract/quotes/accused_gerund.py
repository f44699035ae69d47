"""What one is accused of doing, in marks, is the accuser's wording too.

:mod:`accused` reads "X accused Y of “…”" where the marks hang on "accused" or on an
auxiliary "having" / "being". When the marks are the object of the gerund itself
("accused the NAACP of playing the “race card”", "accused prosecutors of leading a
“witch hunt.”", "accusing the civil rights body of acting as a “partisan political
attack dog”"), the verb that governs them is the gerund, which speaks of nothing, and
the words had no speaker (session 32: 14 sentences "accus… of …ing … “…”" over BASIL,
PolNeAR dev and NeuS raw). The gerund of an "of" that hangs on a verb of accusing
hands the quotation to that verb; every guard of :mod:`worded` then applies to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.accused import ACCUSING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["accusing_over"]


def accusing_over(verb: Token) -> Token | None:
    """The verb of accusing whose "of" ``verb`` (a gerund) is the complement of, or
    None: "accused Y of [playing] the “…”" gives "accused"."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return None
    accusing = verb.head.head
    return accusing if accusing.lemma_.lower() in ACCUSING else None
