"""Session 32 (issue 14): lexicon 1.2.0's verbs of scolding and ridicule (criticism
verbs "scolded", "mocked"). Sentences written for the test, through the real parse and
the packaged lexicon; the noun and adjective uses ("a mock election", "a scolding")
are not flagged."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, load_lexicon


def _terms(text: str) -> dict[str, list[str]]:
    return {t.term: [s.text for s in t.spans] for t in frame_text(text, detector=False).terms}


@pytest.mark.parametrize(("text", "term", "word"), [
    ("The chairwoman berated the contractors for the delays.", "scolded", "berated"),
    ("The editorial castigated the board over the budget.", "scolded", "castigated"),
    ("The host ridiculed the mayor's plan on air.", "mocked", "ridiculed"),
    ("The columnist derided the council's parking plan.", "mocked", "derided"),
])
def test_a_verb_of_scolding_or_ridicule_is_a_criticism_verb(text: str, term: str,
                                                           word: str) -> None:
    terms = _terms(text)
    assert terms.get(term) == [word]
    assert next(t for t in load_lexicon().terms if t.term == term).category == "criticism-verb"


@pytest.mark.parametrize("text", [
    "The students held a mock election in the gym.",
    "The comedian's mockery of the rules drew laughs.",
    "The teacher gave the class a scolding.",
    "The crowd booed and jeered the visiting team.",
])
def test_other_uses_are_not_flagged(text: str) -> None:
    assert not {"scolded", "mocked"} & _terms(text).keys()
