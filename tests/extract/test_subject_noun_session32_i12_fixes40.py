"""An "-s" speech word the tagger read as a verb that heads the subject is no cue
(extract/quotes/subject_noun.py): "Farmer demands for “fair prices” have grown" is no
quote of "Farmer". Real parses; a real verb keeps its quote."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", [
    "Farmer demands for “fair prices” have grown since the drought.",
    "Voter calls for “a clean count” went unanswered.",
    "Driver demands for “fair pay” dominated the strike.",
])
def test_a_noun_heading_the_subject_is_no_cue(nlp, text):
    assert extract_quotes(nlp(text)) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Smith claims the vote was “rigged from the start,” and his allies agree.", "Smith"),
    ("“Who is paying for this?” the veteran senator demands.", None),
])
def test_a_verb_keeps_its_quote(nlp, text, speaker):
    quotes = extract_quotes(nlp(text))
    assert len(quotes) == 1
    assert quotes[0].cue in ("claims", "demands")
    if speaker is not None:
        assert quotes[0].speaker == speaker
