"""An attribution verb whose clause complement has no subject reports no statement
(session 26, i14-read27, extract/framing/clause.governs_statement). NeuS raw row 239:
Politico's "wanted to explain his thinking … to the Democrats who've labored to cut a
… deal" showed "explain" as an attribution verb (endorsement): the parse hung
"labored" of the relative clause on "explain"."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text
from newsprism.extract.framing.clause import governs_statement
from newsprism.extract.nlp import load_nlp

POLITICO = ("The Senate majority leader wanted to explain his thinking in greater detail to the "
            "Democrats who’ve labored to cut a nearly $600 billion deal with Republicans, "
            "according to two sources familiar with the meeting.")  # fmt: skip


def _verbs(text: str) -> dict[str, int]:
    return dict(frame_text(text, detector=False).attribution_verbs)


def test_a_stray_clause_after_the_object_is_no_statement() -> None:
    doc = load_nlp()(POLITICO)
    (explain,) = [t for t in doc if t.lower_ == "explain"]
    assert not governs_statement(explain)
    assert "explain" not in _verbs(POLITICO)


@pytest.mark.parametrize("text", [
    "The spokesman explained the delay was caused by the storm.",
    "The senator revealed the plan would cost $2 billion.",
    "The official explained that the plan would fail.",
])  # fmt: skip
def test_a_clause_with_its_own_subject_is_still_a_statement(text: str) -> None:
    # an endorsement verb with a statement is counted with the neutral verbs since
    # session 29 (i14-touch); with no statement it is not counted at all
    framing = frame_text(text, detector=False)
    assert framing.attribution_verbs == {}
    assert framing.neutral_attributions == 1


def test_that_taken_for_a_determiner_still_reports_a_statement() -> None:
    # BASIL 2010-2012 (HuffPost): the parse takes "that" for a determiner; no relative
    # pronoun stands before the clause, so it stays a statement
    text = ("Earlier in the day on Saturday, Santorum had also said that health insurance "
            "plans shouldn’t be required to cover prenatal testing, because that testing "
            "results in more abortions, as well as contending that government-run public "
            "education was “anachronistic.”")
    assert "contend" in _verbs(text)
