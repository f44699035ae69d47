"""A past office before a name is past whatever its case or what stands between
(compare/person_labels.py, issue 12 session 17): "Former Rep." opening a sentence and
"former Arkansas Gov." were read as current offices, so a past title could be set
against another office. A person holds a past and a current office at once: no
conflict. Two current offices of one person still are one.

Each through the whole ``analyze_story`` on real parses.
"""

from __future__ import annotations

import pytest

from tests.compare.conflict_helpers import compare_texts, conflicts_of


@pytest.mark.parametrize("past", [
    "Former Gov. Mike Huckabee urged supporters to eat at the chain on Wednesday.",
    "The rally drew former Arkansas Gov. Mike Huckabee, who urged supporters to eat there.",
])
def test_a_past_office_is_no_label_conflict(past: str) -> None:
    report = compare_texts(past, "Sen. Mike Huckabee urged supporters to eat at the chain.")
    assert [c for c in conflicts_of(report) if c["kind"] == "label"] == []


def test_two_current_offices_still_conflict() -> None:
    report = compare_texts("Gov. Mike Huckabee urged supporters to eat at the chain.",
                           "Sen. Mike Huckabee urged supporters to eat at the chain.")
    assert [c["kind"] for c in conflicts_of(report)] == ["label"]
