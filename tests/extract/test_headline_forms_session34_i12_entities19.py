"""A headline's own form of a body row (session 34, i12-entities19).

Stories and names written for the tests (not the gold's): the real parse, linker and
headline step for the story cases; :func:`owner_of` on rows for each reading and the
cases it refuses."""

from __future__ import annotations

from newsprism.extract.headline_forms import attach_headline_forms, label_headlines, owner_of
from newsprism.models import Entity, Mention
from newsprism.report._shared import headline_aliases
from newsprism.report.framing_view import label_choice_view
from tests.extract.test_headline_names_session34_i12_entities18 import _rows


def _row(eid: str, name: str, kind: str, *aliases: str) -> Entity:
    return Entity(id=eid, name=name, type=kind, aliases=[name, *aliases])


def test_an_acronym_in_a_headline_joins_the_body_name_it_spells() -> None:
    rows = _rows(("DOT fines a regional airline over refunds",
                  "The Transportation Department fined Skyline Air on Thursday for "
                  "holding back refunds, Karen Whitfield said."),
                 ("Skyline Air fined", "Skyline Air must pay the Transportation "
                  "Department a fine, Karen Whitfield said."))
    (dept,) = [e for e in rows if e.name.endswith("Transportation Department")]
    assert dept.headline_forms == {"a0": ["DOT"]}
    assert "DOT" not in dept.aliases  # speakers and claims read aliases: unchanged
    assert dept.as_dict()["headline_forms"] == {"a0": ["DOT"]}
    assert not any(e.headline_only for e in rows)  # one entity, not a second row
    assert all("headline_forms" not in e.as_dict() for e in rows if e is not dept)


def test_a_state_abbreviation_and_a_party_nickname_join_their_body_rows() -> None:
    rows = _rows(("GOP lawmakers in Tenn. back the toll plan",
                  "Republicans in Tennessee backed the toll plan on Monday."),
                 ("Toll plan advances", "The plan now goes to Tennessee's senate."))
    forms = {e.name: e.headline_forms for e in rows if e.headline_forms}
    assert forms == {"Republicans": {"a0": ["GOP"]}, "Tennessee": {"a0": ["Tenn"]}}


def test_a_surname_two_body_people_share_joins_neither() -> None:
    rows = _rows(("Castro brothers feud over the farm",
                  "Raul Castro and Fidel Castro argued about the farm for years."),)
    assert not any(e.headline_forms for e in rows)


def test_a_form_some_body_writes_is_left_to_the_body() -> None:
    rows = _rows(("NTSB opens a probe into the derailment",
                  "The National Transportation Safety Board sent a team on Sunday."),
                 ("Derailment probe", "NTSB investigators reached the site at dawn."))
    assert not any(e.headline_forms for e in rows)


def test_owner_of_reads_each_kind_and_refuses_two_claimants() -> None:
    edsel = _row("E1", "Edsel Ford", "PERSON")
    trust = _row("E2", "Ford Trust", "ORG")
    assert owner_of("Ford", [edsel]) is edsel
    assert owner_of("Ford", [edsel, trust]) is None  # the word names a body too
    bureau = _row("E3", "Weather Bureau", "ORG", "the Weather Bureau")
    assert owner_of("WB", [bureau]) is bureau
    assert owner_of("WB", [bureau, _row("E4", "World Bank", "ORG")]) is None
    yacht = _row("E5", "New York Yacht Club", "ORG")
    assert owner_of("NYC", [yacht]) is None  # not its exact initials: a skipped word
    assert owner_of("WB", [_row("E6", "Walter Brennan", "PERSON")]) is None  # a person


def test_a_form_already_among_the_aliases_adds_nothing() -> None:
    bureau = _row("E1", "Weather Bureau", "ORG", "the Weather Bureau")
    joined = attach_headline_forms(
        [Mention("a0", 0, "WEATHER BUREAU", "ORG", 0, 14, "H1"),
         Mention("a1", 0, "WB", "ORG", 0, 2, "H2")],
        [bureau], ["The bureau warned of frost."])
    assert bureau.headline_forms == {"a1": ["WB"]}
    assert joined == {"H1", "H2"}  # both are the row: neither is a headline-only row


def test_the_label_table_shows_a_headline_form_in_its_outlets_column() -> None:
    bureau = _row("E1", "Weather Bureau", "ORG")
    bureau.headline_forms = {"a1": ["WB"]}
    plain = _row("E2", "Lena Marsh", "PERSON")
    label = {"text": "the bureau", "count": 2, "descriptors": ["bureau"]}
    choice = {"entities": [
        {"entity_id": "E1", "name": "Weather Bureau", "type": "ORG",
         "outlets": {"a0": [label], "a1": [label]}},
        {"entity_id": "E2", "name": "Lena Marsh", "type": "PERSON",
         "outlets": {"a0": [label], "a1": [label]}}], "terms": []}
    label_headlines(choice, [bureau, plain])
    assert choice["entities"][0]["headlines"] == {"a1": ["WB"]}
    assert "headlines" not in choice["entities"][1]
    view = label_choice_view({"label_choice": choice}, [{"id": "a0"}, {"id": "a1"}],
                             ["Outlet A", "Outlet B"])
    first, second = view["entities"][0]["cells"]
    assert [c["text"] for c in first] == ["the bureau"]
    assert [(c["text"], c.get("headline", False)) for c in second] == [
        ("the bureau", False), ("WB", True)]


def test_the_entity_table_lists_headline_forms_once_and_marked() -> None:
    row = {"name": "Weather Bureau", "headline_forms": {"a0": ["WB"], "a1": ["WB", "W.B."]}}
    assert headline_aliases(row) == ["WB (in a headline)", "W.B. (in a headline)"]
    assert headline_aliases({"name": "Lena Marsh"}) == []
