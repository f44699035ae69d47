"""A percentage measures the noun with the words that qualify it (compare/frames.py
``_measured``, issue 12 session 17): "core inflation" is not "inflation". Found on a
NeuS-AllSides story never read before (row 358), where main set CNN's headline
inflation against Fox Business's core figure as a conflict.

Each through the whole ``analyze_story`` on real parses.
"""

from __future__ import annotations

from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


def test_core_inflation_is_no_conflict_with_inflation() -> None:
    report = compare_texts(
        "Inflation rose 5% in the 12-months ending in May, the Bureau of Labor Statistics "
        "reported Thursday.",
        "Excluding the volatile food and energy data, core inflation rose 3.8% from a year "
        "earlier, the quickest since June 1992.",
    )
    assert conflicts_of(report) == []


def test_one_qualified_measure_still_conflicts() -> None:
    report = compare_texts(
        "Core inflation rose 3.8% from a year earlier, the Labor Department said.",
        "Core inflation rose 4.5% from a year earlier, the Labor Department said.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "number" and values_of(conflict) == {"3.8", "4.5"}
