"""A refusal on both sides is no denial clash (session 27, i12-fixes34): CBS's "I've
decided to decline the offer of tenure." and the Washington Examiner's "… declined the
University of North Carolina at Chapel Hill's offer for tenure …" (NeuS raw row 284)
both refuse, and were kept apart as opposites because the Examiner's predicate is a
denial and CBS's ("decided") is not, though CBS's refusing verb stands below it. A
denial still clashes with a sentence that neither negates nor refuses, and a refusal
in a side clause or a verb that falls does not count. Real parses (spaCy, the packaged
model)."""

from __future__ import annotations

from newsprism.compare.pairs import _in_statement, opposite_pairs
from newsprism.compare.stance import refusing
from newsprism.extract.nlp import load_nlp
from tests.compare.profile_helpers import first_claim_profiles

CBS = "I've decided to decline the offer of tenure."
EXAMINER = ("Nikole Hannah-Jones, founder of the controversial 1619 Project, declined the "
            "University of North Carolina at Chapel Hill's offer for tenure and will "
            "instead join the faculty of Howard University.")  # fmt: skip


def test_decided_to_decline_and_declined_agree() -> None:
    cbs, examiner = first_claim_profiles(CBS, EXAMINER)
    assert examiner.denied and not cbs.denied  # the predicates differ, as before
    assert cbs.refuses
    assert not opposite_pairs([cbs, examiner])[0, 1]


def test_other_refusals_below_the_predicate_agree() -> None:
    for text in ("The senator voted to reject the bill.",
                 "Officials said the senator chose to reject the bill."):
        assert not opposite_pairs(first_claim_profiles("The senator rejected the bill.",
                                                       text))[0, 1], text


def test_a_denial_still_clashes_with_a_plain_statement() -> None:
    for text in ("Trump called the soldiers losers.",
                 "Trump decided to call the soldiers losers."):
        pair = first_claim_profiles("Trump denied that he called the soldiers losers.", text)
        assert not pair[1].refuses
        assert opposite_pairs(pair)[0, 1], text


def test_a_falling_verb_or_a_side_clause_is_no_refusal() -> None:
    nlp = load_nlp()
    assert not refusing(list(nlp("Officials said payrolls declined 5 percent in May.")),
                        _in_statement)
    assert not refusing(list(nlp("The bill, which the senator refused to sign, passed.")),
                        _in_statement)
    assert refusing(list(nlp("Officials said the senator declined the offer.")), _in_statement)
