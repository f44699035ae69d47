"""A unique fact whose only close partners the polarity veto zeroed is possibly shared
(compare/opposite_near.py; docs/eval-compare.md "Session 34: a reader's pass over fresh
stories"), on the whole pipeline, in words unlike the stories': one court ruling told
with a cancelling verb ("blocked") by one outlet and another verb ("invalidated") by the
other, each lead long enough that the loose word test fails.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsprism.compare.opposite_near as opposite_near
from newsprism.compare import ending_acts
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article

BLOCKED = ("On Tuesday, a state court in Ohio blocked a decade-old program shielding tenant "
           "farmers who rent land from eviction, halting the program's power to take new "
           "applicants, freezing pending grants for irrigation, dairy barns and orchards, and "
           "once again leaving the future of 40,000 families across the river valley in doubt."
           "\n\nThe governor's office said it would appeal.")
INVALIDATED = ("A state court in Ohio on Tuesday invalidated a decade-old program that gave "
               "eviction protections and low-cost loans to tenant farmers, a ruling that puts "
               "the program at risk and stunned lawyers, lenders and county clerks statewide."
               "\n\nThe program began in 2011.")
ELSEWHERE = ("A federal panel in Texas on Monday invalidated a school lunch rule that capped "
             "sugar in breakfast cereals, a ruling that pleased cereal makers and grocers.")


def _status(monkeypatch: pytest.MonkeyPatch, on: bool, *texts: str) -> dict[str, Any]:
    monkeypatch.setattr(opposite_near, "OPPOSITE_NEAR_RULE", on)
    # two endings are no longer opposites (compare/ending_acts.py, session 35): off here,
    # so that the veto fires on the pair as it did when this rule was written
    monkeypatch.setattr(ending_acts, "ENDING_RULE", False)
    articles = [gold_article(f"t:{n}", text, outlet=f"Daily {n}", published_at="2026-03-03")
                for n, text in enumerate(texts)]  # fmt: skip
    report = analyze_story(articles).as_dict()
    return {f["text"][:25]: f for f in report["claims"]}


def test_two_verbs_of_one_ruling_are_not_each_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _status(monkeypatch, False, BLOCKED, INVALIDATED)
    after = _status(monkeypatch, True, BLOCKED, INVALIDATED)
    for lead in ("On Tuesday, a state court", "A state court in Ohio on "):
        assert before[lead]["status"] == "unique"
        assert after[lead]["status"] == "possibly_shared"
        [near] = after[lead]["near"]
        assert near["opposite"] and near["probability"] == 0.0
    assert after["The governor's office sai"]["status"] == "unique"


def test_a_ruling_on_another_thing_stays_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _status(monkeypatch, True, BLOCKED, ELSEWHERE)
    assert found["On Tuesday, a state court"]["status"] == "unique"
    assert found["A federal panel in Texas "]["status"] == "unique"
