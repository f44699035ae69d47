"""Entity rows, session 31 (i12-entities15): a name the tagger typed ORG is a person
when a person's title stands before it, or a verb of saying follows it and its surname
is tagged a person elsewhere in the story. Sentences written for the tests (not the
gold's), with guards: companies that say things, organisation head words."""

from __future__ import annotations

from newsprism.extract.person_cues import people_typed_org
from newsprism.models import Mention
from tests.extract.test_place_heads import _m, _rows


def _org(text: str, whole: str) -> Mention:
    return _m(text, whole, "ORG")


def test_name_after_a_persons_title_is_a_person() -> None:
    text = "Ambassador Linda Greenfield met the council on Monday."
    mentions = {"a": [_org("Linda Greenfield", text)]}
    people_typed_org(mentions, {"a": text})
    assert mentions["a"][0].label == "PERSON"


def test_saying_with_the_surname_a_person_elsewhere_makes_a_person() -> None:
    one, two = "Tariq Nasheed said the ruling was wrong.", "Later, Nasheed apologised."
    mentions = {"a": [_org("Tariq Nasheed", one)], "b": [_m("Nasheed", two, "PERSON", "b")]}
    people_typed_org(mentions, {"a": one, "b": two})
    assert mentions["a"][0].label == "PERSON"


def test_a_company_that_says_something_stays_an_org() -> None:
    text = "Morgan Stanley said it would cut jobs, and Stanley later told staff he agreed."
    mentions = {"a": [_org("Morgan Stanley", text)]}
    people_typed_org(mentions, {"a": text})  # "Stanley" here is no PERSON mention
    assert mentions["a"][0].label == "ORG"


def test_org_head_word_or_party_word_keeps_an_org() -> None:
    text = "Democratic Haven Coalition, said organisers, and Chairman Dolores Fund spoke."
    mentions = {"a": [_org("Haven Coalition", text), _org("Dolores Fund", text)]}
    people_typed_org(mentions, {"a": text})
    assert [m.label for m in mentions["a"]] == ["ORG", "ORG"]


def test_speaker_typed_org_joins_its_surname_through_the_linking() -> None:
    rows = _rows({"a": "Van Jones said the verdict was a relief. He added that Jones was moved."})
    assert rows.get("Van Jones", ("", []))[0] == "PERSON" and "Jones" not in rows
