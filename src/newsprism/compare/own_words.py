"""An article's own words against one other report: its text without quotations and
without the sentences it holds word for word from that report (issue 12, session 30).

Why: the place rule (compare/places.py) lets two towns clash only when neither article
names the other's town anywhere, since an article that tells both may be telling two
stops of one trip. An article names a town in words that are not its own, though: in
an excerpt it copies from the other outlet ("Here's an excerpt from the Times report:"
and the Times' sentence, word for word) and in the words of someone it quotes (a blog
post quoted at length). Neither is the article telling a second place; its own
sentence is what a fact-checker sets against the other outlet's. BASIL 85475456:
HuffPost writes "misspoken at the 2008 event in Norfolk" in its own words and names
Norwalk only in the Times' copied sentence and inside Kevin Rennie's quoted post; the
Times has "during the Norwalk event" (a gold place conflict, session 29's open miss).

Copies are read against the **other article of the pair only**: a sentence two reports
share is the other's words when set against the other, but a wire story two outlets
both run ("visited Stamford, then spoke in Hartford") still names both towns when
either is set against a third report. A copied sentence is one of at least
:data:`MIN_COPIED` characters whose letters and digits (quotation marks, case and
spacing aside) stand in the other article. Blanked text keeps its length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.extract.quotes.marks import quoted_spans

MIN_COPIED = 40  # characters of a sentence, so that "He declined to comment." is no copy
# a sentence, or the part of one after a colon or a line break ("Here is what the paper
# wrote:" opens an excerpt)
_SENTENCE = re.compile(r"[^.!?:\n]+(?:[.!?:]+[\"'”’]*|$)")


@lru_cache(maxsize=64)
def own_words(text: str, other: str) -> str:
    """``text`` with its quoted spans and the sentences it holds word for word from
    ``other`` blanked (spaces), offsets unchanged."""
    hidden = list(quoted_spans(text))
    theirs = _letters(other)
    hidden += [m.span() for m in _SENTENCE.finditer(text)
               if len(m.group().strip()) >= MIN_COPIED and _letters(m.group()) in theirs]
    chars = list(text)
    for start, end in hidden:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())
