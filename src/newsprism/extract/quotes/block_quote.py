"""A block quotation closed paragraphs later by a lone closing mark (marks step).

News pages that paste a passage (a report's excerpt, a post, a statement) often open it
with one mark, run it over paragraphs that do not reopen with a mark, and close it with
one mark at the end of a later paragraph:

    Politico reports:
    “A Republican involved … said it’s airing in Miami.
    Those markets house some of the state’s largest Jewish communities.
    The pollster … is John McLaughlin.”

Read paragraph by paragraph, the first paragraph's quotation was left open and the last
paragraph's mark closed nothing, so the quotation stopped at its first paragraph's end
and the rest of the passage was read as the reporter's own words. The quotation runs on
to that closing mark only when the reading is unambiguous: every paragraph in between
holds no quotation mark at all, the closing paragraph holds exactly one, it is the
paragraph's last character after a stop or comma, it is of the family that opened (or
the straight/curly mix typed text has), and it comes within :data:`MAX_PARAGRAPHS`
paragraphs. A paragraph with any other mark, or no closing mark soon, leaves the
quotation open at its first paragraph's end, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MAX_PARAGRAPHS", "block_close"]

# the closing marks that may end a quotation opened by each opening mark
_CLOSES = {"“": "”\"", "„": "”“\"", '"': "\"”", "«": "»", "''": "''", "``": "''"}
# the passages read over BASIL and the NeuS crawl close within three paragraphs; a
# longer run with no mark at all is as likely the reporter's own words again
MAX_PARAGRAPHS = 3
# a double mark as the finder lists it: (position, length, family, role)
_Mark = tuple[int, int, str, str]


def block_close(text: str, opener: str, following: Sequence[tuple[int, int, list[_Mark]]],
                ) -> tuple[int, int] | None:
    """Where a quotation left open at a paragraph's end closes in a later paragraph.

    ``opener`` is the quotation's opening mark; ``following`` the paragraphs after its
    own, each (start, end, its double marks). Returns (index into ``following`` of the
    closing paragraph, position of its closing mark), or None when the quotation does
    not run on (see the module's docstring for when it does).
    """
    closers = _CLOSES.get(opener, "")
    seen = 0
    for n, (start, end, marks) in enumerate(following):
        line = text[start:end].rstrip()
        if not line.strip():
            continue
        seen += 1
        if seen > MAX_PARAGRAPHS:
            return None
        if not marks:
            continue
        if len(marks) != 1:
            return None
        pos, length, _, _ = marks[0]
        mark = text[pos : pos + length]
        if mark in closers and pos + length == start + len(line) and text[pos - 1] in ".?!,":
            return n, pos
        return None
    return None
