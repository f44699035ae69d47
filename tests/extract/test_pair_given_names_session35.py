"""A given name that shares the surname after it ("Ruth and Oscar Lindqvist": Ruth
Lindqvist) is that person, not a row of a first name alone (extract/pair_given_names.py,
session 35). Sentences written for the tests, unlike the stories'."""

from __future__ import annotations

from newsprism.extract.pair_given_names import give_pair_surnames
from tests.extract.test_place_heads import _m, _rows


def _given(text: str, first: str, *others: tuple[str, str]) -> list[str]:
    mentions = {"a": [_m(first, text, "PERSON"), *(_m(t, text, lab) for t, lab in others)]}
    give_pair_surnames(mentions, {"a": text})
    return [m.text for m in mentions["a"]]


def test_the_first_of_a_couple_takes_the_shared_surname() -> None:
    assert _given("Ruth and Oscar Lindqvist sold the farm.", "Ruth",
                  ("Oscar Lindqvist", "PERSON")) == ["Ruth Lindqvist", "Oscar Lindqvist"]
    assert _given("Ruth & Oscar O'Hara's barn burned.", "Ruth") == ["Ruth O'Hara"]


def test_a_body_a_surname_and_a_non_given_first_word_are_left() -> None:
    assert _given("Ruth and Oscar Lindqvist Trust gave money.", "Ruth") == ["Ruth"]
    assert _given("Tanaka and Oscar Lindqvist met.", "Tanaka") == ["Tanaka"]
    text = "Ruth and Oscar Lindqvist spoke; Adele Ruth agreed."
    assert _given(text, "Ruth", ("Adele Ruth", "PERSON")) == ["Ruth", "Adele Ruth"]


def test_a_given_name_the_story_gives_to_someone_else_stays() -> None:
    text = "Ruth and Oscar Lindqvist sat in the front row. Ruth Olsen spoke first."
    assert _given(text, "Ruth", ("Ruth Olsen", "PERSON"),
                  ("Oscar Lindqvist", "PERSON"))[0] == "Ruth"
    text = "Ruth and Oscar Lindqvist sat in the front row. Ruth Lindqvist spoke first."
    assert _given(text, "Ruth", ("Ruth Lindqvist", "PERSON"))[0] == "Ruth Lindqvist"


def test_no_first_name_row_through_the_real_parse_and_linker() -> None:
    rows = _rows({"a": "Ruth and Oscar Lindqvist announced on Tuesday that they would sell "
                       "their orchard in Uppsala."})
    assert "Ruth" not in rows  # main had a row "Ruth"
    assert rows["Ruth Lindqvist"] == ("PERSON", ["Ruth Lindqvist"])
    assert rows["Oscar Lindqvist"][0] == "PERSON"
