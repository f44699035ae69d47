"""Two reports of one ending are not opposites (compare/ending_acts.py, session 35):
sentences profiled as compare reads them, the polarity veto read on the pair."""

from __future__ import annotations

import pytest

from newsprism.compare import ending_acts
from newsprism.compare.pair_vetoes import opposite_pairs
from tests.compare.profile_helpers import first_claim_profiles

SCRAPPED = "The county scrapped the ferry contract with the shipyard on Monday."
FELL_THROUGH = "The ferry contract with the shipyard fell through on Monday."
COLLAPSED = "The ferry contract with the shipyard collapsed on Monday, county officials said."
CAME_TO_END = "The ferry contract with the shipyard came to an end on Monday."
SIGNED = "The county signed the ferry contract with the shipyard on Monday."
NOT_ENDED = "The county did not end the ferry contract with the shipyard on Monday."


@pytest.mark.parametrize("other", [FELL_THROUGH, COLLAPSED, CAME_TO_END])
def test_an_ending_against_an_ending_is_no_clash(other: str) -> None:
    a, b = first_claim_profiles(SCRAPPED, other)
    assert a.ends and b.ends
    assert not opposite_pairs([a, b])[0, 1]


@pytest.mark.parametrize("other", [SIGNED, NOT_ENDED])
def test_an_ending_against_a_statement_still_clashes(other: str) -> None:
    a, b = first_claim_profiles(SCRAPPED, other)
    assert a.ends and not b.ends
    assert opposite_pairs([a, b])[0, 1]


def test_an_ending_in_a_side_clause_ends_nothing() -> None:
    (a,) = first_claim_profiles(
        "After the county scrapped the ferry contract, the shipyard laid off forty welders.")
    assert not a.ends


def test_a_verb_that_ends_only_with_its_particle() -> None:
    broke_down, broke = first_claim_profiles(
        "The wage talks between the dockworkers and the port broke down on Friday.",
        "The dockworkers broke the port's loading record on Friday.")
    assert broke_down.ends and not broke.ends


def test_rule_off_the_veto_fires_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ending_acts, "ENDING_RULE", False)
    a, b = first_claim_profiles(SCRAPPED, FELL_THROUGH)
    assert not a.ends and not b.ends
    assert opposite_pairs([a, b])[0, 1]


def test_an_ending_of_an_end_ends_nothing() -> None:
    refused, blocked = first_claim_profiles(
        "The board refused to cancel the ferry contract with the shipyard.",
        "The board cancelled the ferry contract with the shipyard.")
    assert not refused.ends and blocked.ends
    assert opposite_pairs([refused, blocked])[0, 1]
