"""The unique check (issue 12): "only in X" unless another outlet may state it, and then
"possibly shared" with the other outlet's sentence named, the likeliest first."""

from __future__ import annotations

import numpy as np

from newsprism.compare.align import AlignedClaim
from newsprism.compare.unique import NEAR_PROBABILITY, NEAR_SCORE, POSSIBLY_SHARED, recheck_unique
from newsprism.models import Claim

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
