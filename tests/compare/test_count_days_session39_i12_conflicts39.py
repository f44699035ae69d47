"""Counts dated to weeks, weekdays and loose occasions resolved against each article's
publication day, and the White House or a governor's administration as its head's
(issue 12, session 39): made-up pairs in words of no gold, through the whole
``analyze_story``. 2020-05-04 is a Monday."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsprism.compare.administration_owner import titled_head
from newsprism.compare.count_days import occasion
from newsprism.compare.count_periods import count_time
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from tests.compare.conflict_helpers import conflicts_of, values_of

BURGLARIES = "The county recorded {} burglaries in the harbor district{}, police said."
STORM = "The storm killed {} people in Harlow County{}, the state said."
PROBES = Path(__file__).resolve().parent.parent / "data/conflict_probes_session39.json"
# the date rule's pair, not the number rule's: "killed … on Monday" / "… on Tuesday" is
# listed as a date conflict on main and here (left, docs/eval-compare.md session 39)
_DATE_RULE = {"monday_tuesday"}


def _numbers(a: str, day_a: str | None, b: str, day_b: str | None) -> list[set[str]]:
    """The values of each number conflict listed for two reports of the given days."""
    articles = [gold_article(f"days39:{i}:{t}:{d}", t, outlet=o, published_at=d)
                for i, (t, d, o) in enumerate(((a, day_a, "Fox News"),
                                               (b, day_b, "New York Times")))]  # fmt: skip
    report = analyze_story(articles).as_dict()
    return [values_of(c) for c in conflicts_of(report) if c["kind"] == "number"]


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    (STORM.format(14, " on Monday"), "2020-05-05", STORM.format(9, " on May 4"), "2020-05-06"),
    (STORM.format(14, " yesterday"), "2020-05-05", STORM.format(9, " on Monday"), "2020-05-05"),
    (STORM.format(14, " earlier this week"), "2020-05-07",
     STORM.format(9, " on Tuesday"), "2020-05-06"),
    (STORM.format(14, " over the past week"), "2020-05-07",
     STORM.format(9, " in the past week"), "2020-05-07"),
])  # fmt: skip
def test_two_wordings_of_one_time_conflict(a: str, day_a: str, b: str, day_b: str) -> None:
    assert _numbers(a, day_a, b, day_b) == [{"14", "9"}]


@pytest.mark.parametrize(("a", "day_a", "b", "day_b"), [
    (STORM.format(14, " on Monday"), "2020-05-05", STORM.format(9, " on Monday"), "2020-05-12"),
    (STORM.format(14, " on Sunday"), "2020-05-04", STORM.format(9, " on Sunday"), "2020-05-12"),
    (STORM.format(14, " earlier this week"), "2020-05-07",
     STORM.format(9, " earlier this week"), "2020-05-14"),
    (BURGLARIES.format(41, " over the past week"), "2020-05-06",
     BURGLARIES.format(17, " over the past week"), "2020-05-07"),
    (BURGLARIES.format(41, " last week"), "2020-05-06", BURGLARIES.format(17, ""), "2020-05-06"),
    (BURGLARIES.format(41, " this week"), "2020-05-06", BURGLARIES.format(17, ""), "2020-05-06"),
    (BURGLARIES.format(170, " in May"), "2020-06-02",
     BURGLARIES.format(41, " on May 4"), "2020-05-05"),
])  # fmt: skip
def test_two_times_or_a_period_and_a_day_do_not_conflict(a: str, day_a: str, b: str,
                                                         day_b: str) -> None:  # fmt: skip
    assert _numbers(a, day_a, b, day_b) == []


def test_a_day_against_an_undated_count_and_undated_articles_stay_as_they_were() -> None:
    assert _numbers(STORM.format(14, " on Monday"), "2020-05-05",
                    STORM.format(9, ""), "2020-05-05") == [{"14", "9"}]
    assert _numbers(STORM.format(14, " earlier this week"), "2020-05-07",
                    STORM.format(9, ""), "2020-05-07") == [{"14", "9"}]
    assert _numbers(STORM.format(14, " on Monday"), None,
                    STORM.format(9, " on Monday"), None) == [{"14", "9"}]


INSPECTORS = "{} sent {} inspectors to Harlow County on Wednesday, {}."


@pytest.mark.parametrize(("a", "b", "found"), [
    (INSPECTORS.format("The White House", 23, "a day after President Dale Moss toured the county"),
     INSPECTORS.format("President Dale Moss", 19, "aides said"), True),
    (INSPECTORS.format("The administration", 23, "Governor Dale Moss said"),
     INSPECTORS.format("Governor Dale Moss", 19, "aides said"), True),
    (INSPECTORS.format("The administration", 23, "Mayor Dale Moss said"),
     INSPECTORS.format("Mayor Dale Moss", 19, "aides said"), True),
    (INSPECTORS.format("The White House", 23, "Governor Dale Moss said"),
     INSPECTORS.format("Governor Dale Moss", 19, "aides said"), False),
    (INSPECTORS.format("The White House", 23, "French President Dale Moss said"),
     INSPECTORS.format("French President Dale Moss", 19, "aides said"), False),
    (INSPECTORS.format("The administration", 23, "Vice President Dale Moss said"),
     INSPECTORS.format("Vice President Dale Moss", 19, "aides said"), False),
    (INSPECTORS.format("The administration", 23, "former President Dale Moss said"),
     INSPECTORS.format("Former President Dale Moss", 19, "aides said"), False),
    (INSPECTORS.format("The administration", 23, "Senator Dale Moss said"),
     INSPECTORS.format("Senator Dale Moss", 19, "aides said"), False),
])  # fmt: skip
def test_the_white_house_and_an_administration_are_their_heads(a: str, b: str,
                                                               found: bool) -> None:  # fmt: skip
    assert _numbers(a, "2020-05-07", b, "2020-05-07") == ([{"23", "19"}] if found else [])


def test_readers() -> None:
    tue = date(2020, 5, 5)
    assert occasion("Monday", tue) == (date(2020, 5, 4),) * 2
    assert occasion("on Tuesday", tue) == (tue, tue)  # the day itself
    assert occasion("Wednesday", tue) == (date(2020, 4, 29),) * 2  # the last one before
    assert occasion("earlier this week", date(2020, 5, 7)) == (date(2020, 5, 4), date(2020, 5, 6))
    assert occasion("earlier this week", date(2020, 5, 4)) is None  # a Monday: none earlier
    assert occasion("Monday", None) is None
    assert count_time(["the past week"], tue) == ("period", (date(2020, 4, 29), tue))
    assert count_time(["earlier this month"], date(2020, 5, 30))[0] == "occasion"
    assert count_time(["May 4"], tue) == ("occasion", (date(2020, 5, 4),) * 2)
    assert titled_head("said Gov. Dale Moss", "moss")
    assert not titled_head("said ex-President Dale Moss", "moss")
    assert not titled_head("said Lt. Gov. Dale Moss", "moss")
    assert not titled_head("French President Dale Moss", "moss", "President", foreign=False)
    assert titled_head("U.S. President Dale Moss", "moss", "President", foreign=False)
    # two presidents titled (NeuS row 405, read on the wide stories): the head is unknown
    assert not titled_head("President Biden will meet President Vladimir V. Putin of Russia",
                           "putin", "President", foreign=False)


def _probes() -> list[tuple[str, dict]]:
    pairs = json.loads(PROBES.read_text(encoding="utf-8"))["pairs"]
    return [(name, pair) for name, pair in pairs.items() if name not in _DATE_RULE]


@pytest.mark.parametrize(("name", "pair"), _probes())
def test_session39_probes(name: str, pair: dict) -> None:
    articles = [gold_article(f"probe39:{name}:{i}:{t}", t, outlet=o, published_at=d)
                for i, (t, o, d) in enumerate(((pair["a"], "Fox News", pair.get("published_a")),
                                               (pair["b"], "New York Times",
                                                pair.get("published_b"))))]  # fmt: skip
    listed = conflicts_of(analyze_story(articles).as_dict())
    assert bool(listed) == (pair["expect"] == "conflict")
