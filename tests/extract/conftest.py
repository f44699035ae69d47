"""Shared fixtures of the extraction tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes
from newsprism.models import Quote


@pytest.fixture(scope="module")
def quotes_at() -> Callable[[str, str], list[Quote]]:
    """The quotes whose span holds the first place ``words`` stand in ``text``, through
    the real parse and the real quote extractor."""
    nlp = load_nlp()

    def quotes(text: str, words: str) -> list[Quote]:
        at = text.index(words)
        return [q for q in extract_quotes(nlp(text)) if q.start <= at < q.end]

    return quotes


@pytest.fixture(scope="module")
def speakers_at(quotes_at: Callable[[str, str], list[Quote]]
                ) -> Callable[[str, str], list[str | None]]:  # fmt: skip
    """The speakers of :func:`quotes_at`'s quotes."""
    return lambda text, words: [q.speaker for q in quotes_at(text, words)]
