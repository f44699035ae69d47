"""Whose words a quotation the crawl cut is, when reported speech stands before it.

A quotation open at the text's end ("“If I end...") right after reported speech is the
same speaker's own quote (:meth:`~newsprism.extract.quotes.extractor._Extractor._join_orphans`),
when that speaker is the one the sentence reports. When the verb of saying stands in a
clause below the sentence's own verb, the speaker is someone the sentence mentions on
the way, and the cut words are rarely theirs: "Blinken gave the figure after Biden
administration officials repeatedly said they didn't know …" then "“Over the last 10
days, roughly 4,500 …" (Blinken's figure, NeuS raw row 148); "U.S. forces used a drone
…, underscoring the chaos" then "“The president was informed …" (the White House's, row
139). Such a quotation keeps no speaker: a wrong name costs more than none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsprism.extract.quotes.speakers import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cut_speaker"]

# a verb conjoined to, or set beside, the sentence's own verb reports as much as it does
_MAIN = ("ROOT",)


def cut_speaker(verb: Token, speaker: Speaker) -> Speaker:
    """The speaker a cut quotation takes from the reported speech before it: that
    speaker when ``verb`` is the sentence's own verb (or conjoined to it), else none."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return replace(speaker) if head.dep_ in _MAIN else Speaker()
