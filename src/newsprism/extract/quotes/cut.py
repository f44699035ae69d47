"""Whose words a quotation the crawl cut is, when reported speech stands before it.

A quotation open at the text's end ("“If I end...") right after reported speech is the
same speaker's own quote (:meth:`~newsprism.extract.quotes.extractor._Extractor._join_orphans`)
when that speaker is the one the sentence is about: the subject of its main verb ("Biden
stumbled … — also claiming that …", NeuS raw row 159), or of a cue set into it ("It
includes …, he said, …", row 217), or the name found for a main verb whose subject
the parse lost ("In a press release …, Jenner, a longtime Republican, said that …",
row 499; not a possessive: "… such as Trump's exile — said Wednesday …", row 462, is the
Oversight Board's). When the speaker is only the subject of a clause
below the main verb, the cut words are rarely theirs: "Blinken gave the figure after
Biden administration officials repeatedly said they didn't know …" then "“Over the last
10 days, roughly 4,500 …" (Blinken's figure, row 148); "The incident came one day after
U.S. forces used a drone …, underscoring the chaos" then "“The president was informed …"
(the White House's, row 139). Such a quotation keeps no speaker: a wrong name costs more
than none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsprism.extract.quotes.speakers import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cut_speaker"]

_SUBJECTS = ("nsubj", "nsubjpass")


def _main_verbs(verb: Token) -> list[Token]:
    """The sentence's main verb, its conjuncts and the cues set into it (parataxis)."""
    root = verb.sent.root
    mains = [root, *root.conjuncts]
    for head in list(mains):
        for child in head.children:
            if child.dep_ == "parataxis":
                mains += [child, *child.conjuncts]
    return mains


def _may_be_subject(verb: Token, start: int) -> bool:
    """The name found for a main verb whose subject the parse lost may be that subject:
    not a possessive nor an object ("such as Trump's exile — said": the Board's
    words, row 462), while "Jenner, a longtime Republican, said" (an apposition) may."""
    span = verb.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].dep_ not in ("poss", "pobj", "dobj")


def cut_speaker(verb: Token, speaker: Speaker) -> Speaker:
    """The speaker a cut quotation takes from the reported speech before it: that
    speaker when the phrase that stands for them is the subject of the sentence's main
    verb (or of a cue set into it), else none."""
    start = speaker.surface_start
    if start is None:
        return replace(speaker)
    mains = _main_verbs(verb)
    if verb in mains and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return replace(speaker) if _may_be_subject(verb, start) else Speaker()
    for head in mains:
        for child in head.children:
            if child.dep_ in _SUBJECTS and child.left_edge.idx <= start <= child.right_edge.idx:
                return replace(speaker)
    return Speaker()
