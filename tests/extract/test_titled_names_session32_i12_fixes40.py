"""A titled person whose surname is also a place keeps the surname
(extract/titled_names.py): the tagger reads "Gov. Tom Lebanon" as a PERSON "Tom" and
a country "Lebanon", and the speaker was shown as the country. Real parses."""

from __future__ import annotations

import pytest

from newsprism.extract.entities import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("title", ["Gov.", "Sen.", "Rep."])
def test_a_titled_name_ending_in_a_place_is_one_person(nlp, title):
    doc = nlp(f"“The plan will fail,” said {title} Tom Lebanon, a Democrat.")
    assert ("Tom Lebanon", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert [q.speaker for q in extract_quotes(doc)] == ["Tom Lebanon"]
    people = [m.text for m in find_mentions(doc, "a") if m.label == "PERSON"]
    assert people == ["Tom Lebanon"]
    assert not [m for m in find_mentions(doc, "a") if m.label == "GPE"]


def test_without_a_title_the_place_stays_a_place(nlp):
    doc = nlp("Officials told Tom Lebanon would act within a week.")
    labels = [(e.text, e.label_) for e in doc.ents]
    assert ("Tom Lebanon", "PERSON") not in labels


def test_a_place_apart_from_the_name_stays_a_place(nlp):
    doc = nlp("Sen. Lisa Marsh flew to Lebanon on Tuesday.")
    assert ("Lebanon", "GPE") in [(e.text, e.label_) for e in doc.ents]
