"""Two people of one family with different middle initials stay two rows (session 34,
``extract/middle_names.py``); a name without a middle part, or the same middle written
out and initialled, still merges. Sentences written for the tests."""

from __future__ import annotations

from newsprism.extract.middle_names import middles_differ
from tests.extract.test_place_heads import _rows


def test_middles_that_disagree_are_two_people() -> None:
    assert middles_differ("George H. W.", "George W.")
    assert middles_differ("Mary Ann K.", "Mary J.")


def test_no_middle_or_the_same_middle_is_no_difference() -> None:
    assert not middles_differ("James R.", "James")
    assert not middles_differ("John F.", "John Fitzgerald")
    assert not middles_differ("Ana", "Ana")


def test_father_and_son_keep_two_rows_through_the_real_parse_and_linker() -> None:
    rows = _rows({"a": "Marsh advised President Calvin T. Ardley from 1990 to 1994 and "
                       "President Calvin R. T. Ardley from 2002 to 2006."})
    people = [name for name, (kind, _) in rows.items() if "Ardley" in name]
    assert sorted(people) == ["Calvin R. T. Ardley", "Calvin T. Ardley"]


def test_one_person_with_and_without_an_initial_is_still_one_row() -> None:
    rows = _rows({"a": "Senator Lorna J. Pettibone spoke on Monday. Lorna Pettibone later "
                       "voted against the measure."})
    people = [name for name in rows if "Pettibone" in name]
    assert len(people) == 1
