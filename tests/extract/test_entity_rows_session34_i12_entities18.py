"""Entity rows, session 34 (i12-entities18): a bill's number is no name; a surname two
people share ("Ruth and Oscar Lindqvist") joins neither; a body named after both
("the Ruth and Oscar Lindqvist Trust") is one name. Sentences
written for the tests (not the gold's), with guards for each rule."""

from __future__ import annotations

from newsprism.extract.bill_numbers import bill_spans, drop_bill_numbers
from newsprism.extract.given_pair_bodies import join_given_pairs
from newsprism.extract.shared_surnames import shared_surnames
from tests.extract.test_place_heads import _m, _rows


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in bill_spans(text)]


def test_a_chamber_number_is_a_bill() -> None:
    text = ("Members backed H.R. 812 and H. Res. 77, and the Senate took up S. 2093, "
            "S. Con. Res. 3 and H.J.Res. 9 before HR 55 came up.")
    assert _spans(text) == ["H.R. 812", "H. Res. 77", "S. 2093", "S. Con. Res. 3",
                            "H.J.Res. 9", "HR 55"]


def test_initials_a_country_and_a_score_are_no_bill() -> None:
    assert _spans("H. Smith met S. Africa's envoy after the U.S. 2-1 win over Res Publica.") == []
    assert _spans("The HRC and the SR-71 flew.") == []


def test_a_mention_inside_a_bill_number_is_dropped_and_others_kept() -> None:
    text = "Walsh voted for H. Res. 410 in Albany."
    mentions = {"a": [_m("Walsh", text, "PERSON"), _m("H. Res", text, "PERSON"),
                      _m("Albany", text, "GPE")]}
    drop_bill_numbers(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Walsh", "Albany"]


def test_no_bill_row_through_the_real_parse_and_linker() -> None:
    rows = _rows({"a": "Lawmakers in Helena passed S. Con. Res. 22 and H. Res. 415 on Friday, "
                       "said Gov. Dana Whitfield."})
    assert not any(n.startswith(("S. Con", "H. Res", "Res")) for n in rows), rows
    assert "Dana Whitfield" in rows


def test_two_given_names_before_one_surname_share_it() -> None:
    texts = {"a": "Ruth and Oscar Lindqvist sold the farm.", "b": "Bell and Carol Hart met."}
    assert shared_surnames(texts, {}) == {"lindqvist"}  # "Bell" is no given name


def test_a_first_word_the_story_writes_as_a_surname_is_that_person() -> None:
    text = "Senator Ann Warren spoke. Warren and Bernie Sanders left."
    from tests.extract.test_place_heads import _m as m
    mentions = {"a": [m("Ann Warren", text, "PERSON")]}
    assert shared_surnames({"a": text}, mentions) == frozenset()


def test_the_shared_surname_alone_joins_neither_person() -> None:
    rows = _rows({"a": "Ruth and Oscar Lindqvist sold the farm in Uppsala on Monday.",
                  "b": "Neighbours said the Lindqvists had farmed there for decades, and "
                       "Oscar Lindqvist thanked them. The Lindqvist family will move."})
    assert not any("Lindqvist" in aliases and name == "Oscar Lindqvist"
                   for name, (_t, aliases) in rows.items()), rows


def test_one_given_name_before_the_surname_still_joins() -> None:
    rows = _rows({"a": "Oscar Lindqvist sold the farm on Monday. Lindqvist said it was time."})
    assert rows["Oscar Lindqvist"][1] == ["Oscar Lindqvist", "Lindqvist"]


def _joined(text: str, org: str, person: str | None = None) -> list[str]:
    mentions = {"a": ([_m(person, text, "PERSON")] if person else []) + [_m(org, text, "ORG")]}
    join_given_pairs(mentions, {"a": text})
    return [m.text for m in mentions["a"]]


def test_a_body_named_after_two_given_names_is_one_name() -> None:
    text = "a grant from the Ruth and Oscar Lindqvist Trust last year"
    assert _joined(text, "Oscar Lindqvist Trust", "Ruth") == ["Ruth and Oscar Lindqvist Trust"]


def test_no_given_name_before_and_or_at_the_start_keeps_them_apart() -> None:
    text = "shares of Paris and Oscar Lindqvist Trust fell"  # "Paris": no given name here
    assert _joined(text, "Oscar Lindqvist Trust") == ["Oscar Lindqvist Trust"]
    text = "Ruth and Lindqvist Holdings Group signed"  # the body opens on no given name
    assert _joined(text, "Lindqvist Holdings Group") == ["Lindqvist Holdings Group"]
