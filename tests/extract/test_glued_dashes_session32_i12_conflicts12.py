"""A dash glued after an abbreviation's full stop is a token of its own
(extract/glued_dashes.py, session 32); real pipeline throughout, words unlike the crawl's."""

from __future__ import annotations

import re

import pytest

from newsprism.extract.glued_dashes import GLUED_DASH
from newsprism.extract.nlp import load_nlp
from tests.extract.quote_helpers import quotes_of


def _tokens(text: str) -> list[str]:
    return [t.text for t in load_nlp()(text)]


@pytest.mark.parametrize(("text", "pieces"), [
    ("Talks with the U.K.—and with Norway—went on all night.", ["U.K.", "—", "and"]),
    ("The ferry left from Portland, Maine.—stopped at two islands.", ["Maine.", "—", "stopped"]),
    ("Sales rose from Jan.–Mar. this year.", ["Jan.", "–", "Mar."]),
])
def test_a_glued_dash_after_an_abbreviation_is_split(text: str, pieces: list[str]) -> None:
    tokens = _tokens(text)
    start = tokens.index(pieces[0])
    assert tokens[start : start + len(pieces)] == pieces


@pytest.mark.parametrize(("text", "kept"), [
    ("The home side won 3–1 on Sunday.", "3–1"),
    ("Pages 40–52 hold the appendix.", "40–52"),
])
def test_a_dash_between_digits_stays_one_token(text: str, kept: str) -> None:
    assert kept in _tokens(text)


def test_the_pattern_needs_a_letter_and_a_stop_before_and_a_letter_after() -> None:
    assert re.search(GLUED_DASH, "the U.N.—which")
    assert not re.search(GLUED_DASH, "a 3.—5 score")
    assert not re.search(GLUED_DASH, "it ended.— ")
    assert not re.search(GLUED_DASH, "well—known")  # the model's own infix splits this


def test_the_verb_after_the_dash_is_a_verb_again() -> None:
    doc = load_nlp()("The news that the two unions reached terms with the port in the U.S."
                     "—came as the mayor spoke with reporters.")  # fmt: skip
    came = next(t for t in doc if t.text == "came")
    assert came.pos_ == "VERB"
    assert len(list(doc.sents)) == 1


def test_reported_words_end_at_the_dash() -> None:
    """An announcement's content is the clause before the dash, not the sentence's own
    verb after it (before the split it ran on to "… on Monday")."""
    text = ("The announcement that the two unions reached terms with the port in the U.S."
            "—came as the mayor met with reporters in the city on Monday.")
    spans = [q.text for q in quotes_of(text)]
    assert spans == ["the two unions reached terms with the port in the U.S."]
