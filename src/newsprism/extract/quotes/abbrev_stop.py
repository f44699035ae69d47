"""A quotation after a word whose own full stop ends the sentence is no fragment.

"…,” said Rep. Steve Israel, D-N.Y. “But I do think …”": the tokenizer keeps the stop
in "N.Y." (and in "Jr.", "Inc.", "D.C."), so the word before the opening mark is no
punctuation, and the quotation was read as a piece of a clause ("reiterated US
“opposition”") and dropped: neither a quote of its own nor the cue's continuation. It
opens a sentence when the word before ends with a stop, the parser starts a sentence at
the mark and the quotation's first word is capitalised; "the U.S. “reset” policy"
fails the last two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["opens_after_stop"]


def opens_after_stop(before: Token, mark: Token) -> bool:
    """``before`` (a word, not punctuation) ends with the sentence's stop and the
    quotation opened by ``mark`` starts the next sentence."""
    if len(before.text) < 2 or not before.text.endswith(".") or not mark.is_sent_start:
        return False
    doc = mark.doc
    first = next((t for t in doc[mark.i + 1 : mark.i + 3] if not t.is_punct), None)
    return first is not None and first.text[:1].isupper()
