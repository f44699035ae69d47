"""Session 30 (issue 14): an accusing verb whose subject is a filing or the side that
brings it ("the complaint alleges") is the form the guides ask for, counted with the
neutral attributions; a person's claim stays a flag. Sentences written for the test,
through the real parse."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, legal_source


def _verbs(text: str) -> tuple[list[str], int]:
    framing = frame_text(text, detector=False)
    verbs = [s.text for s, kind in framing.spans() if kind == "attribution"]
    return verbs, framing.neutral_attributions


@pytest.mark.parametrize("text", [
    "A second complaint alleges that the lender hid its fees from borrowers.",
    "Prosecutors allege that the treasurer moved the funds to a private account.",
    "The class-action suit, filed in state court in March, claims the landlord ignored repairs.",
    "The regulator filed a petition against the utility, alleging that it overcharged customers.",
    "The plaintiffs contend that the zoning board never gave notice.",
])
def test_an_accusation_given_to_its_filing_is_neutral(text: str) -> None:
    verbs, neutral = _verbs(text)
    assert verbs == []
    assert neutral == 1


@pytest.mark.parametrize("text, verb", [
    ("The mayor alleges that the lender hid its fees from borrowers.", "alleges"),
    ("The accused treasurer claimed the charges were a vendetta.", "claimed"),
    ("She paid the fine late, claiming that the notice never arrived.", "claiming"),
    ("The lawsuit's author insisted that the landlord ignored repairs.", "insisted"),
])
def test_a_person_s_claim_stays_a_flag(text: str, verb: str) -> None:
    assert _verbs(text)[0] == [verb]


def test_the_rule_is_what_moves_the_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A second complaint alleges that the lender hid its fees from borrowers."
    monkeypatch.setattr(legal_source, "from_legal_source", lambda doc, use: False)
    assert _verbs(text) == (["alleges"], 0)
