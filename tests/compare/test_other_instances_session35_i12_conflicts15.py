"""An act the sentence marks as one more of its kind is not the act another report
dates (compare/other_instances.py, issue 12, session 35). Whole ``analyze_story``, in
words unlike the gold's."""

from __future__ import annotations

import pytest

from tests.compare.conflict_helpers import compare_texts, conflicts_of

AUDIT = "The city auditor Vera Lund published {} on {}, her office said."


def _dates(first: str, second: str) -> list[set[str]]:
    return [{s["value"] for s in c["sides"]} for c in conflicts_of(compare_texts(first, second))
            if c["kind"] == "date"]  # fmt: skip


def test_one_act_two_weekdays_is_still_a_conflict() -> None:
    assert _dates(AUDIT.format("the audit", "Tuesday"),
                  AUDIT.format("the audit", "Friday")) == [{"Tuesday", "Friday"}]


@pytest.mark.parametrize(("first", "second"), [
    (AUDIT.format("the audit", "Tuesday"), AUDIT.format("a second audit", "Friday")),
    (AUDIT.format("the audit", "Tuesday"), AUDIT.format("another audit", "Friday")),
    (AUDIT.format("the audit", "Tuesday"), AUDIT.format("a separate audit", "Friday")),
    ("Coach Ada Brill met the players on Tuesday, the club said.",
     "Coach Ada Brill met the players again on Friday, the club said."),
])  # fmt: skip
def test_one_more_of_its_kind_is_another_act(first: str, second: str) -> None:
    assert _dates(first, second) == []


def test_both_marked_are_compared() -> None:
    assert _dates(AUDIT.format("a second audit", "Tuesday"),
                  AUDIT.format("a second audit", "Friday")) == [{"Tuesday", "Friday"}]
