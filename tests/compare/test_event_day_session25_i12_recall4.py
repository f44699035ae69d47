"""The ``event_day`` link: one event named by one noun and dated by one day (session 25),
on sentences of real reports (NeuS-AllSides rows 196, 198, 468; BASIL)."""

from __future__ import annotations

import numpy as np

from newsprism.compare.event_day import RARE, dated_nouns, event_day
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.extract.nlp import load_nlp

from .profile_helpers import first_claim_profiles
from .test_lead_pairs_session24_i12_leadpairs import FOX, NYT, _lead_fact, _story

HILL = ("Senate Majority Leader Charles Schumer (D-N.Y.) is teeing up a Saturday vote to wind "
        "down debate on a roughly $1 trillion infrastructure bill, with senators hoping to pass "
        "the legislation as soon as this weekend.")
AP = "A procedural vote was set for Saturday."
CDC = ("After a federal eviction moratorium was allowed to lapse this weekend, the Centers for "
       "Disease Control and Prevention issued a new moratorium Tuesday on evictions that would "
       "last until Oct. 3.")
HEARD = "But then, on Tuesday evening, he heard the eviction moratorium had been extended again."


def _read(text: str):
    return dated_nouns(list(load_nlp()(text)))


def _link(texts: list[str], article: list[str], people=None, specific=None,
          denied=None) -> np.ndarray:  # fmt: skip
    n = len(texts)
    return event_day([_read(t) for t in texts], article, people or [set()] * n, [set()] * n,
                     specific or [set()] * n, denied or [False] * n)


def test_the_day_dates_the_noun_where_it_hangs() -> None:
    hill, ap = _read(HILL), _read(AP)
    assert hill.days == {"saturday"} and "vote" in hill.dated  # "a Saturday vote"
    assert ap.days == {"saturday"} and "vote" in ap.dated  # "a vote was set for Saturday"
    # a verb of perceiving dates what its complement says: "on Tuesday … he heard the
    # moratorium had been extended"
    assert "moratorium" in _read(HEARD).dated and "moratorium" in _read(CDC).dated
    # a month and its day is a day; a year or a month alone is none
    assert "oct 3" in _read(CDC).days
    assert _read("The bill passed the Senate in August 2021.").days == set()


def test_a_day_further_up_dates_another_act() -> None:
    found = _read("Rick Santorum on Sunday tried to clarify his comment, saying he was "
                  "referring not to the president's faith but to his view of man's "
                  "relationship to the world.")
    assert "sunday" in found.days and "world" not in found.dated


def test_an_active_subject_is_who_acts_not_the_act() -> None:
    # NeuS row 468: two statements of one company on one day, not one fact
    texts = ["The company also said Tuesday it is working on making the two-dose shot easier "
             "for vaccinators to administer and store.",
             "On Tuesday, the company announced just how much money the shot is generating."]
    assert "company" not in _read(texts[0]).dated | _read(texts[1]).dated
    assert not _link(texts, ["a", "b"])[0, 1]


def test_one_event_one_day_one_noun_links() -> None:
    assert _link([HILL, AP], ["hill", "ap"])[0, 1]
    assert _link([CDC, HEARD], ["ap", "cnn"])[0, 1]
    # one article's two sentences never; another day never
    assert not _link([HILL, AP], ["ap", "ap"])[0, 1]
    assert not _link([HILL, AP.replace("Saturday", "Sunday")], ["hill", "ap"])[0, 1]


def test_people_numbers_and_denials_stop_it() -> None:
    assert not _link([HILL, AP], ["hill", "ap"], people=[{"E1"}, {"E2"}])[0, 1]
    assert _link([HILL, AP], ["hill", "ap"], people=[{"E1"}, set()])[0, 1]
    assert not _link([HILL, AP], ["hill", "ap"], specific=[{"60"}, {"51"}])[0, 1]
    assert not _link([HILL, AP], ["hill", "ap"], denied=[False, True])[0, 1]


def test_a_noun_the_article_keeps_repeating_is_its_topic() -> None:
    repeats = [f"The vote drew protests in city {k}." for k in range(RARE)]
    texts = [HILL, AP, *repeats]
    article = ["hill", "ap", *["ap"] * RARE]
    # "vote" in RARE + 1 sentences of the AP: the story's topic, not one event
    assert not _link(texts, article)[0, 1]
    assert _link(texts[:-1], article[:-1])[0, 1]


def test_pair_features_carry_the_link_and_the_model_reads_it() -> None:
    units = first_claim_profiles(HILL, AP, "Schumer spoke to reporters on Saturday.")
    features = pair_features(units, np.zeros((3, 8), dtype=np.float32))
    assert features["event_day"][0, 1] and not features["event_day"][0, 2]
    model = load_same_fact_model()
    assert "event_day" in model.links
    probability = model.probabilities(features)
    assert probability[0, 1] >= model.threshold


def test_two_reports_leads_on_one_days_event_are_one_shared_fact() -> None:
    # BASIL 6f95dcb9 (gold/compare-basil-train holds the two leads as one fact): the
    # model scores them 0.18; "progressivism", dated by "Saturday" in both, links them
    fact = _lead_fact(_story(FOX, NYT))
    assert fact is not None and fact["status"] == "shared"
    # another day in one report: no link, and the model alone leaves them apart
    assert _lead_fact(_story(FOX, (NYT[0], NYT[1].replace("Saturday", "Friday")))) is None
