"""Session 36 (i12-recall36): the mood veto does not hold where two sentences print one
quotation (compare/mood_quoted.py); it still holds where two reporters print one
passage in their own words. Real sentences (BASIL 3db93526's and 0ffb34cd's shapes), the
real parser, profiles and model."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import mood_quoted
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from tests.compare.profile_helpers import first_claim_profiles

SAYS = "\"As president, I'll end Obama's war on religion,\" Mr. Perry also says in the ad."
CONTINUES = ("\"As president, I'll end Obama's war on religion and I'll fight against liberal "
             "attacks on our religious heritage,\" the Texas governor continues.")  # fmt: skip
SAYS_SHORT = "\"As president, I'll end Obama's war on religion,\" Perry says in the ad."
CONTINUES_ONE = "\"As president, I'll end Obama's war on religion,\" the Texas governor continues."
WILL_ENDORSE = ("Sheriff Joe Arpaio announced on Tuesday he will officially endorse Texas "
                "Governor Rick Perry for the Republican presidential nomination.")  # fmt: skip
ENDORSED = ("Sheriff Joe Arpaio endorsed Texas Governor Rick Perry for the Republican "
            "presidential nomination on Tuesday.")  # fmt: skip


def _pair(a: str, b: str) -> dict[str, float]:
    units = first_claim_profiles(a, b)
    features = pair_features(units, np.zeros((2, 8), dtype=np.float32))
    model = load_same_fact_model()
    return {"moods": (units[0].mood, units[1].mood),
            "mood_mismatch": float(features["mood_mismatch"][0, 1]),
            "passage": float(features["shared_passage"][0, 1]),
            "probability": float(model.probabilities(features)[0, 1]),
            "threshold": float(np.float32(model.threshold))}


@pytest.fixture
def switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule is off by default (docs/eval-compare.md, "Session 36, end")."""
    monkeypatch.setattr(mood_quoted, "MOOD_YIELDS_TO_QUOTATION", True)


def test_one_quotation_in_two_frames_is_not_kept_apart_by_mood(switched_on: None) -> None:
    # one statement each, each mostly quotation (session 37: session-37 tests)
    pair = _pair(SAYS_SHORT, CONTINUES_ONE)
    assert pair["moods"] == ("prospect", "event")  # "continues" read as the act
    assert pair["passage"] == 1.0
    assert pair["mood_mismatch"] == 0.0
    assert pair["probability"] >= pair["threshold"]


def test_switched_off_the_veto_holds_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mood_quoted, "MOOD_YIELDS_TO_QUOTATION", False)
    pair = _pair(SAYS, CONTINUES)
    assert pair["mood_mismatch"] == 1.0 and pair["probability"] == 0.0


def test_a_passage_in_the_reporters_own_words_stays_vetoed(switched_on: None) -> None:
    pair = _pair(WILL_ENDORSE, ENDORSED)
    assert pair["moods"] == ("prospect", "event")
    assert pair["passage"] == 1.0  # "Texas Governor Rick Perry for the Republican …"
    assert pair["mood_mismatch"] == 1.0 and pair["probability"] == 0.0


def test_without_links_the_fact_units_keep_the_veto(switched_on: None) -> None:
    units = first_claim_profiles(SAYS, CONTINUES)
    features = pair_features(units, np.zeros((2, 8), dtype=np.float32), links=False)
    assert features["mood_mismatch"][0, 1] == 1.0
