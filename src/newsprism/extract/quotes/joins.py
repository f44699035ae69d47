"""A quote's text from its parts, with the stop where one quoted sentence ends (issue 12).

A quote in several parts is one statement, and its ``text`` joins the parts with a
space. That reads right for a sentence split around its cue (“We will win,” he said,
“and we will win big”) but not for two sentences: in “… 106 years ago today,” Biden
said in a statement on Saturday. ¶ “Beginning on 24 April 1915 …” the trimmed comma
left "today Beginning on 24 April 1915", and in “We affirm the history,” Biden added.
“We do this not to cast blame …” it left "We affirm the history We do this" (docs/
eval-compare.md, "Read as a user after session 24"). The words of each part are the
source's; what was lost is where the first sentence ends.

A part ends a sentence when what lies between it and the next part (its closing mark,
the cue, the next opening mark) ends with a stop (``.``, ``!``, ``?``) right before
the next quotation opens, or with a paragraph break after narration
(:func:`ends_sentence`). There, the comma a quotation closes with before its tag is the
house style for the quoted sentence's own stop, so the text shows that stop as ``.``.
A part that ends on ``;``, ``:`` or a dash (words broken off, or a list going on) is
left as it stands: the stop is not known. Nothing else is added: no word the source
did not print.
Offsets and ``parts`` are unchanged: they point at exactly what the source printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ends_sentence", "joined_text"]

# a stop, then closing marks, spaces and the next quotation's opening mark, at the gap's end
_STOP_BEFORE_QUOTE = re.compile(r"[.!?][”’\"'»)\]]*\s*[“‘«\"'`]*\s*$")
# what a part already ends with that says its sentence ended
_OWN_STOP = ".!?…"
# what may be trimmed off a part where its sentence ended for the stop to be shown
_COMMA_TAIL = frozenset(", \t\n\u00a0")
_CLOSING = "”’\"'»"


def ends_sentence(gap: str) -> bool:
    """Whether the narration between two parts of a quote closes the first sentence:
    a stop right before the next quotation opens (“…,” Biden added. “…), or a paragraph
    break after narration whose stop the scrape lost (“…,” he said ¶ “…). A cue within
    the sentence (“…,” he said, “and …) does not, nor a paragraph that ends on a comma,
    a colon or a dash (a sentence cut by the scrape, or going on)."""
    if _STOP_BEFORE_QUOTE.search(gap) is not None:
        return True
    if "\n" not in gap:
        return False
    before = gap[: gap.rindex("\n")].rstrip().rstrip(_CLOSING).rstrip()
    return before[-1:].isalnum()


def _shown(text: str, raw: tuple[int, int], part: tuple[int, int], last: bool,
           following: tuple[int, int] | None) -> str:  # fmt: skip
    """One part's words, with ``.`` after them where its sentence ends with a comma
    (or nothing) that was trimmed and another sentence of the quote follows."""
    words = text[part[0] : part[1]]
    if last or following is None or words.rstrip()[-1:] in _OWN_STOP:
        return words
    tail = text[part[1] : raw[1]]
    if not set(tail) <= _COMMA_TAIL:
        return words  # ; : or a dash: the quoted sentence's own stop is not known
    return words + "." if ends_sentence(text[part[1] : following[0]]) else words


def joined_text(text: str, raw: Sequence[tuple[int, int]],
                parts: Sequence[tuple[int, int]]) -> str:  # fmt: skip
    """The text of a quote: its ``parts`` (each trimmed from the ``raw`` part at the
    same index, or the raw parts themselves) joined by a space, with the stop shown
    where a part ends one sentence and the next part starts another; whitespace runs
    made one space."""
    if len(raw) != len(parts):
        raw = parts  # an empty part was dropped: nothing is known of its tail
    shown = [_shown(text, r, p, n == len(parts) - 1, parts[n + 1] if n + 1 < len(parts) else None)
             for n, (r, p) in enumerate(zip(raw, parts, strict=True))]  # fmt: skip
    return " ".join(" ".join(shown).split())
