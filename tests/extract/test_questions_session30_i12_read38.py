"""A writer's own question is no claim (session 30)."""

from __future__ import annotations

import pytest

from newsprism.extract.questions import writers_question

ASKS = [
    "So what does the new tariff mean for soybean growers?",
    "Could the bridge have been saved with earlier repairs?   ",
    "Why did the board, after calling it “urgent,” wait six months?",  # quote mid-sentence
]
STATES = [
    "“Who pays for the new stadium?” the council member asked.",
    "The mayor asked: “Who pays for the new stadium?”",
    "The mayor asked: “Who pays for the new stadium?",  # the quotation runs on
    "Her memoir, “Where Did the Summer Go?”, sold 40,000 copies.",
    "The question is whether the levee will hold.",
    "Nobody knows.",
]


@pytest.mark.parametrize("text", ASKS)
def test_the_writers_question_asks(text: str) -> None:
    assert writers_question(text)


@pytest.mark.parametrize("text", STATES)
def test_a_quoted_question_or_a_statement_is_kept(text: str) -> None:
    assert not writers_question(text)


def test_extract_claims_leaves_the_question_out_and_keeps_the_rest() -> None:
    from newsprism.extract.claims import extract_claims
    from newsprism.extract.nlp import load_nlp

    text = ("The county closed the old bridge on Monday after inspectors found cracks. "
            "Could it have been saved with earlier repairs? "
            "“Who pays for the new one?” a council member asked at the hearing.")
    texts = [c.text for c in extract_claims(load_nlp()(text), "a", [])]
    assert texts[0].startswith("The county closed")
    assert not any(t.startswith("Could it") for t in texts)
    assert any("council member asked" in t for t in texts)
