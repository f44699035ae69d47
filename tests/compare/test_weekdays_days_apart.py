"""Weekdays in articles published more than a day apart are two weeks' days (issue 12,
session 19; docs/compare.md, "Conflicts"): "met … on Sunday" (December 9) and "met …
on Thursday evening" (December 13) are two meetings, as BASIL cad4bba5 reports them.

Each test runs the whole ``analyze_story`` on real parses, with publication days.
"""

from __future__ import annotations

from typing import Any

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


def _story(first: tuple[str, str], second: tuple[str, str]) -> dict[str, Any]:
    """The compare JSON of two articles, each (text, publication day)."""
    articles = [gold_article(f"days:{n}:{text}", text, outlet=outlet, published_at=day)
                for n, ((text, day), outlet) in enumerate(zip(
                    (first, second), ("New York Times", "HuffPost"), strict=True))]  # fmt: skip
    return analyze_story(articles).as_dict()


MET_SUNDAY = ("President Obama and Speaker John Boehner met privately at the White House on "
              "Sunday to discuss the fiscal crisis.")  # fmt: skip
MET_THURSDAY = ("President Obama and Speaker John Boehner met at the White House on Thursday "
                "evening to discuss the fiscal crisis.")  # fmt: skip


def test_two_meetings_reported_four_days_apart_are_no_conflict() -> None:
    """Listed as "the day of “met” (Obama)": Sunday / Thursday before."""
    report = _story((MET_SUNDAY, "2012-12-09"), (MET_THURSDAY, "2012-12-13"))
    assert conflicts_of(report) == []


def test_one_act_reported_a_day_apart_still_conflicts() -> None:
    report = _story(("Senator Tom Smith apologized on Friday for the post.", "2014-11-29"),
                    ("Senator Tom Smith apologized Saturday for the post.", "2014-11-30"))
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "date" and values_of(conflict) == {"Friday", "Saturday"}


def test_unknown_publication_days_still_conflict() -> None:
    [conflict] = conflicts_of(compare_texts(MET_SUNDAY, MET_THURSDAY))
    assert values_of(conflict) == {"Sunday", "Thursday"}
