"""Section headings that open a paragraph and end in a colon ("What they're saying:",
"Why it matters:", "The big picture:"), as Axios and others write them.

Such a heading is a label over the paragraph, not a sentence of it: its words are no
speech cue ("What they're saying: The report..." was read as "they" saying "The
report"; NeuS raw row 191, session 25). A heading is told from a sentence that
introduces a quotation with a colon ("Trump said: …") by its form: it is short, opens
its paragraph, and asks the question the paragraph answers (a wh-word first) — a
sentence has a subject before its verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["heading_end", "in_heading"]

# a heading is a few words: "What they're saying", "Why it matters", "How it works"
_MAX_WORDS = 5
_WH_WORDS = frozenset({"what", "why", "how", "where", "who", "when", "which"})
_QUOTES = frozenset("\"“”‘’'«»")


def _paragraph_start(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its paragraph (the text's start or a line break before)."""
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def heading_end(doc: Doc, start: int) -> int | None:
    """The index of the colon of the heading that opens at token ``start``, or None."""
    if not _paragraph_start(doc, start) or doc[start].lower_ not in _WH_WORDS:
        return None
    words = 0
    for tok in doc[start : min(len(doc), start + 3 * _MAX_WORDS)]:
        if tok.text == ":":
            return tok.i if words <= _MAX_WORDS and tok.i + 1 < len(doc) else None
        if tok.is_space or tok.text in _QUOTES or tok.text in (".", "?", "!", ";"):
            return None
        words += not tok.is_punct and not tok.text.startswith("'")
    return None


def in_heading(token: Token) -> bool:
    """Whether ``token`` stands in a paragraph's opening heading (before its colon)."""
    doc = token.doc
    start = token.i
    while start > 0 and not _paragraph_start(doc, start) and token.i - start <= 3 * _MAX_WORDS:
        start -= 1
    end = heading_end(doc, start)
    return end is not None and token.i < end
