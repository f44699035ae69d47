"""Counts of different times, rates, and later acts are no conflict (issue 12, session
38): made-up pairs in words of no gold, through the whole ``analyze_story``."""

from __future__ import annotations

import pytest

from newsprism.compare.count_scope import period_dated, times_apart
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of

UNDATED = "President Dale Moss signed 23 executive orders on water use at the capitol, aides said."


def _kind(kind: str, *texts: str) -> list[dict]:
    return [c for c in conflicts_of(compare_texts(*texts)) if c["kind"] == kind]


@pytest.mark.parametrize("dated", [
    "President Dale Moss signed 39 executive orders on water use last year, the register says.",
    "President Dale Moss signed 39 executive orders on water use in 2011, the register says.",
    "President Dale Moss has signed 39 executive orders on water use this year, the register says.",
])  # fmt: skip
def test_a_period_count_is_no_conflict_with_an_undated_count(dated: str) -> None:
    assert _kind("number", dated, UNDATED) == []


def test_a_day_count_still_conflicts_with_an_undated_count() -> None:
    dated = "President Dale Moss signed 25 executive orders on water use on Wednesday, aides said."
    assert [values_of(c) for c in _kind("number", dated, UNDATED)] == [{"25", "23"}]


def test_two_counts_of_one_period_still_conflict() -> None:
    a = "The agency deported 410,000 immigrants from the country last year, officials said."
    b = "The agency deported 380,000 immigrants from the country last year, officials said."
    assert [values_of(c) for c in _kind("number", a, b)] == [{"410,000", "380,000"}]


def test_period_words_and_times_apart() -> None:
    assert period_dated(frozenset({"last", "year"})) and period_dated(frozenset({"2011"}))
    assert period_dated(frozenset({"march"})) and not period_dated(frozenset({"march", "5"}))
    assert not period_dated(frozenset({"wednesday"}))
    assert times_apart(frozenset({"last", "year"}), frozenset({"this", "year"}))
    assert not times_apart(frozenset({"last", "year"}), frozenset({"last", "year"}))
    assert not times_apart(frozenset({"wednesday"}), frozenset())
    assert times_apart(frozenset({"2011"}), frozenset())


@pytest.mark.parametrize("rate", [
    "The fighting in Harlow killed 30 civilians per day last week, the monitor said.",
    "The clinic in Harlow recorded 12 deaths per 1,000 births, the report said.",
    "Smugglers bring 200 migrants across the Harlow river every week, the patrol said.",
])  # fmt: skip
def test_a_rate_is_no_conflict_with_a_count(rate: str) -> None:
    counts = {"civilians": "The fighting in Harlow killed 300 civilians, the monitor said.",
              "deaths": "The clinic in Harlow recorded 40 deaths, the report said.",
              "migrants": "Smugglers brought 1,500 migrants across the Harlow river, the patrol "
                          "said."}
    count = next(v for k, v in counts.items() if k in rate)
    assert _kind("number", rate, count) == []


def test_two_rates_still_conflict() -> None:
    a = "The fighting in Harlow killed 30 civilians per day last week, the monitor said."
    b = "The fighting in Harlow killed 45 civilians per day last week, the monitor said."
    assert [values_of(c) for c in _kind("number", a, b)] == [{"30", "45"}]


FIRST = "Governor Dale Moss met with Senate leaders on Wednesday to discuss the budget plan."
PASSED = "The House passed the farm bill on Wednesday, sending it to the Senate."


@pytest.mark.parametrize("first, later", [
    (FIRST, "Governor Dale Moss met with Senate leaders on Thursday, a day after their first "
            "meeting on the budget plan."),
    (PASSED, "The House passed the farm bill again on Thursday after a second vote."),
])  # fmt: skip
def test_a_later_act_is_no_date_conflict(first: str, later: str) -> None:
    assert _kind("date", first, later) == []


def test_one_passage_dated_twice_still_conflicts() -> None:
    later = "The House passed the farm bill on Thursday, sending it to the Senate."
    assert [values_of(c) for c in _kind("date", PASSED, later)] == [{"Wednesday", "Thursday"}]


RANKED = "The 400 tractors are destined for the region's 60 smallest farms, the ministry said."
HELD = ("The ministry on Friday announced its plan to buy and donate 400 tractors to 58 "
        "smaller farms in the valley, officials said.")  # fmt: skip


def test_a_rank_cut_of_one_holder_conflicts_with_another_size() -> None:
    assert [values_of(c) for c in _kind("number", RANKED, HELD)] == [{"60", "58"}]


def test_a_round_count_without_a_superlative_still_agrees_at_its_precision() -> None:
    plain = "The 400 tractors are destined for 60 farms in the region, the ministry said."
    assert _kind("number", plain, HELD) == []


def test_an_undated_count_whose_sentence_names_the_period_stays_comparable() -> None:
    dated = "The agency deported 410,000 immigrants from the country in 2011, officials said."
    named = ("The agency's annual report for 2011 shows that the agency deported 380,000 "
             "immigrants from the country.")  # fmt: skip
    assert [values_of(c) for c in _kind("number", dated, named)] == [{"410,000", "380,000"}]
    assert times_apart(frozenset({"2011"}), frozenset(), (), ("its 2010 report",))
    assert not times_apart(frozenset({"2011"}), frozenset(), (), ("its 2011 report",))
