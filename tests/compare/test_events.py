"""The clause event link (compare/events.py) on real parses: a clause of each sentence
stating one event links two sentences; a speech frame, a negation, a prospect or
another subject does not. Real spaCy, real entity linking across the articles, the
packaged same-fact model."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare.pairs import claim_profiles, pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp

# one fact of several: the endorsement on Tuesday, each sentence with more around it
ENDORSED_A = ("Senator John Whitcomb endorsed Mary Halvorsen for governor on Tuesday, "
              "months after the two clashed over the state budget.")  # fmt: skip
ENDORSED_B = ("In a surprise for party leaders, Whitcomb endorsed Halvorsen on Tuesday at "
              "a rally in Des Moines, where she promised to cut property taxes.")  # fmt: skip
# a speech frame on the same day: two statements, not one fact
SAID_A = "Senator John Whitcomb said Tuesday that the budget was balanced."
SAID_B = "Whitcomb said Tuesday that he would not run for a fourth term."
NOT_ENDORSED = "Whitcomb did not endorse Halvorsen on Tuesday, aides said."
WILL_ENDORSE = "Whitcomb will endorse Halvorsen on Tuesday, aides said."
OTHER_SUBJECT = "Governor Peter Brandt endorsed Halvorsen on Tuesday."


def _units(first: str, second: str) -> list:
    """The profiles of two one-sentence articles, entities linked across them."""
    nlp = load_nlp()
    docs = {"a": nlp(first), "b": nlp(second)}
    mentions = {aid: find_mentions(doc, aid) for aid, doc in docs.items()}
    entities = link_entities(mentions, {"a": first, "b": second})
    claims = [c for aid, doc in docs.items()
              for c in extract_claims(doc, aid, entities.mentions)]  # fmt: skip
    assert len(claims) == 2
    return claim_profiles(docs, claims, (), entities.mentions)


def _linked(first: str, second: str) -> bool:
    features = pair_features(_units(first, second), np.zeros((2, 8), dtype=np.float32))
    return bool(features["event_link"][0, 1])


def test_one_event_in_two_sentences_is_a_link() -> None:
    units = _units(ENDORSED_A, ENDORSED_B)
    # the subject is one story entity in both ("Senator John Whitcomb" / "Whitcomb")
    assert units[0].events & units[1].events
    features = pair_features(units, np.zeros((2, 8), dtype=np.float32))
    assert features["event_link"][0, 1]
    model = load_same_fact_model()
    assert "event_link" in model.links
    # no embedding closeness here: the event alone makes the two sentences one fact
    assert model.probabilities(features)[0, 1] >= model.threshold


def test_a_speech_frame_is_no_event() -> None:
    # "X said Tuesday" frames every statement of X: same person, same day, two facts
    assert not _linked(SAID_A, SAID_B)


@pytest.mark.parametrize("other", [NOT_ENDORSED, WILL_ENDORSE])
def test_a_negated_or_expected_event_is_not_the_event(other: str) -> None:
    assert not _linked(ENDORSED_A, other)


def test_another_subject_is_another_event() -> None:
    assert not _linked(ENDORSED_A, OTHER_SUBJECT)


def test_sentences_of_one_article_are_not_linked_by_it() -> None:
    nlp = load_nlp()
    text = f"{ENDORSED_A} {ENDORSED_B}"
    doc = nlp(text)
    entities = link_entities({"a": find_mentions(doc, "a")}, {"a": text})
    claims = extract_claims(doc, "a", entities.mentions)
    units = claim_profiles({"a": doc}, claims, (), entities.mentions)
    features = pair_features(units, np.zeros((len(units), 8), dtype=np.float32))
    assert not features["event_link"].any()


def test_two_people_of_one_surname_are_two_subjects() -> None:
    # the story's entity linking keeps Liz and Mary Cheney apart; a surname key would not
    assert not _linked("Liz Cheney criticized the court's ruling on Sunday.",
                       "Mary Cheney criticized the court's ruling on Sunday.")  # fmt: skip
    assert _linked("Liz Cheney criticized the court's ruling on Sunday.",
                   "On Sunday, Cheney criticized the court's ruling in a long post.")  # fmt: skip
