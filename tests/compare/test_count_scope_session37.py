"""A count scoped over a span of time ("since taking office in 2009", "to date") is not
the count of one occasion (compare/count_scope.py; issue 12, session 37). Whole
``analyze_story`` through the conflict helpers."""

from __future__ import annotations

from newsprism.compare.count_scope import scopes_differ, span_scope
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of

DAY = ("President Dale Moss signed 23 executive orders on water use at the capitol on "
       "Wednesday, aides said.")  # fmt: skip
TENURE = ("President Dale Moss has signed 147 executive orders on water use since taking "
          "office in 2009, according to the register.")  # fmt: skip
OTHER_DAY = ("President Dale Moss signed 25 executive orders on water use at the capitol "
             "on Wednesday, an aide said.")  # fmt: skip


def _numbers(*texts: str) -> list[dict]:
    return [c for c in conflicts_of(compare_texts(*texts)) if c["kind"] == "number"]


def test_a_tenure_count_is_no_conflict_with_one_days_count() -> None:
    assert _numbers(DAY, TENURE) == []


def test_two_counts_of_one_day_still_conflict() -> None:
    assert [values_of(c) for c in _numbers(DAY, OTHER_DAY)] == [{"23", "25"}]


def test_span_words_are_read_and_compared() -> None:
    assert span_scope(TENURE) == {"since"}
    assert span_scope("Deaths so far this year rose to 40; 12 over the past week.") == {
        "so far this year", "over the past"}
    assert not scopes_differ(DAY, OTHER_DAY)
    assert scopes_differ(DAY, TENURE)
    assert span_scope("Twelve people have died so far, officials said.") == frozenset()


RUNNING = ("President Dale Moss has signed 147 executive orders on water use, more than any "
           "governor before him.")  # fmt: skip
RUNNING_OTHER = ("President Dale Moss has signed 162 executive orders on water use, more "
                 "than any governor before him.")  # fmt: skip


def test_a_running_total_is_no_conflict_with_one_days_count() -> None:
    assert _numbers(DAY, RUNNING) == []


def test_two_running_totals_still_conflict() -> None:
    assert [values_of(c) for c in _numbers(RUNNING, RUNNING_OTHER)] == [{"147", "162"}]


YEAR = ("President Dale Moss signed 39 executive orders on water use in 2012, according to "
        "the register.")  # fmt: skip


def test_counts_whose_verbs_are_dated_apart_are_no_conflict() -> None:
    assert _numbers(DAY, YEAR) == []


def test_a_date_of_another_verb_keeps_the_count_comparable() -> None:
    briefed = ("President Dale Moss will lay out 25 executive orders on water use, lawmakers "
               "who were briefed on the plan said Monday.")  # fmt: skip
    assert [values_of(c) for c in _numbers(DAY, briefed)] == [{"23", "25"}]
