"""The loaded-words cells' possessive (i12-fixes37): session 28's reading saw
"disincentive (Republicans's)"; a plural takes the apostrophe alone."""

from __future__ import annotations

from newsprism.report.framing_view import hedges_and_loaded
from newsprism.report.possessive_label import possessive


def test_a_plural_takes_the_apostrophe_alone() -> None:
    assert possessive("Republicans") == "Republicans'"
    assert possessive("experts") == "experts'"


def test_a_singular_takes_apostrophe_s() -> None:
    assert possessive("Nick Bunker") == "Nick Bunker's"
    assert possessive("Congress") == "Congress's"
    assert possessive("the Prime Minister's office") == "the Prime Minister's office's"
    assert possessive("") == ""


def test_the_loaded_words_view_carries_the_possessive() -> None:
    frame = {"loaded_words": [{"text": "disincentive", "score": 0.7, "in_quote": False,
                               "speaker": "Republicans"}]}  # fmt: skip
    assert hedges_and_loaded(frame)["loaded"][0]["whose"] == "Republicans'"
