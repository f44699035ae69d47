"""A holiday or observance name is an EVENT whatever the tagger calls it (session 25,
i12-entities8): MSNBC's column of NeuS raw row 331 ("a bill to recognize Juneteenth as a
federal holiday") gave a FAC row "Juneteenth". The list is data (``data/names.toml``,
``holidays``). Real parses (spaCy)."""

from __future__ import annotations

from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp

MSNBC = ("On Thursday, President Joe Biden signed into law a bill to recognize Juneteenth "
         "as a federal holiday.")
HANUKKAH = "Americans celebrate Thanksgiving and Christmas, and Hanukkah."
ISLAND = "Tourists flew to Christmas Island on Monday."


def _labels(text: str) -> dict[str, str]:
    return {m.text: m.label for m in find_mentions(load_nlp()(text), "a")}


def test_juneteenth_is_an_event_not_a_facility() -> None:
    doc = load_nlp()(MSNBC)
    assert ("Juneteenth", "FAC") in [(e.text, e.label_) for e in doc.ents]  # the tagger's
    labels = _labels(MSNBC)
    assert labels["Juneteenth"] == "EVENT"
    assert labels["Joe Biden"] == "PERSON"


def test_a_holiday_tagged_organisation_is_an_event() -> None:
    assert _labels(HANUKKAH)["Hanukkah"] == "EVENT"


def test_a_longer_name_holding_a_holiday_keeps_its_type() -> None:
    labels = _labels(ISLAND)
    assert "Christmas Island" in labels
    assert labels["Christmas Island"] == "LOC"
