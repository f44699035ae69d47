"""The unique check (issue 12): "only in X" unless another outlet may state it, and then
"possibly shared" with the other outlet's sentence named, the likeliest first."""

from __future__ import annotations

import numpy as np

from newsprism.compare.align import AlignedClaim
from newsprism.compare.pairs import opposite_pairs
from newsprism.compare.unique import (
    CHECK,
    CHECK_PROBABILITY,
    CHECK_WORDS,
    NEAR_PROBABILITY,
    NEAR_SCORE,
    OPPOSITE,
    POSSIBLY_SHARED,
    SURE_PROBABILITY,
    TOPIC,
    hedge_of,
    recheck_unique,
    worth_checking,
)
from newsprism.models import Claim
from tests.compare.profile_helpers import first_claim_profiles

# the seed pair (../shared/seeds): Kirby's statement is Al Mayadeen's alone; Al Jazeera's
# two sentences are on the same topic (the cancelled visit), with no word of it in common
KIRBY = Claim("m1", "AM", 0, "National Security Council Spokesperson John Kirby told reporters "
              "that the US was disappointed they would not be able to have a fulsome "
              "conversation.")  # fmt: skip
MILLER = Claim("j1", "AJ", 0, "Before the meeting, Miller told reporters he was confident "
               "they would find other ways.")  # fmt: skip
CANCELLED = Claim("j2", "AJ", 1, "Netanyahu announced that he would not send any delegation.")
CLAIMS = [KIRBY, MILLER, CANCELLED]
LEMMAS = [{"kirby", "disappointed", "conversation"}, {"miller", "confident", "way"},
          {"netanyahu", "delegation", "send"}]  # fmt: skip


def _matrix(kirby_miller: float, kirby_cancelled: float) -> np.ndarray:
    m = np.eye(3)
    m[0, 1] = m[1, 0] = kirby_miller
    m[0, 2] = m[2, 0] = kirby_cancelled
    return m


def _check(scores: np.ndarray, probability: np.ndarray | None) -> AlignedClaim:
    fact = AlignedClaim("F1", "unique", [KIRBY])
    recheck_unique([fact], CLAIMS, LEMMAS, scores, probability)
    return fact


def test_topic_alone_does_not_hedge_a_unique_fact() -> None:
    # both Al Jazeera sentences are on the topic, and the model gives neither a chance
    fact = _check(_matrix(NEAR_SCORE + 0.1, NEAR_SCORE + 0.05), _matrix(0.0, 0.001))
    assert fact.status == "unique" and fact.near == []


def test_without_the_model_topic_still_hedges() -> None:
    fact = _check(_matrix(NEAR_SCORE + 0.1, 0.0), None)
    assert fact.status == POSSIBLY_SHARED
    assert [n["claim_id"] for n in fact.near] == ["j1"]


def test_a_hedge_names_the_likeliest_sentence_first() -> None:
    # Miller's sentence is closer by topic, the cancellation likelier the same fact
    fact = _check(_matrix(NEAR_SCORE + 0.2, NEAR_SCORE + 0.05), _matrix(0.0, NEAR_PROBABILITY * 3))
    assert fact.status == POSSIBLY_SHARED
    assert [n["claim_id"] for n in fact.near] == ["j2", "j1"]
    assert all(n["article_id"] == "AJ" for n in fact.near)


def test_a_clock_time_in_both_is_a_shared_figure() -> None:
    """Session 19's reading (a NeuS cease-fire story): "… would begin at 2 a.m. Friday" was
    shown as one outlet's alone beside another's "began at 2 a.m. in Israel"; a clock time
    has one digit, so it was no distinctive figure. A different hour stays apart."""
    begin = Claim("c1", "C", 0, "Hamas and Egypt said the cease-fire would begin at 2 a.m. Friday.")
    began = Claim("a1", "A", 0, "The truce, mediated by Egypt, began at 2 a.m. in Israel.")
    other = Claim("a2", "A", 1, "The cabinet met at 9 p.m. to approve the cease-fire.")
    lemmas = [{"hamas", "egypt", "cease-fire", "begin", "friday"},
              {"truce", "mediate", "egypt", "begin", "israel"},
              {"cabinet", "meet", "approve", "cease-fire"}]  # fmt: skip
    fact = AlignedClaim("F1", "unique", [begin])
    recheck_unique([fact], [begin, began, other], lemmas)
    assert fact.status == POSSIBLY_SHARED
    assert [n["claim_id"] for n in fact.near] == ["a1"]


# --- session 21: why each near sentence is near, and how strong the hedge is ----------


def test_a_lexical_hedge_is_worth_checking() -> None:
    """The clock time is a figure in common: the near sentence says so, and the fact is a
    ``check`` hedge (shown beside that sentence)."""
    begin = Claim("c1", "C", 0, "Hamas and Egypt said the cease-fire would begin at 2 a.m. Friday.")
    began = Claim("a1", "A", 0, "The truce, mediated by Egypt, began at 2 a.m. in Israel.")
    fact = AlignedClaim("F1", "unique", [begin])
    recheck_unique([fact], [begin, began], [{"hamas", "egypt", "cease-fire", "begin", "friday"},
                                            {"truce", "mediate", "egypt", "begin", "israel"}])
    assert fact.near[0]["why"] == "figure" and fact.hedge == CHECK
    assert fact.as_dict()["hedge"] == CHECK


def test_a_topical_hedge_below_the_bar_is_topic() -> None:
    """Kirby's statement beside two Al Jazeera sentences on the cancelled visit, with no
    word in common: the model gives the cancellation a small chance, under the bar."""
    fact = _check(_matrix(NEAR_SCORE + 0.2, NEAR_SCORE + 0.05),
                  _matrix(0.0, CHECK_PROBABILITY / 2))  # fmt: skip
    assert fact.status == POSSIBLY_SHARED and fact.hedge == TOPIC
    assert {n["why"] for n in fact.near} == {"score"}
    assert fact.near[0]["probability"] == round(CHECK_PROBABILITY / 2, 4)


def test_a_topical_hedge_at_the_bar_is_a_check() -> None:
    # no word in common with Kirby's statement: the model must be sure (session 22)
    fact = _check(_matrix(NEAR_SCORE + 0.2, NEAR_SCORE + 0.05), _matrix(0.0, SURE_PROBABILITY))
    assert fact.hedge == CHECK and fact.near[0]["claim_id"] == "j2"
    assert fact.near[0]["shared_words"] == 0


def test_a_topical_sentence_at_the_bar_without_words_in_common_is_topic() -> None:
    """Session 22: the session-21 reader's wrong partners were topical sentences at a
    0.10-0.23 chance with few words in common; at the 0.1 bar and no word in common
    Kirby's statement is not shown beside the cancellation."""
    fact = _check(_matrix(NEAR_SCORE + 0.2, NEAR_SCORE + 0.05), _matrix(0.0, CHECK_PROBABILITY))
    assert fact.status == POSSIBLY_SHARED and fact.hedge == TOPIC


def test_a_sentence_to_check_shares_words_unless_the_model_is_sure() -> None:
    """Session 22: a lexical hit or a 0.1 chance with fewer than four content words in
    common is no sentence to check unless the model is sure; without the model every
    lexical hit still is."""
    row = {"why": "figure", "probability": 0.0, "shared_words": CHECK_WORDS - 1}
    assert not worth_checking(row)
    assert worth_checking(row, modelled=False)
    assert worth_checking(row | {"shared_words": CHECK_WORDS})
    assert worth_checking(row | {"probability": SURE_PROBABILITY})
    assert not worth_checking({"why": "score", "probability": SURE_PROBABILITY - 0.01,
                               "shared_words": 0})  # fmt: skip
    assert not worth_checking({"why": "score", "probability": 0.05, "shared_words": 9})
    # a near sentence of 1.11 JSON, without ``shared_words``: the session-21 rule (at a
    # probability above 0: a words hit the vetoes zero is none since session 24)
    assert worth_checking({"why": "words", "probability": 0.05})


def test_a_near_sentence_that_states_the_opposite_is_no_check() -> None:
    """CNBC's "Facebook isn't killing people" and the NYT's "They're killing people"
    share their words (a lexical test fires), but the polarity veto reads them as the
    opposite: the hedge is ``opposite``, never "possibly shared" beside it."""
    texts = ("Facebook isn't killing people, the company said in a statement on Friday.",
             "They're killing people, President Biden said of Facebook on Friday.")
    units = first_claim_profiles(*texts)
    opposite = opposite_pairs(units)
    assert opposite[0, 1] and opposite[1, 0]
    cnbc = Claim("n1", "CNBC", 0, texts[0], people=[], organisations=["Facebook"])
    nyt = Claim("y1", "NYT", 0, texts[1], people=["Biden"], organisations=["Facebook"])
    fact = AlignedClaim("F1", "unique", [cnbc])
    recheck_unique([fact], [cnbc, nyt], [u.lemmas for u in units],
                   np.eye(2), np.eye(2), opposite)  # fmt: skip
    assert fact.status == POSSIBLY_SHARED and fact.hedge == OPPOSITE
    assert fact.near[0]["opposite"] is True and fact.near[0]["why"] in ("names", "words")


def test_a_check_sentence_is_shown_before_a_likelier_opposite() -> None:
    rows = [{"claim_id": "x", "why": "score", "probability": 0.3, "opposite": True},
            {"claim_id": "y", "why": "words", "probability": 0.05, "shared_words": 4}]
    assert hedge_of(rows) == CHECK
    assert hedge_of(rows[:1]) == OPPOSITE
    assert hedge_of([{"why": "score", "probability": 0.0}]) == TOPIC


def test_a_figure_in_a_name_alone_is_no_sentence_to_check() -> None:
    """Session 22's reading (NeuS raw row 231, the Tokyo Olympics): The Hill's "It also
    honored those who have died from COVID-19 around the world" was shown as possibly
    shared beside CNN's "The Covid-19 pandemic has loomed large …" (a ``figure`` hit on
    the "19", the model's chance 0.02). One content word in common: plain words now,
    still not shown as unique."""
    texts = ("It also honored those who have died from COVID-19 around the world.",
             "The Covid-19 pandemic has loomed large over the Tokyo Olympics ever since "
             "last year's postponement.")
    units = first_claim_profiles(*texts)
    hill = Claim("h1", "Hill", 0, texts[0])
    cnn = Claim("c1", "CNN", 0, texts[1], places=["Tokyo"])
    probability = np.array([[1.0, 0.0193], [0.0193, 1.0]])
    fact = AlignedClaim("F1", "unique", [hill])
    recheck_unique([fact], [hill, cnn], [u.lemmas for u in units], np.eye(2), probability)
    assert fact.status == POSSIBLY_SHARED and fact.near[0]["why"] == "figure"
    assert fact.near[0]["shared_words"] < CHECK_WORDS and fact.hedge == TOPIC
    # the session-21 rule would have shown CNN's sentence beside it
    assert worth_checking({k: v for k, v in fact.near[0].items() if k != "shared_words"})
