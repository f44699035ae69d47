"""A quote's text from its parts, with the stop where one quoted sentence ends (issue 12).

A quote in several parts is one statement, and its ``text`` joins the parts with a
space. That reads right for a sentence split around its cue (“We will win,” he said,
“and we will win big”) but not for two sentences: in “… 106 years ago today,” Biden
said in a statement on Saturday. ¶ “Beginning on 24 April 1915 …” the trimmed comma
left "today Beginning on 24 April 1915", and in “We affirm the history,” Biden added.
“We do this not to cast blame …” it left "We affirm the history We do this" (docs/
eval-compare.md, "Read as a user after session 24"). The words of each part are the
source's; what was lost is where the first sentence ends.

A part ends a sentence where its quotation closes with a comma before a tag that
ends its sentence (``…today,” Biden said on Saturday. “Beginning …``; the tag's stop
right before the next quotation opens, or a paragraph break after it,
:func:`ends_sentence`): the comma is the house style for the quoted sentence's own
stop, so the text shows that stop as ``.``. It ends one too where the source's own stop
follows it with nothing but marks before the next part (reported speech ``… on July
31.`` ¶ ``"If I …``): that stop is shown. A part whose sentence goes on in narration
after its comma (``While the FDA said …, it noted …``) or that ends on ``;``, ``:`` or
a dash shows none: the stop is not the source's. No word is added, and offsets and
``parts`` are unchanged: they point at exactly what the source printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ends_sentence", "joined_text"]

# a stop, then closing marks, spaces and the next quotation's opening mark, at the gap's end
_STOP_BEFORE_QUOTE = re.compile(r"[.!?][”’\"'»)\]]*\s*[“‘«\"'`]*\s*$")
# what a part already ends with that says its sentence ended
_OWN_STOP = ".!?…"
# the source's own stop right after a part, then only marks and spaces
_OWN_STOP_ONLY = re.compile(r"\s*([.!?])[”’\"'»]*\s*[“‘«\"'`]*\s*$")
_CLOSING = "”’\"'»"
_CLOSING_DOUBLE = "”\"»"


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


def _stop_after(words: str, gap: str) -> str:
    """The stop to show after a part's ``words`` when ``gap`` (the text up to the next
    part) says its sentence ended there, else "".

    Two cases: a quotation that closes with a comma before a tag that ends its sentence
    (``…today,” Biden said on Saturday. “Beginning …``: ".", the quoted sentence's stop
    in house style), and a part followed by the source's own stop and nothing but marks
    before the next quotation (reported speech ``… on July 31.`` ¶ ``"If I …``: that
    stop). A part whose sentence goes on in narration after its comma (``… the
    syndrome, it noted an increase …``), or that ends on ``;``, ``:`` or a dash, shows
    none: the stop is not the source's."""
    if words.rstrip()[-1:] in _OWN_STOP:
        return ""
    own = _OWN_STOP_ONLY.match(gap)
    if own is not None:
        return own.group(1)
    after_comma = gap.lstrip(", \t\u00a0")
    closes = after_comma[:1] in _CLOSING_DOUBLE or after_comma.startswith("''")
    return "." if closes and ends_sentence(gap) else ""


def joined_text(text: str, parts: Sequence[tuple[int, int]]) -> str:
    """The text of a quote: its ``parts`` joined by a space, with the stop shown where a
    part ends one sentence and the next part starts another (:func:`_stop_after`);
    whitespace runs made one space."""
    shown = []
    for n, (a, b) in enumerate(parts):
        words = text[a:b]
        if n + 1 < len(parts):
            words += _stop_after(words, text[b : parts[n + 1][0]])
        shown.append(words)
    return " ".join(" ".join(shown).split())
