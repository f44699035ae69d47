"""A bare surname two relatives share, when recency cannot tell which one it means.

People.referent gives a bare surname of a family to the relative named last before
it. When the last two of them were named in one sentence ("Mark Mattioli, whose
6-year-old son, James Mattioli, was killed"), the one named last is no likelier than
the other: news style names the son there to describe the father, who is the one the
next "Mattioli praised …" means, but the parse cannot tell that from "James Mattioli
and his father, Mark Mattioli". The surname is then shown as the article writes it,
not a guess at a full name (BASIL 68748e7f, session 30).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["tied_by_recency"]


class _Named(Protocol):
    given: str | None
    sentence: int


def tied_by_recency(before: Sequence[_Named]) -> bool:
    """Whether the last two relatives with distinct given names among ``before`` (full
    mentions of one surname, in text order) were named in the same sentence."""
    last: list[_Named] = []
    for p in reversed(before):
        if p.given and all((q.given or "").lower() != p.given.lower() for q in last):
            last.append(p)
        if len(last) == 2:
            return last[0].sentence == last[1].sentence
    return False
