"""The shared weekday and month table: each reader's set keeps the words it had."""

from __future__ import annotations

from datetime import date

from newsprism.calendar_words import MONTH_NAMES, MONTH_NUMBERS, MONTH_TOKENS, WEEKDAYS
from newsprism.compare.dates import resolve
from newsprism.extract.nlp import load_nlp
from newsprism.extract.span_edges import end_of_name


def test_month_numbers_put_abbreviations_before_each_full_name() -> None:
    words = list(MONTH_NUMBERS)
    assert words[:4] == ["jan", "january", "feb", "february"]
    assert words[words.index("may") - 1 : words.index("may") + 2] == ["april", "may", "jun"]
    assert [MONTH_NUMBERS[w] for w in ("sep", "sept", "september")] == [9, 9, 9]
    assert [MONTH_NUMBERS[name] for name in MONTH_NAMES] == list(range(1, 13))


def test_month_tokens_have_the_stop_and_no_bare_abbreviation() -> None:
    assert {"sept.", "sep.", "jan.", "december"} <= MONTH_TOKENS
    assert not {"sept", "jan", "may."} & MONTH_TOKENS
    assert len(MONTH_TOKENS) == 12 + 12  # eleven months' stops and September's two


def test_readers_take_the_stopped_and_bare_abbreviations() -> None:
    doc = load_nlp()("He met George Floyd Sept. 5 and Jane Doe Tuesday in Houston.")
    assert end_of_name(doc[2:6]) == 2  # "George Floyd Sept. 5": the date is cut off
    assert end_of_name(doc[7:10]) == 2  # "Jane Doe Tuesday"
    assert resolve("Sept. 5, 2020", None) == (date(2020, 9, 5), date(2020, 9, 5))
    assert resolve("sep 5, 2020", None) == (date(2020, 9, 5), date(2020, 9, 5))
    assert "tuesday" in WEEKDAYS
