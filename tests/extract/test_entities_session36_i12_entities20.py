"""Session 36 (i12-entities20): entity rows a reader found wrong on NeuS raw rows."""

from __future__ import annotations

from newsprism.extract.body_heads import extend_back_over_and_to_the
from tests.extract.test_place_heads import _m, _rows


def _back(text: str, name: str, others: tuple[tuple[str, str], ...] = ()) -> list[str]:
    mentions = {"a": [*(_m(o, text, label) for o, label in others), _m(name, text, "ORG")]}
    extend_back_over_and_to_the(mentions, {"a": text})
    return [m.text for m in mentions["a"]]


def test_a_body_whose_first_part_opens_on_a_dotted_abbreviation_is_one_name() -> None:
    text = "Officials at the U.K. Health and Safety Board said on Monday"
    assert _back(text, "Safety Board", (("U.K. Health", "ORG"),)) == [
        "U.K. Health and Safety Board"]
    assert _back(text, "Safety Board", (("U.K.", "GPE"),)) == ["U.K. Health and Safety Board"]
    assert _back(text, "Safety Board") == ["U.K. Health and Safety Board"]


def test_another_mention_in_the_first_part_still_leaves_the_body() -> None:
    text = "a letter to the Reuters and Budget Board"
    assert _back(text, "Budget Board", (("Reuters", "ORG"),)) == ["Reuters", "Budget Board"]
    text = "Officials at the U.K. Health and Safety Board said"
    assert _back(text, "Safety Board", (("Health", "ORG"),)) == ["Health", "Safety Board"]


def test_a_story_shows_one_row_for_the_abbreviated_body() -> None:
    rows = _rows({"a": "The U.S. Olympic and Paralympic Committee (USOPC) said about 100 "
                       "athletes remain unvaccinated."})
    assert "Paralympic Committee" not in rows
    assert "U.S. Olympic" not in rows
    assert "U.S. Olympic and Paralympic Committee" in rows


def test_a_capitalised_adjective_before_a_common_noun_is_no_organisation() -> None:
    rows = _rows({"a": "It matches building the ports or the Transatlantic cable that "
                       "officials at the Pentagon praised."})
    assert "Transatlantic" not in rows
    assert "Pentagon" in rows


def test_a_body_before_a_common_noun_or_named_again_stays() -> None:
    rows = _rows({"a": "The Pentagon budget rose again, the Senate bill shows."})
    assert "Pentagon" in rows and "Senate" in rows


def test_a_body_s_czar_is_a_described_person_not_the_body() -> None:
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    doc = load_nlp()("The Harbor Authority drug czar told reporters on Monday that the port "
                     "would reopen soon.")
    speakers = [(q.speaker, q.resolved) for q in extract_quotes(doc)]
    assert speakers and all(s != "Harbor Authority" for s, _ in speakers), speakers
    assert speakers[0][1] == "description", speakers
