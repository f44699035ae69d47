"""A person's key drops a name suffix (issue 12, session 19; docs/compare.md,
"Conflicts"): "Joseph R. Biden Jr." is "biden", not "jr".

Before, every "… Jr." was the one subject "jr", so two different people's votes on two
days read as one act dated twice, and a reader saw "the day of “met” (Jr)". Each test
runs the whole ``analyze_story`` on real parses.
"""

from __future__ import annotations

import pytest

from newsprism.compare.frames import name_key
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


@pytest.mark.parametrize(("name", "key"), [
    ("Joseph R. Biden Jr.", "biden"), ("Martin Luther King, Jr.", "king"),
    ("Henry Ford III", "ford"), ("Grimm's", "grimm"), ("Jr.", "jr"), ("Grimm", "grimm"),
])  # fmt: skip
def test_name_key_drops_a_suffix(name: str, key: str) -> None:
    assert name_key(name) == key


def test_one_persons_act_on_two_days_names_the_person_not_the_suffix() -> None:
    report = compare_texts(
        "Vice President Joseph R. Biden Jr. met with the governors at the White House on "
        "Monday.",
        "Vice President Biden met with the governors at the White House on Tuesday.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "date" and values_of(conflict) == {"Monday", "Tuesday"}
    assert "Biden" in conflict["about"] and "Jr" not in conflict["about"]


@pytest.mark.parametrize(("first", "second"), [
    ("Senator Robert Casey Jr. voted against the measure on Monday.",
     "Senator Lincoln Chafee Jr. voted against the measure on Tuesday."),
    ("Robert F. Kennedy Jr. met with the governors at the White House on Monday.",
     "Martin Luther King Jr. met with the governors at the White House on Tuesday."),
])  # fmt: skip
def test_two_people_with_a_suffix_are_two_subjects(first: str, second: str) -> None:
    """Listed as a date conflict of "Jr" before."""
    assert conflicts_of(compare_texts(first, second)) == []
