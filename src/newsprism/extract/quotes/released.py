"""Figures "according to" a source: who released them, or no one named (session 24).

"according to data released by the California secretary of state" (The Hill, NeuS raw
row 492) was given to the speaker "data": the noun of the cue, which says what was
released, not who speaks. Figures are no speaker. The body that released, compiled or
published them speaks when the phrase names it ("new figures released Monday by the
FBI", "data released Friday from the Centers for Disease Control and Prevention");
when it names no one ("data compiled throughout the weekend"), the speaker is left
unresolved and the phrase is shown as written.

The participle must be one of releasing or compiling: "data reviewed by NPR" names
who read the figures, not whose they are.

Session 25: "according to a memo from Defense Secretary Lloyd Austin obtained by AP"
(Axios, NeuS raw row 149) is parsed as a clause of its own, "Austin obtained by AP",
its "from" left empty; the source was shown as "a memo from" and its statement as
"Defense Secretary Lloyd Austin obtained by AP" (:func:`run_on_source`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RELEASING", "releaser", "run_on_source", "unowned"]

RELEASING = frozenset(
    "release publish issue compile collect gather provide share produce post report "
    "put".split())
# the arcs by which a data noun names an owner: "his numbers", "Labor Department data",
# "data from the AAP", "figures of the ministry"
_OWNING = frozenset({"poss", "compound"})
_OWNING_PREPS = frozenset({"from", "by", "of"})


def releaser(head: Token) -> Token | None:
    """Who released the figures ``head`` heads: the agent of a participle of releasing
    ("data released by X", "figures released Monday by X"), or its "from" ("data
    released Friday from X"); None when the phrase names no one."""
    for child in head.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or child.lemma_.lower() not in RELEASING:
            continue
        for arc in child.children:
            if arc.dep_ == "agent" or (arc.dep_ == "prep" and arc.lower_ == "from"):
                pobj = [c for c in arc.children if c.dep_ == "pobj"]
                if pobj and pobj[0].pos_ != "PRON":
                    return pobj[0]
    return None


def unowned(head: Token) -> bool:
    """Figures whose phrase names no owner at all: no possessive or name before the noun,
    no "from"/"by"/"of" after it, and no one who released them ("data compiled
    throughout the weekend"). Such figures are no one's statement the article says."""
    for child in head.children:
        if child.dep_ in _OWNING and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        if child.dep_ == "prep" and child.lower_ in _OWNING_PREPS:
            return False
        if child.dep_ == "acl" and any(c.dep_ == "agent" or (
                c.dep_ == "prep" and c.lower_ in _OWNING_PREPS) for c in child.children):
            return False
    return True


def run_on_source(pobj: Token, head: Token) -> Token | None:
    """The name an "according to a memo from NAME obtained by X" phrase gives, when the
    parser made NAME the subject of the participle ("NAME obtained by X") and left
    "from" without its object; else None.

    The participle has an agent ("by X"), so it is passive: NAME did not obtain
    anything, the memo was obtained. The memo is NAME's, and what the sentence says
    around the phrase is its content (the caller reads the clause above the participle).
    """
    empty = [c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "from"
             and not any(g.dep_ == "pobj" for g in c.children)]
    if not empty or head.dep_ == "ROOT" or not any(c.dep_ == "agent" for c in head.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"
                and c.left_edge.i == empty[0].i + 1 and c.pos_ == "PROPN"]
    return subjects[0] if subjects else None
