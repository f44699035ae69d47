"""A title abbreviation before a name ends no sentence (extract/nlp.py
``newsprism_titles``): "Pelosi named Reps. Liz Cheney and Adam Kinzinger" was cut after
"Reps.", so its claim, a quote's cue and a summary line were fragments. Real parses."""

from __future__ import annotations

import pytest

from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("title", ["Reps.", "Sens.", "Sgt.", "Capt.", "Atty.", "Supt."])
def test_no_sentence_starts_at_the_name_after_a_title(nlp, title):
    doc = nlp(f"Pelosi named {title} Liz Cheney and Adam Kinzinger to the panel. They agreed.")
    sentences = [s.text for s in doc.sents]
    assert sentences == [f"Pelosi named {title} Liz Cheney and Adam Kinzinger to the panel.",
                         "They agreed."]


@pytest.mark.parametrize("text", [
    "Prominent Republicans are calling for Ariz. Gov. Jan Brewer to veto the bill.",
    "The report was released Thursday by N.Y. Attorney General Letitia James.",
    "Former Va. Sen. John Warner died at 94.",
])
def test_no_sentence_starts_at_a_title_after_a_state_abbreviation(nlp, text):
    doc = nlp(f"{text} She has not said.")
    assert [s.text for s in doc.sents] == [text, "She has not said."]


def test_a_sentence_still_ends_at_a_state_abbreviation_before_other_words(nlp):
    doc = nlp("The senator lives in Conn. Voters there like him.")
    assert [s.text for s in doc.sents] == ["The senator lives in Conn.", "Voters there like him."]


def test_a_sentence_may_still_end_after_jr(nlp):
    doc = nlp("The speech was given by Martin Luther King Jr. He spoke for an hour.")
    assert len(list(doc.sents)) == 2


def test_a_paragraph_break_after_a_title_still_starts_a_sentence(nlp):
    doc = nlp("A list of ranks: Sgt.\nOfficers spoke next.")
    assert [s.text.strip() for s in doc.sents][-1] == "Officers spoke next."


def test_the_name_after_a_plural_title_is_a_person_without_the_title(nlp):
    doc = nlp("Pelosi named Reps. Liz Cheney and Adam Kinzinger. Atty. Gen. Merrick Garland spoke.")
    names = {(m.text, m.label) for m in find_mentions(doc, "a")}
    assert ("Liz Cheney", "PERSON") in names and ("Merrick Garland", "PERSON") in names
    assert not any(text in ("Reps", "Atty", "Reps. Liz Cheney") for text, _ in names)


def test_claim_and_quote_keep_the_whole_sentence(nlp):
    text = ('"We will get to the truth," said Sgt. Aquilino Gonell, who was injured on '
            "Jan. 6.\n\nPelosi named Reps. Liz Cheney and Adam Kinzinger to the committee.")
    doc = nlp(text)
    claims = [c.text for c in extract_claims(doc, "a", find_mentions(doc, "a"))]
    assert "Pelosi named Reps. Liz Cheney and Adam Kinzinger to the committee." in claims
    quotes = extract_quotes(doc)
    assert any("Gonell" in (q.speaker or "") for q in quotes)
