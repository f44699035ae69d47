"""Epithets of session 27 (i12-fixes32): a party and a state ("the New York Democrat")
matched to the one person of the story labelled so, and a state's "chief executive"
read as its governor; never guessed when two fit. Through ``analyze_story`` and the
real parser."""

from __future__ import annotations

import pytest

from newsprism.compare.epithet_labels import party_state, state_chief
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.extract.nlp import load_nlp

VOTE = "they would add the details later"
WSJ = ("Senate Majority Leader Chuck Schumer (D., N.Y.) has set a vote for Wednesday on "
       "the infrastructure bill. Sen. Rob Portman (R., Ohio) said talks went on.")  # fmt: skip
TIMES = ("Senate Majority Leader Charles E. Schumer is barreling toward a vote on the bill."
         f"\n\nThe New York Democrat scheduled the vote on a shell, saying {VOTE}.")  # fmt: skip
MASKS = "he disagreed with the guidelines issued Tuesday"
INSIDER = "Florida Gov. Ron DeSantis, a Republican, signed an executive order Friday."
NBC = ("Florida Gov. Ron DeSantis on Friday barred school districts from requiring masks."
       f"\n\nThe Sunshine State's chief executive said {MASKS}.")  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _speaker(articles, words: str) -> tuple[str | None, str | None]:
    quote = next(q for q in analyze_story(articles).quotes if words in q.text)
    return quote.speaker, quote.speaker_resolved


def _span(nlp, text: str, phrase: str):
    doc = nlp(text)
    start = text.index(phrase)
    return doc.char_span(start, start + len(phrase), alignment_mode="expand")


def test_the_phrases_read(nlp) -> None:
    assert party_state(_span(nlp, "The New York Democrat said so.", "The New York Democrat")) \
        == ("Democrat", "NY")  # fmt: skip
    assert party_state(_span(nlp, "The House Republican said so.", "The House Republican")) \
        is None  # fmt: skip
    assert party_state(_span(nlp, "The former Ohio Republican said so.",
                             "The former Ohio Republican")) is None  # fmt: skip
    assert state_chief(_span(nlp, "The Sunshine State's chief executive said so.",
                             "The Sunshine State's chief executive")) \
        == ("governor", frozenset({"governor", "florida"}))  # fmt: skip
    assert state_chief(_span(nlp, "The company's chief executive said so.",
                             "The company's chief executive")) is None  # fmt: skip


def test_a_party_and_state_go_to_the_one_person_labelled_so() -> None:
    articles = [gold_article("a", WSJ, outlet="wsj"), gold_article("b", TIMES, outlet="times")]
    speaker, resolved = _speaker(articles, VOTE)
    assert resolved == "epithet" and speaker is not None and speaker.endswith("Schumer")


def test_two_people_who_fit_leave_the_epithet_open() -> None:
    two = WSJ.replace("Sen. Rob Portman (R., Ohio)", "Sen. Kirsten Gillibrand (D., N.Y.)")
    articles = [gold_article("a", two, outlet="wsj"), gold_article("b", TIMES, outlet="times")]
    speaker, resolved = _speaker(articles, VOTE)
    assert resolved != "epithet" and not (speaker or "").endswith(("Schumer", "Gillibrand"))


def test_a_states_chief_executive_is_its_governor() -> None:
    articles = [gold_article("a", INSIDER, outlet="insider"), gold_article("b", NBC, outlet="nbc")]
    assert _speaker(articles, MASKS) == ("Ron DeSantis", "epithet")


def test_another_states_chief_executive_is_not_him() -> None:
    texas = NBC.replace("Sunshine State", "Lone Star State")
    articles = [gold_article("a", INSIDER, outlet="insider"),
                gold_article("b", texas, outlet="nbc")]  # fmt: skip
    assert _speaker(articles, MASKS)[1] != "epithet"
