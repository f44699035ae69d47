"""The opener and readability tests read their pronouns (newsprism.pronoun_words) and
time words (newsprism.calendar_words) from the one shared list (session 24): each word of
those lists still does in each test what it did when the test listed it itself."""

from __future__ import annotations

import pytest

from newsprism.calendar_words import DAY_PARTS, RELATIVE_TIMES, SEASONS
from newsprism.compare.openers import opener_points_back
from newsprism.compare.readable import unusable_reasons
from newsprism.extract.nlp import load_nlp
from newsprism.pronoun_words import PERSONAL_OBJECTS, PERSONAL_SUBJECTS


def _first(text: str) -> object:
    return next(iter(load_nlp()(text).sents))


@pytest.mark.parametrize("word", [*DAY_PARTS, *SEASONS])
def test_this_and_a_part_of_the_day_or_a_season_is_the_readers_own_time(word: str) -> None:
    assert not opener_points_back(_first(f"This {word}, the Senate passed the bill 60-40."))


@pytest.mark.parametrize("word", [*DAY_PARTS, *(w for w in SEASONS if w != "autumn")])
def test_the_and_a_part_of_the_day_or_a_season_reads_alone(word: str) -> None:
    assert not opener_points_back(_first(f"In the {word}, the Senate passed the bill 60-40."))


def test_the_autumn_points_back_as_it_always_did() -> None:
    # the opener test's generic nouns never held "autumn"; kept so (no behaviour change)
    line = "In the autumn, the Senate passed the bill 60-40."
    assert opener_points_back(_first(line)) == "In the autumn"


@pytest.mark.parametrize("word", [w for w in RELATIVE_TIMES if w not in ("then", "meantime")])
def test_a_relative_time_points_back(word: str) -> None:
    assert opener_points_back(_first(f"Shortly {word}, the Senate passed the bill 60-40."))


@pytest.mark.parametrize("line", ["Since then, the Senate passed the bill 60-40.",
                                  "In the meantime, the Senate passed the bill 60-40."])
def test_then_and_meantime_point_back(line: str) -> None:
    assert opener_points_back(_first(line))


@pytest.mark.parametrize("word", PERSONAL_OBJECTS)
def test_an_object_pronoun_opener_points_back(word: str) -> None:
    assert opener_points_back(_first(f"Like {word}, the senator voted against the bill."))


@pytest.mark.parametrize("word", PERSONAL_SUBJECTS)
def test_a_line_on_a_subject_pronoun_is_no_line(word: str) -> None:
    assert "pronoun" in unusable_reasons(f"{word.capitalize()} voted against the bill.", [])
    said = f"“The bill is dead,” {word} said."
    assert "pronoun" in unusable_reasons(said, [])
