"""A place that only modifies a speaker's noun is no speaker (session 27, i12-fixes35).

"The Manhattan jurist said" was given to "Manhattan": the description step did not know
the noun, and the organisation step took the place name before it. A place (a GPE or
LOC entity) set before a common noun as its modifier says where the person or body is,
not who spoke; the noun speaks: the role rules resolve it, or it stays unresolved
(given as a description, "The U.S. embassy in Afghanistan had said" came out as the
State Department's spokesman named before it: a wrong speaker, so not kept).
An organisation's name ("a Pentagon official") and a place that holds the noun ("the
White House") are unaffected, and so is a possessive ("China's ministry": the state's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["place_only"]

_PLACES = frozenset({"GPE", "LOC"})


def place_only(ents: list[Span] | tuple[Span, ...], start: int, head: Token) -> bool:
    """Whether the organisation found at character ``start`` is a place name that only
    modifies the common noun ``head`` ("the Manhattan jurist")."""
    if head.pos_ != "NOUN":
        return False
    for ent in ents:
        if ent.start_char <= start < ent.end_char:
            return ent.label_ in _PLACES and not ent.start <= head.i < ent.end and \
                ent.root.dep_ in ("compound", "nmod") and ent.root.head.i == head.i  # fmt: skip
    return False
