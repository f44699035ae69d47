"""Shared fixtures of the extraction tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def speakers_at() -> Callable[[str, str], list[str | None]]:
    """The speakers of the quotes whose span holds the first place ``words`` stand in
    ``text``, through the real parse and the real quote extractor."""
    nlp = load_nlp()

    def speakers(text: str, words: str) -> list[str | None]:
        at = text.index(words)
        return [q.speaker for q in extract_quotes(nlp(text)) if q.start <= at < q.end]

    return speakers
