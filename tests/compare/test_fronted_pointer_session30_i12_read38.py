"""A bare demonstrative subject after a fronted phrase points back (session 30)."""

from __future__ import annotations

import pytest

from newsprism.compare.fronted_pointer import demonstrative_after_frame
from newsprism.compare.line_parse import parse_line
from newsprism.compare.readable import unusable_reasons

POINTS_BACK = [
    "For most farmers in the valley, that's the hardest part of the season.",
    "In Nebraska, this was the third such ruling in a month.",
    "By late spring, those had all been repaired.",
    "Across the region, these are now common.",
]
READS_ALONE = [
    "For most farmers in the valley, the drought is the hardest part of the season.",
    "In Nebraska, the court issued its third such ruling in a month.",
    "By late spring, those who had lost homes were housed again.",  # the clause says who
    "After the council voted, that ended the dispute.",  # a clause in the frame: left alone
    "Those figures, released Monday, show a drop in arrests.",  # no frame before it
    "That is what the mayor promised voters in March.",  # no frame: readable.py's tests
]


def _first(text: str) -> list:
    return list(parse_line(text).sents)


@pytest.mark.parametrize("line", POINTS_BACK)
def test_demonstrative_after_a_fronted_phrase_points_back(line: str) -> None:
    assert demonstrative_after_frame(_first(line))
    assert "pronoun" in unusable_reasons(line, [])


@pytest.mark.parametrize("line", READS_ALONE)
def test_no_bare_demonstrative_after_a_frame(line: str) -> None:
    assert not demonstrative_after_frame(_first(line))


def test_no_sentence() -> None:
    assert not demonstrative_after_frame([])
