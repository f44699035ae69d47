"""Entity rows, session 39 (i12-entities39): a court case's name and a "person" the
tagger opened on a possessive are no rows; a lone head word ("the Court") joins the one
body of the story named with it. Sentences written for the tests (not the gold's), with
guards: a full name after a possessive, two bodies, a body opening on the head word."""

from __future__ import annotations

from newsprism.extract.case_names import case_name
from newsprism.extract.lone_heads import merge_lone_heads
from tests.extract.test_body_heads import _org_groups
from tests.extract.test_place_heads import _rows


def test_a_case_name_is_no_entity() -> None:
    assert case_name("Sanchez v. Mayorkas")
    assert case_name("Mahanoy Area School District v. B.L.")
    assert case_name("Smith vs. Jones")
    assert not case_name("Gov. Gavin Newsom")
    assert not case_name("Henry V. Jones")


def test_a_story_drops_the_case_row() -> None:
    rows = _rows({"a": "The judges weighed Alvarez v. Treadwell on Friday in Denver."})
    assert not any(" v. " in name for name in rows)
    assert "Denver" in rows


def test_a_person_opening_on_a_possessive_is_no_row() -> None:
    rows = _rows({"a": "Lawmakers rejected two of the Senate Majority Leader’s GOP nominees "
                       "on Tuesday, and the rioters reached the Speaker’s Lobby in the Capitol."})
    assert not any(name.startswith("s ") for name in rows)
    assert "Senate" in rows


def test_lone_head_joins_the_one_body() -> None:
    other = _org_groups("Supreme Court", "Court", "Congress")
    merge_lone_heads(other)
    assert sorted(k[1] for k in other) == ["congress", "supreme court"]
    assert len(other[("NAME", "supreme court")]) == 2


def test_lone_head_joins_the_body_with_and_without_its_country() -> None:
    other = _org_groups("Supreme Court", "U S Supreme Court", "Court")
    merge_lone_heads(other)
    assert ("NAME", "court") not in other


def test_two_bodies_or_a_body_opening_on_the_head_keep_it_apart() -> None:
    other = _org_groups("National Economic Council", "Security Council", "Council")
    merge_lone_heads(other)
    assert ("NAME", "council") in other
    other = _org_groups("Supreme Court", "Court of Appeals", "Court")
    merge_lone_heads(other)
    assert ("NAME", "court") in other
    other = _org_groups("White House", "House")  # "House" is no head word here
    merge_lone_heads(other)
    assert ("NAME", "house") in other


def test_a_story_shows_the_court_in_one_row() -> None:
    rows = _rows({"a": "The Supreme Court heard the appeal on Wednesday in Washington.",
                  "b": "Members of the Court from across the spectrum struggled with the "
                       "question on Wednesday."})
    assert "Court" not in rows
    assert "Court" in rows["Supreme Court"][1]


def test_a_body_named_for_a_day_keeps_the_day() -> None:
    rows = _rows({"a": "The move came a week after the formation of the January 6 Select "
                       "Committee.",
                  "b": "The House Jan. 6 Select Committee announced on Wednesday that it "
                       "seeks testimony."})
    assert "Select Committee" not in rows
    assert "January 6 Select Committee" in rows and "Jan. 6 Select Committee" in rows
