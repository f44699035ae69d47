"""Two words the polarity veto misread (session 39, i12-reader39): a measure of the thing
undone ("11-day" of "an 11-day war") and the subject of a negated verb ("the delegation
would not leave"). Each made two reports of one fact "opposite", and the report said
one "negates or cancels" the other. Real parses (spaCy, the packaged model)."""

from __future__ import annotations

import pytest

from newsprism.compare import negation_scope
from newsprism.compare.pair_vetoes import polarity_pairs
from tests.compare.profile_helpers import first_claim_profiles

# NeuS raw row 417: AP and the New York Post on the Israel–Hamas cease-fire
AP = ("Israel and Hamas agreed to a cease-fire Thursday, halting a bruising 11-day war that "
      "caused widespread destruction in the Gaza Strip, brought life in much of Israel to a "
      "standstill and left more than 200 people dead.")
NYP = ("Israel and Hamas announced a cease-fire in Gaza on Thursday, aiming to bring to an "
       "end more than 10 days of devastating hostilities.")
# the seeds (/work/shared/seeds): Al Jazeera and the other file on the cancelled visit
AJ = ("But he announced on Monday that he would not send any delegation to Washington after "
      "it abstained from voting against a Security Council resolution calling for an "
      "immediate truce in Gaza during the month of Ramadan.")
STATEMENT = ("“In light of the change in the American position, Prime Minister Netanyahu "
             "decided the delegation would not leave,” a statement from his office revealed.")


def test_a_measure_is_not_undone_with_the_war() -> None:
    ap, nyp = first_claim_profiles(AP, NYP)
    assert "war" in ap.negated_objects and "day" not in ap.negated_objects
    assert not polarity_pairs([ap, nyp])[0, 1]


def test_two_denials_of_the_delegation_are_no_opposites() -> None:
    aj, statement = first_claim_profiles(AJ, STATEMENT)
    assert "delegation" in aj.negated_objects
    assert "delegation" not in (statement.stated or set())
    assert not polarity_pairs([aj, statement])[0, 1]


@pytest.mark.parametrize("other", [
    "The delegation did not cancel its trip.",  # a negated cancelling verb affirms
    "The delegation arrived in Washington on Monday.",  # a plain statement
])
def test_a_delegation_stated_as_going_still_clashes(other: str) -> None:
    aj, stated = first_claim_profiles(AJ, other)
    assert polarity_pairs([aj, stated])[0, 1]


def test_switches_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(negation_scope, "MEASURE_RULE", False)
    monkeypatch.setattr(negation_scope, "NEGATED_SUBJECT_RULE", False)
    ap, nyp, aj, statement = first_claim_profiles(AP, NYP, AJ, STATEMENT)
    assert "day" in ap.negated_objects
    assert polarity_pairs([ap, nyp])[0, 1] and polarity_pairs([aj, statement])[0, 1]
