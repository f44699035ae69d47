"""Helpers shared by the quote tests: run the real extractor on a real parse."""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import QuoteSpan, extract_quotes


def quotes_of(text: str) -> list[QuoteSpan]:
    """Every quote of ``text``, parsed by the project's spaCy pipeline."""
    return extract_quotes(load_nlp()(text))


def only(found: list[QuoteSpan], cue: str, starting: str = "") -> QuoteSpan:
    """The one quote with this cue whose text starts so."""
    hits = [q for q in found if q.cue == cue and q.text.startswith(starting)]
    assert len(hits) == 1, [(q.cue, q.text[:40]) for q in found]
    return hits[0]


def parts_of(text: str, quote: QuoteSpan) -> list[str]:
    """The text of each part of a quote."""
    return [text[a:b] for a, b in quote.parts]
