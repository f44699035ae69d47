"""One rule for "is this word inside a quotation?" (compare/frames.py ``in_quotes``),
read by the pair profiles (a quote's negation is the speaker's words) and by the named
doers of conflicts (a quote's subject is no doer). Since session 19 it reads the marks
through the project's one finder (``marks.quoted_spans``). Real spaCy parses."""

from __future__ import annotations

import pytest

from newsprism.compare.frames import in_quotes
from newsprism.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_a_quote_continued_from_the_sentence_before(nlp):
    # a sentence that closes a mark it never opened continues an earlier quotation
    doc = nlp("\u201cWe will not stop. They will not be laughing,\u201d he said, and he left.")
    second = list(doc.sents)[-1]
    assert in_quotes(next(t for t in second if t.text == "They"))
    assert not any(in_quotes(t) for t in second if t.text == "he")


def test_an_opened_quote_runs_to_the_end_of_its_sentence(nlp):
    doc = nlp('Trump said, "I always take things seriously, but not like this.')
    assert in_quotes(_token(doc, "I"))
    assert not in_quotes(_token(doc, "Trump"))


def test_two_quotes_in_one_sentence_leave_the_narration_between_them_out(nlp):
    doc = nlp("\u201cThat is easy to get,\u201d Trump said, arguing that Obama spent money "
              "\u201cto get away.\u201d")
    assert in_quotes(_token(doc, "That"))
    assert not in_quotes(_token(doc, "Obama"))
    assert not in_quotes(_token(doc, "Trump"))


def test_straight_marks_continued_leave_the_narration_after_them_out(nlp):
    # the counting rule before session 19 read "he" here as quoted (an odd count of
    # straight marks before it); the finder reads the mark as closing the quotation
    doc = nlp('"We will not stop. They will not be laughing," he said, and he left.')
    second = list(doc.sents)[-1]
    assert in_quotes(next(t for t in second if t.text == "They"))
    assert not any(in_quotes(t) for t in second if t.text == "he")


def test_an_apostrophe_is_no_quotation_mark(nlp):
    doc = nlp("Obama's aides said they would not \u201cback down,\u201d and Trump's did not.")
    assert not in_quotes(_token(doc, "aides"))
    assert not in_quotes(_token(doc, "not", 1))
    assert in_quotes(_token(doc, "back"))
