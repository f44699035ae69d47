"""A summary line that is a quotation and nothing else names no speaker (session 33,
compare/speakerless_quote.py; NeuS r269: a voter's “But I said to myself, ‘Nah.” was a
line). A quotation with its speaker, or with the outlet's own words beside it, stays."""

from __future__ import annotations

import pytest

from newsprism.compare import speakerless_quote
from newsprism.compare.readable import reads_alone, unusable_reasons
from newsprism.compare.speakerless_quote import all_quoted


@pytest.mark.parametrize("text", [
    "\u201cThen I told the crew we would sail at dawn, \u2018Ready.\u201d",
    "\"We never closed the ferry on a Sunday before.\"",
])
def test_a_line_all_in_quotation_does_not_read_alone(text: str) -> None:
    assert all_quoted(text)
    assert not reads_alone(text, [])
    assert "voice" in unusable_reasons(text, [])


@pytest.mark.parametrize("text", [
    "According to Mara Odell, \u201cWe never closed the ferry on a Sunday before.\u201d",
    "\"We never closed the ferry on a Sunday before,\" the harbour master said.",
    "The ferry board called the closure \"a last resort\" in its notice on Monday.",
    "The ferry board closed the crossing on Monday.",
])
def test_a_quotation_with_words_outside_it_is_left_to_the_other_tests(text: str) -> None:
    assert not all_quoted(text)


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speakerless_quote, "SPEAKERLESS_QUOTE_RULE", False)
    assert not all_quoted("\"We never closed the ferry on a Sunday before.\"")
