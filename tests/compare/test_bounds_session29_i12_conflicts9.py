"""An upper bound against a plain figure of one count (session 29,
compare/bounds.py ``bound_against_figure``).

The stories run through the whole ``analyze_story``; the sentences are written for
these tests in the shape of a class-action report, not copied from a gold story.
"""

from __future__ import annotations

import pytest

from newsprism.compare.bounds import bound_against_figure
from newsprism.extract.claims import parse_quantities
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


def _quantity(text: str):  # type: ignore[no-untyped-def]
    [q] = parse_quantities(text)
    return q


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("a lawsuit that covers 1.5 million women", "on behalf of up to 1.6 million women", True),
    ("on behalf of as many as 2.8 million workers", "a suit of 2.5 million workers", True),
    ("a lawsuit that covers 1.5 million women", "up to 1.52 million women", False),
    ("a lawsuit that covers 1.5 million women", "up to 1.5 million women", False),
    ("about 1.5 million women", "up to 1.6 million women", False),  # "about" is no plain figure
    ("1.5 million women", "more than 1.6 million women", False),  # a lower bound
    ("1,500 women", "fewer than 2,000 women", False),  # a bound of a value, not a size
    ("1,500 women", "at most 2,000 women", False),
    ("as many as 1.5 million women", "up to 1.6 million women", False),  # two bounds: bounds_differ
])  # fmt: skip
def test_an_upper_bound_against_a_plain_figure(a: str, b: str, differ: bool) -> None:
    assert bound_against_figure(_quantity(a), a, _quantity(b), b) is differ
    assert bound_against_figure(_quantity(b), b, _quantity(a), a) is differ


def test_a_class_of_one_lawsuit_given_a_size_and_an_upper_bound_is_a_number_conflict() -> None:
    report = compare_texts(
        "Justice Ginsburg voiced some concerns on Tuesday about the pay discrimination "
        "lawsuit that covers 2.5 million workers and could cost Acme Stores billions.",
        "The Supreme Court appeared ready on Tuesday to block a massive pay discrimination "
        "lawsuit against Acme Stores on behalf of up to 2.8 million workers.",
        prefix="bound-figure",
    )
    [conflict] = [c for c in conflicts_of(report) if c["kind"] == "number"]
    assert values_of(conflict) == {"2.5 million", "up to 2.8 million"}


def test_a_bound_and_a_figure_of_two_owners_are_no_conflict() -> None:
    report = compare_texts(
        "Justice Ginsburg voiced some concerns on Tuesday about the pay discrimination "
        "lawsuit that covers 2.5 million workers and could cost Acme Stores billions.",
        "The Supreme Court heard on Tuesday a union's survey of up to 2.8 million workers "
        "seeking back pay from Acme Stores.",
        prefix="bound-two-owners",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "number"] == []
