"""A line that is a quotation and nothing else names no speaker (issue 12, session 33).

The summary gives a speaker's words as "According to X, “…”" when the quotation finder
names who said them; when it does not, the sentence is tried as it stands. A sentence
cut from inside a quotation is then all quotation marks and words: NeuS r269 showed
the Washington Post's “But I said to myself, ‘Nah.” as a summary line (session 33
reading), the first of three sentences of a voter's quotation, its speaker named in
the sentence before, its "I" no one a reader can place, and its closing mark the
summary's own. Issue 12: a quotation always names its speaker.

The rule: a line whose every letter is inside quotation marks
(:func:`newsprism.extract.quotes.marks.quoted_spans`, a quotation continued from before
read as such) does not read alone. A line with its speaker, or with any words of the
outlet's own outside the marks ("…,” the ruling says."), is left to the other tests.
"""

from __future__ import annotations

import re

from newsprism.extract.quotes.marks import quoted_spans

# False: a line all in quotation marks reads as before session 33
SPEAKERLESS_QUOTE_RULE = True
_LETTER = re.compile(r"[^\W\d_]")


def all_quoted(text: str) -> bool:
    """Whether every letter of ``text`` is inside quotation marks (and there are some)."""
    if not SPEAKERLESS_QUOTE_RULE:
        return False
    spans = quoted_spans(text)
    if not spans:
        return False
    outside = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e in spans))
    return _LETTER.search(outside) is None
