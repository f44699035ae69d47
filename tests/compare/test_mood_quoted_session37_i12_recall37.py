"""Session 37 (i12-recall37): the mood veto yields to one quotation two outlets print only
where neither sentence holds a second statement (compare/mood_quoted.py), and it is on.
Sentences after BASIL 3db93526 (Perry's "Strong" ad), the real parser, profiles and model."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import mood_quoted
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from tests.compare.profile_helpers import first_claim_profiles

SAYS = "\"As president, I'll end Obama's war on religion,\" Mr. Perry also says in the ad."
SAYS_SHORT = "\"As president, I'll end Obama's war on religion,\" Perry says in the ad."
ONE = "\"As president, I'll end Obama's war on religion,\" the Texas governor continues."
TWO = ("\"As president, I'll end Obama's war on religion and I'll fight against liberal "
       "attacks on our religious heritage,\" the Texas governor continues.")  # fmt: skip


def _pair(a: str, b: str) -> tuple[float, float]:
    """The pair's mood veto and whether the model puts it at or above its bar."""
    units = first_claim_profiles(a, b)
    features = pair_features(units, np.zeros((2, 8), dtype=np.float32))
    model = load_same_fact_model()
    over = float(model.probabilities(features)[0, 1] >= np.float32(model.threshold))
    return float(features["mood_mismatch"][0, 1]), over


def test_the_rule_is_on() -> None:
    assert mood_quoted.MOOD_YIELDS_TO_QUOTATION
    # one quotation, one statement each, each mostly that quotation: one fact
    assert _pair(SAYS_SHORT, ONE) == (0.0, 1.0)


def test_a_quotation_in_a_longer_frame_keeps_the_veto() -> None:
    """SAYS is under 60 % quotation ("Mr. Perry also says in the ad"): its statement is
    read from its frame, as NeuS row 275's "sought to clarify his argument that '…'" and
    BASIL c99adbdd's "said that he would run … in hopes of creating '…'" (joined whole to
    the quotation by the form without this condition)."""
    assert _pair(SAYS, ONE) == (1.0, 0.0)


def test_statements_are_counted_by_their_clauses() -> None:
    says, one, two = first_claim_profiles(SAYS, ONE, TWO)
    assert (says.statements, one.statements, two.statements) == (1, 1, 2)


def test_a_short_second_statement_counts() -> None:
    """BASIL f11c2566 (in no gold), read with the first form of the count (fact units):
    the second clause has too few content words to be a unit, and the sentence of two
    linked whole to another outlet's sentence of one as ``shared``."""
    two, one = first_claim_profiles(
        "“I would say that there is a two-in-three chance that we win control of the House "
        "again, but there’s a one-in-three chance that we could lose, and I’m being myself, "
        "frank,” he said in an interview first posted online by the newspaper The Hill.",
        "\"I would say that there is a 2 in 3 chance that we win control of the House again.")
    assert (two.statements, one.statements) == (3, 1)


def test_a_sentence_of_two_statements_keeps_the_veto(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 36's form released this pair: the quotation is printed by both, but the
    second sentence states a second thing (its fight), which two_facts.py shows apart."""
    monkeypatch.setattr(mood_quoted, "MOOD_YIELDS_TO_QUOTATION", True)
    assert _pair(SAYS, TWO) == (1.0, 0.0)
    assert _pair(SAYS_SHORT, TWO) == (1.0, 0.0)
