"""A rank adjective that opens a sentence is no part of the body's name (session 25,
i12-entities8): Politico's report of NeuS raw row 345 opens "Top Justice Department
officials derisively dismissed …", and the tagger's ORG "Top Justice Department" stood
as a row apart from the Justice Department. Real parses (spaCy)."""

from __future__ import annotations

from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp

POLITICO = ("Top Justice Department officials derisively dismissed a series of last-ditch "
            "efforts by then-President Donald Trump’s aides and emissaries to get DOJ "
            "lawyers and the FBI to investigate outlandish election conspiracy theories.")
# The whole form written capitalised after a lower-case word: part of the name.
WRITTEN = ("Top Justice Department officials met on Friday. The memo went to the "
           "Top Justice Department office first.")
PLACE = "Key West officials closed the beaches on Friday."


def _names(text: str) -> list[str]:
    return [m.text for m in find_mentions(load_nlp()(text), "a")]


def test_a_sentence_opening_adjective_leaves_the_department() -> None:
    doc = load_nlp()(POLITICO)
    assert ("Top Justice Department", "ORG") in [(e.text, e.label_) for e in doc.ents]
    names = _names(POLITICO)
    assert "Justice Department" in names
    assert "Top Justice Department" not in names
    assert "Donald Trump" in names


def test_a_form_written_mid_sentence_keeps_the_adjective() -> None:
    assert _names(WRITTEN).count("Top Justice Department") == 2


def test_a_place_keeps_its_first_word() -> None:
    assert _names(PLACE) == ["Key West"]
