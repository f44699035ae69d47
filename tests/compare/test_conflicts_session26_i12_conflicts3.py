"""Counts with no named subject, read by the noun they describe, and two upper bounds of
one count (session 26, compare/count_holders.py and compare/bounds.py).

The stories run through the whole ``analyze_story`` (spaCy, entities, claims,
alignment); the sentences are written for these tests in the shape of a class-action
report, not copied from a gold story.
"""

from __future__ import annotations

import pytest

from newsprism.compare.bounds import bounds_differ, upper_bound
from newsprism.compare.count_holders import count_holder
from newsprism.extract.claims import parse_quantities
from newsprism.extract.nlp import load_nlp
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


@pytest.mark.parametrize(("sentence", "counted", "holder"), [
    ("The judges doubted a lawsuit involving as many as 2.5 million workers.", "workers",
     "lawsuit"),
    ("The judges doubted the lawsuit that covers 2.5 million workers.", "workers", "lawsuit"),
    ("A group of 500 doctors signed the letter.", "doctors", "group"),
    ("Acme hired 500 doctors last year.", "doctors", None),
])  # fmt: skip
def test_a_count_is_held_by_the_noun_it_describes(nlp, sentence: str, counted: str,
                                                  holder: str | None) -> None:  # fmt: skip
    doc = nlp(sentence)
    [noun] = [t for t in doc if t.text == counted]
    assert count_holder(noun) == holder


def _quantity(text: str):  # type: ignore[no-untyped-def]
    [q] = parse_quantities(text)
    return q


def test_two_upper_bounds_naming_different_figures_differ() -> None:
    a = "a lawsuit involving as many as 1.5 million women"
    b = "a lawsuit on behalf of up to 1.6 million women"
    assert upper_bound(_quantity(a), a) and upper_bound(_quantity(b), b)
    assert bounds_differ(_quantity(a), a, _quantity(b), b)


@pytest.mark.parametrize(("a", "b"), [
    ("a lawsuit that covers 1.5 million women", "a lawsuit on behalf of up to 1.6 million women"),
    ("more than 1,000 people died", "more than 2,000 people died"),
    ("as many as 1.5 million women", "up to 1.5 million women"),
    ("as many as 1.5 million women", "up to 1.52 million women"),
])  # fmt: skip
def test_a_bound_against_a_plain_figure_or_lower_bounds_do_not_differ(a: str, b: str) -> None:
    assert not bounds_differ(_quantity(a), a, _quantity(b), b)


def test_two_sizes_of_one_lawsuit_without_a_named_subject_are_a_number_conflict() -> None:
    report = compare_texts(
        "Several justices voiced doubts on Tuesday about how courts could manage a lawsuit "
        "involving as many as 2.5 million workers seeking back pay from Acme Stores.",
        "The Supreme Court appeared ready on Tuesday to block a massive pay discrimination "
        "lawsuit against Acme Stores on behalf of up to 2.8 million workers.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "number"
    assert values_of(conflict) == {"2.5 million", "up to 2.8 million"}


def test_counts_held_by_two_different_nouns_are_no_conflict() -> None:
    report = compare_texts(
        "Several justices voiced doubts on Tuesday about how courts could manage a lawsuit "
        "involving as many as 2.5 million workers seeking back pay from Acme Stores.",
        "The Supreme Court heard on Tuesday a union's survey of as many as 2.8 million "
        "workers seeking back pay from Acme Stores.",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "number"] == []


def test_an_average_over_years_is_no_conflict_with_one_years_figure() -> None:
    report = compare_texts(
        "Next year's cost-of-living adjustment for retirees will be 4.8%, the Social "
        "Security Administration said Wednesday.",
        "The Social Security Administration said Wednesday that next year's "
        "cost-of-living adjustment will be 4.8%, after adjustments averaging just 1.4% a "
        "year over the past decade.",
        "The cost-of-living adjustment was 2.1% a year ago, and adjustments averaging "
        "just 1.4% a year over the past decade left retirees behind.",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "number"] == []


def test_a_dotted_state_after_a_name_is_no_party() -> None:
    report = compare_texts(
        "The Democrats, led by Sens. Sheldon Whitehouse\u00a0(R.I.) and Chris Coons (Del.), "
        "wrote a letter to the FBI director on Wednesday.",
        "In a letter to Sens. Sheldon Whitehouse, D-R.I., and Chris Coons, D-Del., the "
        "FBI acknowledged on Thursday that it conducted only 10 more interviews.",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "label"] == []


def test_a_republican_tag_against_a_democratic_one_is_still_a_label_conflict() -> None:
    report = compare_texts(
        "Sen. Sheldon Whitehouse (R-R.I.) wrote a letter to the FBI director on Wednesday.",
        "Sen. Sheldon Whitehouse (D-R.I.) wrote a letter to the FBI director on Wednesday.",
    )
    assert [values_of(c) for c in conflicts_of(report) if c["kind"] == "label"] == [
        {"(R-R.I.)", "(D-R.I.)"}]
