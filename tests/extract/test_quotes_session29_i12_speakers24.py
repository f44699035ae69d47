"""Session 29 (i12-speakers24): a report that "says" relays what others said
(extract/quotes/report_says.py), through the real parser: words in marks that a named
person's speech verb in the report's content utters are that person's; the report's own
finding stays the report's."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes
from newsprism.extract.quotes.report_says import report_says


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _shortest(nlp, text: str, words: str) -> str | None:
    """The speaker of the shortest quote over ``words``, as the speaker golds score."""
    at = text.index(words)
    over = [q for q in extract_quotes(nlp(text)) if q.start <= at < q.end]
    assert over, f"no quote over {words!r}"
    return min(over, key=lambda q: q.end - q.start).speaker


def test_words_a_report_says_someone_called_are_theirs(nlp) -> None:
    text = ("Senator Joe Manchin called the bill “a fiscal disaster” during a closed "
            "meeting last week, a new report says.")
    assert _shortest(nlp, text, "a fiscal disaster") == "Joe Manchin"


def test_words_a_report_says_someone_praised_are_theirs(nlp) -> None:
    text = ("Senator Joe Manchin praised the “historic” deal in a private call, a new "
            "report says.")
    assert _shortest(nlp, text, "historic") == "Joe Manchin"


def test_the_report_keeps_its_own_finding(nlp) -> None:
    # no one in the content utters the marked words: they stay the report's
    text = ("The agency ignored “clear warning signs” for months before the collapse, "
            "a new report says.")
    assert _shortest(nlp, text, "clear warning signs") == "a new report"


def test_report_says_reads_the_subject_only(nlp) -> None:
    doc = nlp("A new report says the plan failed. Senator Joe Manchin says the plan failed.")
    verbs = [t for t in doc if t.lemma_ == "say"]
    assert [report_says(v) for v in verbs] == [True, False]
