"""One counted thing named by two nouns (compare/count_nouns.py, issue 12 session 30):
a plan's parts counted as "steps" by one outlet and as "actions" by another are one
count; other nouns stay apart. Whole stories through ``analyze_story`` on real parses.
"""

from __future__ import annotations

import pytest

from newsprism.compare.count_nouns import counted_as
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


@pytest.mark.parametrize(("a", "b", "one"), [
    ("step", "action", True),
    ("move", "step", True),
    ("measure", "action", False),  # a measure is also a bill
    ("page of indictment", "action", False),
    ("bill", "law", False),
])
def test_which_counted_nouns_are_one_thing(a: str, b: str, one: bool) -> None:
    assert (counted_as(a) == counted_as(b)) is one


_STEPS = ("Governor Ray Alvarez unveiled a housing plan that includes 12 steps he took "
          "without the legislature.")


def test_steps_and_actions_of_one_plan_disagree() -> None:
    report = compare_texts(_STEPS, "Governor Ray Alvarez unveiled a housing plan that "
                                   "includes 15 actions he took without the legislature.")
    numbers = [c for c in conflicts_of(report) if c["kind"] == "number"]
    assert [values_of(c) for c in numbers] == [{"12", "15"}]


@pytest.mark.parametrize("other", [
    # a noun of another kind
    "Governor Ray Alvarez unveiled a housing plan that includes 15 measures he took "
    "without the legislature.",
    # the same count
    "Governor Ray Alvarez unveiled a housing plan that includes 12 actions he took "
    "without the legislature.",
    # another owner's actions
    "Mayor Tina Brooks unveiled a housing plan that includes 15 actions she took "
    "without the council.",
])
def test_no_number_conflict_without_one_count(other: str) -> None:
    report = compare_texts(_STEPS, other)
    assert [c for c in conflicts_of(report) if c["kind"] == "number"] == []
