"""A verb of mood the parser tags as a noun ("Rick Perry pledges to end …") is read as
the verb, so the mood veto does not set the pledge against "I'll end …" (session 26,
docs/eval-compare.md "Session 26: moods and grouping"). Real sentences (BASIL story
3db93526's Fox lead and HuffPost quote), the real parser and profiles."""

from __future__ import annotations

import numpy as np

from newsprism.compare.pairs import pair_features
from newsprism.extract.nlp import load_nlp
from tests.compare.profile_helpers import first_claim_profiles

PLEDGES = ("Republican presidential candidate Rick Perry pledges to end \"[President Barack] "
           "Obama's war on religion\" in a new television ad airing in Iowa, railing against "
           "open service of gays and lesbians in the military and the prohibition against "
           "prayer in public schools.")
WILL_END = "As President, I'll end Obama's war on religion."


def test_the_parser_still_tags_pledges_as_a_noun_under_a_noun_root() -> None:
    doc = load_nlp()(PLEDGES)
    pledges = next(t for t in doc if t.lower_ == "pledges")
    assert pledges.pos_ == "NOUN" and pledges.tag_ == "NNS"
    assert all(t.pos_ not in ("VERB", "AUX") for t in doc if t.dep_ == "ROOT")


def test_pledges_to_end_is_a_commitment_the_mood_veto_keeps_beside_will_end() -> None:
    pledge, will = first_claim_profiles(PLEDGES, WILL_END)
    assert pledge.mood == "committed" and will.mood == "prospect"
    mood = pair_features([pledge, will], np.zeros((2, 8), dtype=np.float32))["mood_mismatch"]
    assert mood[0, 1] == 0


def test_a_noun_of_pledges_and_a_verb_of_pledges_keep_their_reading() -> None:
    hollow, aid, plans = first_claim_profiles(
        "The candidate's pledges to end the war were hollow, critics said.",
        "Obama pledges more aid to Haiti after the earthquake.",
        "The Senate majority leader plans to hold a vote on the bill next week.")
    assert hollow.mood == "event"  # a noun of the subject: the statement is "were"
    assert aid.mood == "event"  # tagged a verb already, no infinitive
    assert plans.mood == "prospect"


def test_a_done_statement_stays_apart_from_will_end() -> None:
    done, will = first_claim_profiles("Rick Perry ended the war on religion in Iowa.", WILL_END)
    mood = pair_features([done, will], np.zeros((2, 8), dtype=np.float32))["mood_mismatch"]
    assert done.mood == "event" and mood[0, 1] == 1
