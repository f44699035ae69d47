"""One rule for "is this word inside a quotation?" (compare/frames.py ``in_quotes``),
read by the pair profiles (a quote's negation is the speaker's words) and by the named
doers of conflicts (a quote's subject is no doer). Real spaCy parses."""

from __future__ import annotations

import pytest

from newsprism.compare.frames import curl_quotes, in_quotes
from newsprism.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_curl_quotes_reads_straight_marks_by_what_stands_before():
    text = 'He said "We will win," and left.'
    curled = curl_quotes(text)
    assert curled == "He said \u201cWe will win,\u201d and left."
    assert len(curled) == len(text)
    assert curl_quotes('"Yes," he said.') == "\u201cYes,\u201d he said."


def test_narration_after_a_straight_closing_mark_is_not_quoted(nlp):
    # the sentence continues a quotation opened in the sentence before
    doc = nlp('"We will not stop. They will not be laughing," he said, and he did not go.')
    sentences = list(doc.sents)
    second = sentences[-1]
    they = next(t for t in second if t.text == "They")
    he = [t for t in second if t.text == "he"]
    assert in_quotes(they)
    assert he and not any(in_quotes(t) for t in he)


def test_an_opened_quote_runs_to_the_end_of_its_sentence(nlp):
    doc = nlp('Trump said, "I always take things seriously, but not like this.')
    assert in_quotes(_token(doc, "I"))
    assert not in_quotes(_token(doc, "Trump"))


def test_two_quotes_in_one_sentence_leave_the_narration_between_them_out(nlp):
    doc = nlp('"That is easy to get," Trump said, arguing that Obama spent money "to get away."')
    assert in_quotes(_token(doc, "That"))
    assert not in_quotes(_token(doc, "Obama"))
    assert not in_quotes(_token(doc, "Trump"))
