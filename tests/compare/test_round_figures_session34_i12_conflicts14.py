"""A round figure is compared at its own precision however it is written: a round
word number, a bound that gives a size (compare/round_figures.py, issue 12, session
34). Different precision is never a conflict."""

from __future__ import annotations

import pytest

from newsprism.compare.round_figures import as_digits, round_words_agree, size_bound_agrees
from newsprism.extract.claims import parse_quantities, quantities_agree
from tests.compare.conflict_helpers import compare_texts, conflicts_of

HELD = "Police in Lyon held {} fans outside the stadium on Sunday."


def _one(text: str):
    [quantity] = parse_quantities(text)
    return quantity


@pytest.mark.parametrize(("text", "digits"), [
    ("twenty", "20"), ("about ninety", "about 90"), ("hundred", "100"),
    ("thirty thousand", "30000"),
])  # fmt: skip
def test_a_round_word_in_digits(text: str, digits: str) -> None:
    assert as_digits(_one(text)).text == digits


@pytest.mark.parametrize("text", ["six", "nearly two dozen", "47", "dozens"])
def test_no_round_word(text: str) -> None:
    assert as_digits(_one(text)) is None


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("twenty", "23", True),  # read as ±20 % alone, "twenty" excluded 23; "20" does not
    ("hundred", "112", True),
    ("up to twenty", "24", True),  # a bound's figure, 20, as written
    ("twenty", "35", False),  # 35 is not 20 rounded
    ("nearly two dozen", "19", False),  # a dozen form keeps its reading
    ("six", "seven", False),  # no round word: nothing to say here
])  # fmt: skip
def test_round_words_agree(a: str, b: str, agree: bool) -> None:
    assert round_words_agree(_one(a), _one(b)) is agree


def test_the_word_alone_disagreed() -> None:
    """Why the module exists: without it the word is narrower than its digits."""
    assert not quantities_agree(_one("twenty"), _one("23"))
    assert quantities_agree(_one("20"), _one("23"))


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("up to 100", "112", True),  # as "as many as 100" against 112 always was
    ("as many as 100", "112", True),
    ("up to 100", "150", False),  # 150 is not 100 rounded
    ("up to 1.6 million", "1.7 million", False),
    ("fewer than 100", "112", False),  # a bound of value, not a size: not read here
    ("up to 100", "up to 112", False),  # two bounds: compare/bounds.py's
])  # fmt: skip
def test_size_bound_agrees(a: str, b: str, agree: bool) -> None:
    text_a, text_b = f"The hall holds {a} seats.", f"The hall holds {b} seats."
    assert size_bound_agrees(_one(a), text_a, _one(b), text_b) is agree


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("23", "twenty", False), ("112", "a hundred", False), ("112", "about 100", False),
    ("112", "100", False), ("112", "up to 100", False), ("35", "twenty", True),
    ("150", "up to 100", True),
])  # fmt: skip
def test_the_number_rule(a: str, b: str, conflict: bool) -> None:
    found = [c for c in conflicts_of(compare_texts(HELD.format(a), HELD.format(b)))
             if c["kind"] == "number"]  # fmt: skip
    assert bool(found) is conflict
