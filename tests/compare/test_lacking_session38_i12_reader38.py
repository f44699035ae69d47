"""A predicate of "being without" is a negation with no "not" (session 38, i12-reader38):
CNN's "8.5% of gas stations in North Carolina … didn't have gasoline" was set against
The Hill's "… more than 6 percent of North Carolina gas stations … were without fuel"
by the ``denial_clash`` veto (NeuS raw row 446), and the report said CNN's sentence
"negates or cancels" The Hill's: both state the same lack. A "without" that does not
make the predicate ("passed the bill without a vote") still leaves the other side a
plain statement, and the veto still fires. Real parses (spaCy, the packaged model)."""

from __future__ import annotations

import pytest

from newsprism.compare import lacking
from newsprism.compare.pairs import opposite_pairs
from tests.compare.profile_helpers import first_claim_profiles

HILL = ("As of Tuesday afternoon, nearly 8 percent of Virginia gas stations, more than 6 "
        "percent of North Carolina gas stations and more than 4 percent of Georgia gas "
        "stations were without fuel, according to Gasbuddy analyst Patrick De Haan.")
CNN = ("As of 4 pm ET Tuesday, 8.5% of gas stations in North Carolina and 7.7% in Virginia "
       "didn't have gasoline, according to outage figures reported by GasBuddy, an app "
       "that tracks fuel prices and demand.")


def test_two_lacks_are_no_opposites() -> None:
    hill, cnn = first_claim_profiles(HILL, CNN)
    assert hill.lacks and cnn.denied
    assert not opposite_pairs([hill, cnn])[0, 1]


@pytest.mark.parametrize("lack", [
    "Thousands of homes remain without power after the storm.",
    "The prisoners went without food for three days.",
])
def test_other_lacks(lack: str) -> None:
    (unit,) = first_claim_profiles(lack)
    assert unit.lacks


@pytest.mark.parametrize(("denial", "statement"), [
    ("The Senate did not pass the bill.", "The Senate passed the bill without a vote."),
    ("Trump did not attend the dinner.", "Trump attended the dinner without his wife."),
])
def test_a_without_beside_the_predicate_still_clashes(denial: str, statement: str) -> None:
    denied, stated = first_claim_profiles(denial, statement)
    assert not stated.lacks
    assert opposite_pairs([denied, stated])[0, 1]


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lacking, "LACKING_RULE", False)
    hill, cnn = first_claim_profiles(HILL, CNN)
    assert not hill.lacks
    assert opposite_pairs([hill, cnn])[0, 1]
