"""An article's own words: its text without quotations and without the sentences it
copies from another report of the story (issue 12, session 30).

Why: the place rule (compare/places.py) lets two towns clash only when neither article
names the other's town anywhere, since an article that tells both may be telling two
stops of one trip. An article names a town in words that are not its own, though: in
an excerpt it copies from another outlet ("Here's an excerpt from the Times report:"
and the Times' sentence, word for word) and in the words of someone it quotes (a blog
post quoted at length). Neither is the article telling a second place; the article's
own sentence is what a fact-checker sets against the other outlet's. BASIL 85475456:
HuffPost writes "misspoken at the 2008 event in Norfolk" in its own words and names
Norwalk only in the Times' copied sentence and inside Kevin Rennie's quoted post; the
Times has "during the Norwalk event" (a gold place conflict, session 29's open miss).

A sentence is copied when another article of the story holds the same sentence, letters
and digits compared (quotation marks, case and spacing aside), and it is long enough
(:data:`MIN_COPIED` characters) not to be a stock phrase. Blanked text keeps its length,
so offsets into it stay those of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.extract.quotes.marks import quoted_spans
from newsprism.models import Claim

MIN_COPIED = 40  # characters of a sentence, so that "He declined to comment." is no copy


def own_words(texts: dict[str, str], claims: Sequence[Claim]) -> dict[str, str]:
    """Article id → its text with quoted spans and copied sentences blanked (spaces)."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    keys = {a: {_letters(c.text) for c in cs if len(c.text) >= MIN_COPIED}
            for a, cs in by_article.items()}  # fmt: skip
    own = {}
    for article, text in texts.items():
        elsewhere = set().union(*(k for a, k in keys.items() if a != article))
        hidden = list(quoted_spans(text))
        hidden += [(c.start, c.end) for c in by_article.get(article, [])
                   if len(c.text) >= MIN_COPIED and _letters(c.text) in elsewhere]  # fmt: skip
        chars = list(text)
        for start, end in hidden:
            chars[start:end] = " " * (end - start)
        own[article] = "".join(chars)
    return own


def _letters(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]", "", sentence.lower())
