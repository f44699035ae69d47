"""Session 27 (i12-fixes32): a modal that hedges a present state ("could belong", "may
well be") is ``possible``, which the mood veto sets against neither side; "could be" and
"will" stay prospects. Real sentences (BASIL 2058ec60's Fox and HuffPost sentences), the
real parser and profiles."""

from __future__ import annotations

import numpy as np

from newsprism.compare.pairs import pair_features
from tests.compare.profile_helpers import first_claim_profiles

KEY_VOTE = ("The key vote for a Wal-Mart victory could belong to Justice Anthony Kennedy, "
            "who said he was troubled by what he called an inconsistency in the women's "
            "lawsuit.")  # fmt: skip
SAID = ("Justice Anthony Kennedy, often a key vote on the high court, said the women's "
        "argument points in apparently conflicting directions.")  # fmt: skip


def _mood(a, b) -> int:
    return int(pair_features([a, b], np.zeros((2, 8), dtype=np.float32))["mood_mismatch"][0, 1])


def test_a_hedge_on_a_present_state_is_possible_and_not_vetoed() -> None:
    belong, said, well = first_claim_profiles(
        KEY_VOTE, SAID, "Smith said the rule may well be appropriate for most banks.")
    assert belong.mood == "possible" and said.mood == "event"
    assert well.mood == "possible"  # under "said": the clause's predicate
    assert _mood(belong, said) == 0
    assert first_claim_profiles("The new rule may well be appropriate for banks.")[0].mood \
        == "possible"  # fmt: skip


def test_an_outcome_to_come_stays_a_prospect() -> None:
    close, will, remain, done = first_claim_profiles(
        "The vote on the bill could be close next week.",
        "The Senate will vote on the bill next week.",
        "Immigrants with protected status may remain in the country.",
        "The Senate voted on the bill last week.")
    assert close.mood == will.mood == remain.mood == "prospect"
    assert _mood(will, done) == 1 and _mood(close, done) == 1
