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
