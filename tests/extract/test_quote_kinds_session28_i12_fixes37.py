"""Quotes whose words were not the speaker's in session 28's reading (i12-fixes37,
docs/eval-compare.md "Read as a user, session 28"): a narrator's clause after "and"
hung on a request, an "as experts suggested" parenthetical read as the source of the
whole sentence, a relative clause with no "that" parsed as a conjunct, and an inverted
cue with a company and a title before the name. Sentences of NeuS raw rows 344, 333 and
365 (National Review, the Washington Examiner, CNN) through the real parse."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

NR = ("Democratic Senate Majority Leader Chuck Schumer reportedly asked for unanimous "
      "consent to advance the bill and no members of either party objected.")  # fmt: skip
EXAMINER = ("Death Valley, California, reached 124 degrees Fahrenheit on Tuesday, making it "
            "the hottest place in the country and, as experts suggested, perhaps the most "
            "blistering spot in the world.")  # fmt: skip
CNN = ("At 9.3 million new positions, it was far more than the 8.3 million economists polled "
       "by Refinitiv had predicted — which would have been flat from the revised March job "
       "opening numbers.")  # fmt: skip
BUNKER = ('"Demand for workers is surging as the broader economy starts to emerge from the '
          'pandemic," said Indeed Hiring Lab director of research Nick Bunker.')  # fmt: skip


@pytest.fixture(scope="module")
def quotes_in() -> object:
    nlp = load_nlp()

    def quotes(text: str) -> list[tuple[str | None, str]]:
        return [(q.speaker, text[q.start : q.end]) for q in extract_quotes(nlp(text))]

    return quotes


def test_a_clause_after_and_hung_on_a_request_is_the_narrators(quotes_in) -> None:
    quotes = quotes_in(NR)
    assert quotes, "the request stays Schumer's"
    assert all("objected" not in words and not words.endswith("and") for _, words in quotes)
    assert all(speaker == "Chuck Schumer" for speaker, _ in quotes)


def test_said_with_two_that_clauses_keeps_both(quotes_in) -> None:
    quotes = quotes_in("The senator said that taxes would rise and that wages would fall.")
    assert any("taxes would rise" in w and "wages would fall" in w for _, w in quotes)


def test_an_as_parenthetical_after_and_covers_its_own_conjunct(quotes_in) -> None:
    quotes = quotes_in(EXAMINER)
    assert [w for s, w in quotes if s == "experts"] == ["perhaps the most blistering spot "
                                                         "in the world"]  # fmt: skip


def test_an_as_cue_ending_the_sentence_still_covers_it(speakers_at) -> None:
    text = "The economy grew by 3 percent last year, as the Post reported."
    assert speakers_at(text, "The economy grew") == ["Post"]


def test_a_conjunct_with_no_and_nor_comma_is_no_cue(quotes_in) -> None:
    """ "the 8.3 million economists … had predicted": no "it" (the BLS) predicting CNN's
    relative clause; no quote rather than a wrong one."""
    assert not [q for q in quotes_in(CNN) if "flat" in q[1]]


def test_a_joined_cue_keeps_its_subject(speakers_at) -> None:
    text = "Smith arrived on Monday and said the talks had failed."
    assert speakers_at(text, "the talks had") == ["Smith"]


def test_an_inverted_cue_with_a_company_and_title_before_the_name(speakers_at) -> None:
    assert speakers_at(BUNKER, "Demand for workers") == ["Nick Bunker"]


def test_an_inverted_cue_with_a_short_name_is_unchanged(speakers_at) -> None:
    text = '"We will win," said Tom Skelly, the party chairman.'
    assert speakers_at(text, "We will win") == ["Tom Skelly"]
