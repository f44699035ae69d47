"""An agreement named by two nouns, and a resolution or compromise that is reached
(session 29, compare/agreements.py: ``agreement_key`` and the reached-only nouns).

The stories run through the whole ``analyze_story``; their sentences are written for
these tests in the shape of a trade-truce report, not copied from any gold story.
"""

from __future__ import annotations

import pytest

from newsprism.compare.agreements import agreement_statuses
from newsprism.compare.frames import Status, _polarity
from newsprism.extract.nlp import load_nlp
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _states(nlp, sentence: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    return [(s.status, s.patient) for s in
            agreement_statuses(doc, lambda t: True, _polarity, Status)]  # fmt: skip


@pytest.mark.parametrize(("sentence", "states"), [
    ("The two sides reached a resolution in their lumber dispute on Monday.",
     [("done", "resolution")]),
    ("Senate leaders reached a compromise on lumber tariffs late on Sunday.",
     [("done", "compromise")]),
    ("Negotiators are close to reaching a compromise on lumber tariffs.",
     [("expected", "compromise")]),
    ("The House passed a resolution condemning the lumber tariffs.", []),  # a bill
    ("The senator unveiled a compromise on lumber tariffs.", []),  # a proposal
    ("Canada announced a resolution of the lumber dispute.", []),  # not reached
])  # fmt: skip
def test_a_resolution_or_compromise_is_an_agreement_only_when_reached(
        nlp, sentence: str, states: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _states(nlp, sentence) == states


def test_a_truce_announced_against_a_deal_on_the_verge_is_one_agreement() -> None:
    report = compare_texts(
        "Prime Minister Carney on Monday announced a truce in a long-running lumber trade "
        "war with Japan, ending tariffs on softwood lumber.",
        "Canada and Japan are on the verge of reaching a deal in their long-running "
        "lumber trade war, ending tariffs on softwood lumber.",
        prefix="truce-deal",
    )
    [conflict] = [c for c in conflicts_of(report) if c["kind"] == "status"]
    assert values_of(conflict) == {"it has happened", "it is still expected"}


def test_a_resolution_passed_is_no_agreement_against_a_deal_expected() -> None:
    report = compare_texts(
        "The House on Monday passed a resolution on the long-running lumber trade war "
        "with Japan, calling for an end to tariffs on softwood lumber.",
        "Canada and Japan are on the verge of reaching a deal in their long-running "
        "lumber trade war, ending tariffs on softwood lumber.",
        prefix="resolution-deal",
    )
    assert [c for c in conflicts_of(report) if c["kind"] in ("status", "negation")] == []
