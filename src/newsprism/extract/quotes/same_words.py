"""Reported speech whose content is only a quotation that a direct quote already holds.

"Nothing the president said “will assuage people's fears,” the Florida senator said."
Once the closing cue gives the quotation to the senator (:mod:`.subject_after`), the
relative clause "the president said [will assuage …]" still reads the same marked words
as its reported content, so the president stayed shown over the senator's words, as a
second quote. Words in marks that a direct quote holds with its own cue are that
quote's: a reported statement made of nothing else is dropped (a reported clause that
holds more than the quotation, "he said the plan, “a disaster,” failed", is kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsprism.extract.quotes.quote_records import _Quote

__all__ = ["direct_words_only"]

_EDGE = " \t\n\"“”,;:.—–-"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the marks, spaces and punctuation at its edges."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def direct_words_only(quote: _Quote, quotes: Sequence[_Quote], text: str) -> bool:
    """``quote`` is reported and each of its parts, trimmed of marks and punctuation,
    lies inside one part of a direct quote that has a cue of its own."""
    if quote.kind != "reported":
        return False
    held = [p for q in quotes if q.kind == "direct" and q.verb is not None and q.verb is not
            quote.verb for p in q.parts]  # fmt: skip
    spans = [_trimmed(text, a, b) for a, b in quote.parts]
    return bool(held) and all(a < b and any(s <= a and b <= e for s, e in held)
                              for a, b in spans)  # fmt: skip
