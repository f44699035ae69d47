"""Counts of periods resolved against each article's publication day (issue 12, session
38b): made-up pairs in words of no gold, through the whole ``analyze_story``."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.compare.count_periods import count_period
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from tests.compare.conflict_helpers import conflicts_of, values_of

BURGLARIES = "The county recorded {} burglaries in the harbor district{}, police said."
DEPORTED = "The agency deported {} immigrants from the country{}, officials said."


def _numbers(a: str, day_a: str | None, b: str, day_b: str | None) -> list[set[str]]:
    """The values of each number conflict listed for two reports of the given days."""
    articles = [gold_article(f"periods38b:{i}:{t}:{d}", t, outlet=o, published_at=d)
                for i, (t, d, o) in enumerate(((a, day_a, "Fox News"),
                                               (b, day_b, "New York Times")))]  # fmt: skip
    report = analyze_story(articles).as_dict()
    return [values_of(c) for c in conflicts_of(report) if c["kind"] == "number"]


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    (BURGLARIES.format(41, " last month"), "2020-05-04",
     BURGLARIES.format(17, " in April"), "2020-05-05"),
    (DEPORTED.format("41,000", " last year"), "2012-03-01",
     DEPORTED.format("17", " in 2011"), "2012-03-02"),
    (DEPORTED.format("41,000", " in 2011"), "2012-03-01",
     "Figures for last year show that the agency deported 17 immigrants from the country, "
     "officials said.", "2012-03-02"),
])  # fmt: skip
def test_two_wordings_of_one_period_conflict(a: str, day_a: str, b: str, day_b: str) -> None:
    assert len(_numbers(a, day_a, b, day_b)) == 1


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    (BURGLARIES.format(41, " last month"), "2020-05-04",
     BURGLARIES.format(17, " last month"), "2020-06-02"),
    (BURGLARIES.format(41, " in March"), "2012-05-04",
     BURGLARIES.format(17, " in March 2011"), "2012-05-05"),
    (DEPORTED.format("410,000", " in 2011"), "2012-03-01",
     DEPORTED.format("30,000", " in March 2011"), "2012-03-02"),
    (DEPORTED.format("410,000", " last year"), "2012-03-01",
     "The agency deported 380,000 immigrants from the country, officials said last week.",
     "2012-03-02"),
    (DEPORTED.format("410,000", " in the 2011 fiscal year"), "2012-03-01",
     DEPORTED.format("380,000", " in 2011"), "2012-03-02"),
    (BURGLARIES.format(41, " last week"), "2020-05-04",
     BURGLARIES.format(17, " last week"), "2020-05-12"),
])  # fmt: skip
def test_two_periods_or_another_time_do_not_conflict(a: str, day_a: str, b: str,
                                                     day_b: str) -> None:  # fmt: skip
    assert _numbers(a, day_a, b, day_b) == []


def test_undated_articles_and_undated_counts_stay_as_they_were() -> None:
    # no publication day: "last year" is not resolved, and stays apart from "in 2011"
    assert _numbers(DEPORTED.format("410,000", " last year"), None,
                    DEPORTED.format("380,000", " in 2011"), None) == []
    # a resolved period against an undated count is still not compared
    assert _numbers(BURGLARIES.format(41, " last month"), "2020-05-04",
                    BURGLARIES.format(17, ""), "2020-05-05") == []
    assert _numbers(BURGLARIES.format(41, " last month"), "2020-05-04",
                    BURGLARIES.format(17, " last month"), "2020-05-06") == [{"41", "17"}]


def test_count_period_reads_months_and_years_not_days() -> None:
    may = date(2020, 5, 4)
    assert count_period(["last month"], may) == count_period(["April"], may)
    assert count_period(["last month"], may) == (date(2020, 4, 1), date(2020, 4, 30))
    assert count_period(["last year"], may) == count_period(["2019"], None)
    assert count_period(["last month"], None) is None  # no publication day
    assert count_period(["March 5"], may) is None  # a day is no period
    assert count_period(["the 2011 fiscal year"], may) is None  # not a calendar year
    assert count_period(["2011", "March"], may) is None  # two phrases: not read
    assert count_period(["mid-May"], may) is None  # a month's part is no period
    assert count_period(["last week"], may) == (date(2020, 4, 27), date(2020, 5, 3))
    assert count_period(["this week"], date(2020, 5, 10)) == (date(2020, 5, 4),
                                                               date(2020, 5, 10))  # fmt: skip
