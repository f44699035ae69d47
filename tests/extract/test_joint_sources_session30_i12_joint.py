"""Session 30 (i12-joint): outlets cited together after "according to" speak together
(:mod:`newsprism.extract.quotes.joint_sources`), and a verb of showing or saying that
is only expected is no statement (:mod:`newsprism.extract.quotes.forecast`). Real parses,
sentences unlike the NeuS rows the kinds were found on."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.forecast import forecast
from tests.extract.quote_helpers import quotes_of


def _according(text: str):
    hits = [q for q in quotes_of(text) if q.cue.lower().startswith("according to")]
    assert len(hits) == 1, [(q.cue, q.text[:40]) for q in quotes_of(text)]
    return hits[0]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The mayor will resign next month, according to Reuters and Bloomberg.",
     "Reuters and Bloomberg"),
    ("According to Axios and Semafor, the governor has hired a new campaign manager.",
     "Axios and Semafor"),
])  # fmt: skip
def test_outlets_cited_together_are_one_joint_speaker(text: str, speaker: str) -> None:
    assert _according(text).speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # one outlet: unchanged
    ("The mayor will resign next month, according to Reuters.", "Reuters"),
    # "or" says which one might have: no joint account, the first as before
    ("The mayor will resign next month, according to Reuters or Bloomberg.", "Reuters"),
])  # fmt: skip
def test_a_single_or_alternative_source_is_no_joint_account(text: str, speaker: str) -> None:
    assert _according(text).speaker == speaker


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Economists expect the survey to show that hiring slowed in March.", "show"),
    ("The agency is expected to announce that the plant will close.", "announce"),
    ("Analysts anticipate the audit to find that funds were misspent.", "find"),
])  # fmt: skip
def test_a_verb_under_expecting_is_a_forecast(sentence: str, verb: str) -> None:
    doc = load_nlp()(sentence)
    assert forecast(next(t for t in doc if t.lower_ == verb))


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The survey shows that hiring slowed in March.", "shows"),
    ("The agency announced that the plant will close.", "announced"),
    ("Officials want to say that the plant will close.", "say"),  # wanting is no forecast
])  # fmt: skip
def test_a_verb_not_under_expecting_is_no_forecast(sentence: str, verb: str) -> None:
    doc = load_nlp()(sentence)
    assert not forecast(next(t for t in doc if t.lower_ == verb))


def test_a_forecast_gives_no_quote_and_a_shown_record_still_does() -> None:
    expected = "Economists expect the survey to show that hiring slowed sharply in March."
    assert not [q for q in quotes_of(expected) if "hiring slowed" in q.text]
    shown = "The survey showed that hiring slowed sharply in March, the agency said."
    assert [q for q in quotes_of(shown) if "hiring slowed" in q.text]
