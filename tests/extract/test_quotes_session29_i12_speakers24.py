"""Session 29 (i12-speakers24): a participle on a document that someone denies, pushes
back on or follows ("denied a report claiming …") is the document's, not the reacting
subject's (extract/quotes/others_document.py), through the real parser; a document one
writes in stays the writer's."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _shortest(nlp, text: str, words: str) -> str | None:
    """The speaker of the shortest quote over ``words``, as the speaker golds score."""
    at = text.index(words)
    over = [q for q in extract_quotes(nlp(text)) if q.start <= at < q.end]
    assert over, f"no quote over {words!r}"
    return min(over, key=lambda q: q.end - q.start).speaker


def test_a_denied_report_is_not_the_deniers(nlp) -> None:
    text = "Officials denied a report claiming the agency had lost the files."
    assert _shortest(nlp, text, "the agency had lost") == "a report"


def test_pushed_back_on_a_report_is_not_the_pushers(nlp) -> None:
    text = ("The AARP pushed back Friday on a report claiming the nation's most powerful "
            "seniors lobby was dropping its opposition to benefits cuts.")
    assert _shortest(nlp, text, "the nation's most powerful") == "a report"


def test_after_a_report_is_not_the_main_subjects(nlp) -> None:
    text = "Shares fell sharply after a report saying the merger was off."
    assert _shortest(nlp, text, "the merger was off") == "a report"


def test_a_letter_one_writes_in_stays_the_writers(nlp) -> None:
    text = "Senator Jane Smith wrote in a letter saying the budget would collapse."
    assert _shortest(nlp, text, "the budget would collapse") == "Jane Smith"


def test_a_participle_set_off_by_a_comma_stays_the_subjects(nlp) -> None:
    text = "Senator Jane Smith denied the report, saying the claims were false."
    assert _shortest(nlp, text, "the claims were false") == "Jane Smith"
