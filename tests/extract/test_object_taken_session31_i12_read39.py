"""A speech verb with a thing as its object reports no "that"-clause further on
(extract/quotes/object_taken.py; NeuS raw row 292's "employers added 850,000 jobs …,
a sign that companies …", docs/eval-compare.md session 31, i12-read39). Own sentences,
through the real parse."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.object_taken import has_thing_object

from .quote_helpers import quotes_of

ADDRESSEES = frozenset({"tell", "inform", "assure"})


@pytest.mark.parametrize("text", [
    "The bakery added 40 bakers in March, far above the pace of last spring and a sign "
    "that demand for bread is holding up.",
    "Local farms added 3,000 acres of wheat this year, well beyond the usual amount and "
    "a hint that growers expect higher prices.",
    "The plant added just 300 workers last quarter, far fewer than in spring and a sign "
    "that orders are slowing.",
])
def test_a_clause_of_a_noun_after_an_added_thing_is_no_ones_words(text: str) -> None:
    assert not [q for q in quotes_of(text) if q.cue == "added"]


@pytest.mark.parametrize(("text", "words"), [
    ("The minister said in one of several posts that the ferry had sailed.",
     "the ferry had sailed"),
    ("The coach told the team at the airport that the match was off.", "the match was off"),
    ("The chair added in her letter that the vote would wait.", "the vote would wait"),
    ("The coach denied the notion that a trade was coming.", "a trade was coming"),
])
def test_a_clause_hung_on_a_phrase_stays_the_speakers(text: str, words: str) -> None:
    assert any(words in q.text for q in quotes_of(text))


def test_the_object_test_reads_things_not_hearers_or_pronouns() -> None:
    nlp = load_nlp()
    added = next(t for t in nlp("The firm added 500 workers.") if t.lower_ == "added")
    told = next(t for t in nlp("She told the board that sales fell.") if t.lower_ == "told")
    said = next(t for t in nlp("He said it twice.") if t.lower_ == "said")
    assert has_thing_object(added, "add", ADDRESSEES)
    assert not has_thing_object(told, "tell", ADDRESSEES)
    assert not has_thing_object(said, "say", ADDRESSEES)
