"""A quote cut just after a word that opens a condition or limit is no quote
(extract/quotes/cut_condition.py; docs/eval-compare.md, "Session 36: a reader's pass over
fresh stories"), through the real parse and extractor, in words unlike the story's."""

from __future__ import annotations

from .quote_helpers import quotes_of

CUT = "The harbour master said the ferries will not be able to sail again until..."


def test_reported_words_cut_after_until_are_no_quote() -> None:
    found = quotes_of(CUT)
    assert not any("ferries will not" in q.text for q in found), [q.text for q in found]


def test_a_cut_after_but_is_no_quote_either() -> None:
    found = quotes_of("The harbour master said the new dock is safe for ferries but...")
    assert not any("dock is safe" in q.text for q in found), [q.text for q in found]


def test_the_same_words_with_their_condition_stay() -> None:
    text = CUT.replace("until...", "until the storm passes.")
    found = quotes_of(text)
    assert any("ferries will not" in q.text for q in found), [q.text for q in found]


def test_a_cut_after_a_noun_stays() -> None:
    text = CUT.replace("again until...", "again this winter...")
    found = quotes_of(text)
    assert any("ferries will not" in q.text for q in found), [q.text for q in found]


def test_a_quote_of_several_sentences_keeps_its_whole_ones() -> None:
    text = ('The harbour master said: "The ferries will sail on Monday. We will keep them '
            'in port until..."')
    found = quotes_of(text)
    assert any("ferries will sail on Monday" in q.text for q in found), [q.text for q in found]


def test_a_whole_sentence_before_a_cut_opener_keeps_its_quote() -> None:
    text = 'The harbour master said: "The ferries will sail on Monday. After..."'
    found = quotes_of(text)
    assert any("ferries will sail on Monday" in q.text for q in found), [q.text for q in found]


def test_a_quote_in_two_parts_with_a_whole_sentence_stays() -> None:
    text = ('The harbour master spoke on Friday. "The ferries will sail on Monday," the '
            'harbour master said. "After...')
    found = quotes_of(text)
    assert any("ferries will sail on Monday" in q.text for q in found), [q.text for q in found]
