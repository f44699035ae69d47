"""An agreement stated as reached and as still to come (session 28,
compare/agreements.py), and the NeuS raw-crawl reports of a compare gold
(eval/neus_raw.py).

The stories run through the whole ``analyze_story``; their sentences are written for
these tests in the shape of a trade-truce report, not copied from the gold story.
"""

from __future__ import annotations

import pytest

from newsprism.compare.agreements import agreement_statuses
from newsprism.compare.frames import Status, _polarity
from newsprism.eval.neus_raw import split_sentences
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
    ("Canada on Monday announced a truce in its lumber dispute with Japan.",
     [("done", "truce")]),
    ("Canada and Japan are on the verge of announcing a truce in their lumber dispute.",
     [("expected", "truce")]),
    ("Negotiators are close to reaching a deal on lumber tariffs.", [("expected", "deal")]),
    ("The two sides have not reached a deal on lumber tariffs.", [("not", "deal")]),
    ("A deal was reached late on Sunday.", [("done", "deal")]),
    ("Farmers hope the two sides will reach a deal.", []),  # a wish: no status
    ("Canada on Monday announced new lumber tariffs.", []),  # no agreement announced
    ("Canada and Japan held talks about a truce.", []),  # talks are no status of one
])  # fmt: skip
def test_an_agreement_reached_or_still_to_come(nlp, sentence: str,  # type: ignore[no-untyped-def]
                                               states: list[tuple[str, str]]) -> None:
    assert _states(nlp, sentence) == states


def test_a_truce_announced_against_one_on_the_verge_is_a_status_conflict() -> None:
    report = compare_texts(
        "Prime Minister Carney on Monday announced a truce in a long-running lumber trade "
        "war with Japan, saying it was time to focus on other trade threats.",
        "Canada and Japan are on the verge of announcing a truce in their 20-year lumber "
        "trade war, ending one set of tariffs that had soured relations.",
        prefix="truce",
    )
    [conflict] = [c for c in conflicts_of(report) if c["kind"] == "status"]
    assert values_of(conflict) == {"it has happened", "it is still expected"}


def test_two_deals_of_one_story_that_share_no_topic_are_no_conflict() -> None:
    report = compare_texts(
        "The city council reached a deal with the transit union on Monday over bus "
        "drivers' overtime pay.",
        "Separately, the state's governor is on the verge of announcing a deal to build "
        "a stadium for the football team downtown.",
        prefix="two-deals",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "status"] == []


@pytest.mark.parametrize(("paragraph", "sentences"), [
    ("Sen. Joe Manchin of W.Va. spoke on Jan. 6. He left.",
     ["Sen. Joe Manchin of W.Va. spoke on Jan. 6.", "He left."]),
    ("He said: \u201cWe won.\u201d The U.S. Senate agreed. 500 people came!",
     ["He said: \u201cWe won.\u201d", "The U.S. Senate agreed.", "500 people came!"]),
    ("A cut sentence of the crawl...", ["A cut sentence of the crawl..."]),
])  # fmt: skip
def test_a_crawl_paragraph_is_cut_into_sentences(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences
