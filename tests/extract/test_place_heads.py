"""Entity rows, session 31 (i12-entities15): a place written with and without its type
word is one row, the country of a lower-case "… war –" is the country, and a state in
brackets after a person is that person's label. Sentences written for the tests (not
the gold's), read by the real parser and the real linking, each with a guard case."""

from __future__ import annotations

from newsprism.extract.entities import link_entities
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.place_heads import (
    cut_event_places,
    drop_bracket_states,
    merge_place_heads,
)
from newsprism.models import Mention


def _rows(texts: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in texts.items()}
    return {e.name: (e.type, e.aliases) for e in link_entities(mentions, texts).entities}


def _m(text: str, whole: str, label: str, article: str = "a") -> Mention:
    start = whole.index(text)
    return Mention(article, 0, text, label, start, start + len(text))


def test_place_and_its_territory_word_are_one_row_when_two_reports_use_the_long_form() -> None:
    other = {("NAME", "sinai peninsula"): [_m("Sinai Peninsula", "Sinai Peninsula", "LOC", "a"),
                                           _m("Sinai Peninsula", "Sinai Peninsula", "LOC", "b")],
             ("NAME", "sinai"): [_m("Sinai", "Sinai", "GPE", "b")],
             ("NAME", "egypt"): [_m("Egypt", "Egypt", "GPE", "a")]}
    merge_place_heads(other)
    assert sorted(k[1] for k in other) == ["egypt", "sinai peninsula"]
    assert [m.text for m in other[("NAME", "sinai peninsula")]][-1] == "Sinai"


def test_one_report_long_form_does_not_take_the_city() -> None:
    # a district written once ("the Reno Strip") must not swallow the city
    other = {("NAME", "reno strip"): [_m("Reno Strip", "Reno Strip", "GPE", "a")],
             ("NAME", "reno"): [_m("Reno", "Reno", "GPE", "a"), _m("Reno", "Reno", "GPE", "b")]}
    merge_place_heads(other)
    assert sorted(k[1] for k in other) == ["reno", "reno strip"]


def test_an_organisation_is_not_merged_into_a_place() -> None:
    other = {("NAME", "golan heights"): [_m("Golan Heights", "Golan Heights", "GPE", "a"),
                                         _m("Golan Heights", "Golan Heights", "GPE", "b")],
             ("NAME", "golan"): [_m("Golan", "Golan", "ORG", "a")]}
    merge_place_heads(other)
    assert ("NAME", "golan") in other


def test_strip_and_short_form_merge_through_the_linking() -> None:
    rows = _rows({"a": "Airstrikes hit the Gaza Strip overnight. Power in Gaza failed.",
                  "b": "Aid convoys waited at the edge of the Gaza Strip on Friday."})
    gaza = [name for name in rows if "Gaza" in name]
    assert gaza == ["Gaza Strip"] and "Gaza" in rows["Gaza Strip"][1]


def test_country_of_a_lower_case_war_with_a_dash_is_the_country() -> None:
    text = "He planned the Syria war – a bloody one – for years."
    mentions = {"a": [_m("Syria war –", text, "EVENT")]}
    cut_event_places(mentions)
    assert [(m.text, m.label) for m in mentions["a"]] == [("Syria", "GPE")]
    assert text[mentions["a"][0].start : mentions["a"][0].end] == "Syria"


def test_a_war_named_by_no_place_is_left() -> None:
    text = "Historians of the Cold war – and of the Gulf crisis – met."
    mentions = {"a": [_m("Cold war –", text, "EVENT"), _m("Gulf crisis –", text, "EVENT")]}
    cut_event_places(mentions)
    assert [m.text for m in mentions["a"]] == ["Cold war –", "Gulf crisis –"]


def test_a_capitalised_war_stays_an_event() -> None:
    text = "Veterans of the Korean War – now in their nineties – gathered."
    mentions = {"a": [_m("Korean War –", text, "EVENT")]}
    cut_event_places(mentions)
    assert mentions["a"][0].label == "EVENT"


def test_state_in_brackets_after_a_person_is_dropped() -> None:
    text = "Sen. Jon Tester (Mont.) voted no, and Tester said so in Helena."
    mentions = {"a": [_m("Jon Tester", text, "PERSON"), _m("Mont", text, "GPE"),
                      _m("Helena", text, "GPE")]}
    drop_bracket_states(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Jon Tester", "Helena"]


def test_bracketed_place_that_is_no_label_is_kept() -> None:
    text = "Flooding hit the capital (Ohio) and Jon Tester (who is from Montana) flew in."
    mentions = {"a": [_m("Ohio", text, "GPE"), _m("Jon Tester", text, "PERSON"),
                      _m("Montana", text, "GPE")]}
    drop_bracket_states(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Ohio", "Jon Tester", "Montana"]

