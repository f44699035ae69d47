"""Entity rows, session 33 (i12-entities17): a name that is half of an "X-era" /
"X-style" compound, a law's numbered part, and a body whose name has "and" inside and
was tagged by its last part. Sentences written for the tests (not the gold's), with
guards for each rule."""

from __future__ import annotations

from newsprism.extract.body_heads import extend_back_over_and_to_the
from newsprism.extract.era_compounds import drop_era_compounds, modifier_compound
from newsprism.extract.law_parts import drop_law_parts, law_part
from tests.extract.test_place_heads import _m, _rows


def _after(text: str, name: str) -> bool:
    return modifier_compound(text, text.index(name) + len(name))


def test_a_name_dating_or_likening_another_thing_is_a_modifier() -> None:
    assert _after("critics of the Reagan-era tax cuts", "Reagan")
    assert _after("a Politburo-style purge of the ranks", "Politburo")
    assert _after("a Lincoln–esque address", "Lincoln")  # en dash


def test_a_compound_naming_an_actor_or_a_plain_mention_stays() -> None:
    assert not _after("the Kremlin-backed militia fired", "Kremlin")
    assert not _after("a Denver-based lender", "Denver")
    assert not _after("Merkel said the era was over", "Merkel")
    assert not _after("the Reagan-eraser prank", "Reagan")  # no word boundary


def test_the_modifier_mention_is_dropped_and_others_kept() -> None:
    text = "Nixon-era files show that Haldeman knew."
    mentions = {"a": [_m("Nixon", text, "ORG"), _m("Haldeman", text, "PERSON")]}
    drop_era_compounds(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Haldeman"]


def test_a_modifier_of_a_person_the_story_names_joins_that_person() -> None:
    text = "Carter-era rules stand, and Jimmy Carter agreed."
    mentions = {"a": [_m("Carter", text, "ORG"), _m("Jimmy Carter", text, "PERSON")]}
    drop_era_compounds(mentions, {"a": text})
    assert [(m.text, m.label) for m in mentions["a"]] == [("Carter", "PERSON"),
                                                          ("Jimmy Carter", "PERSON")]


def test_a_modifier_of_a_group_the_story_names_keeps_its_type() -> None:
    text = "Habsburg-era palaces; the Habsburg court fell."
    mentions = {"a": [_m("Habsburg", text, "ORG"), _m("Habsburg court", text, "NORP")],
                "b": [_m("Habsburg", "the Habsburg line", "NORP")]}
    drop_era_compounds(mentions, {"a": text, "b": "the Habsburg line"})
    assert [(m.text, m.label) for m in mentions["a"]] == [("Habsburg", "NORP"),
                                                          ("Habsburg court", "NORP")]


def test_a_numbered_part_of_a_law_is_no_name() -> None:
    for name in ("Title VII", "Section 230", "Article 50", "Chapter 11", "Section 8(b)"):
        assert law_part(name), name
    for name in ("Title Nine Partners", "Section Records", "Chapter House", "Article",
                 "title 9", "Sectional 230"):
        assert not law_part(name), name


def test_law_parts_are_dropped_from_every_report() -> None:
    mentions = {"a": [_m("Title VII", "under Title VII", "ORG"), _m("Acme", "Acme", "ORG")],
                "b": [_m("Article 50", "Article 50", "LAW")]}
    drop_law_parts(mentions)
    assert [m.text for ms in mentions.values() for m in ms] == ["Acme"]


def _back(text: str, name: str, others: tuple[str, ...] = ()) -> str:
    mentions = {"a": [_m(name, text, "ORG"), *(_m(o, text, "ORG") for o in others)]}
    extend_back_over_and_to_the(mentions, {"a": text})
    return mentions["a"][0].text


def test_a_body_named_for_two_things_takes_its_first_part_back() -> None:
    text = "She chairs the Assembly Ways and Means Committee in Albany."
    assert _back(text, "Means Committee") == "Assembly Ways and Means Committee"
    text = "the Senate Energy and Natural Resources Committee voted"
    assert _back(text, "Natural Resources Committee") == (
        "Senate Energy and Natural Resources Committee")


def test_no_the_no_head_or_a_mention_inside_leaves_it() -> None:
    assert _back("Lopez and Rules Committee members met", "Rules Committee") == "Rules Committee"
    assert _back("the Smith and Jones Partners", "Jones Partners") == "Jones Partners"
    text = "the Reuters and Budget Board"
    assert _back(text, "Budget Board", others=("Reuters",)) == "Budget Board"


def test_a_story_shows_the_whole_body_and_no_era_or_law_row() -> None:
    rows = _rows({"a": "Members of the House Ways and Means Committee questioned the plan, "
                       "a rollback of an Obama-era rule under Title VII of the law."})
    assert "Means Committee" not in rows
    assert "Title VII" not in rows
    assert all(kind != "ORG" for name, (kind, _) in rows.items() if name == "Obama")
