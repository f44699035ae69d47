"""A second outlet's lead telling again the event of a lead line already picked is no
summary line (compare/lead_told_again.py, session 33); words unlike any gold story's."""

from __future__ import annotations

import pytest

from newsprism.compare import lead_told_again as rule
from newsprism.compare.lead_told_again import lead_told_again, tells_again
from newsprism.models import Claim

OPENING = ("The city council approved a parking ordinance on Tuesday, ending free street "
           "parking downtown.")
SAME = ("On Tuesday, the council in Marlow voted through rules that end free downtown "
        "parking and charge residents for permits.")


def _line(text: str = OPENING, article: str = "A", lead: bool = True) -> dict:
    return {"text": text, "claim_ids": [f"{article}:c1"], "article_ids": [article],
            "status": "unique", "lead": lead}


def _claim(text: str, article: str = "B", number: int = 1) -> Claim:
    return Claim(id=f"{article}:c{number}", article_id=article, sentence_index=number - 1,
                 text=text)


LEADS = {"A:c1", "B:c1"}


def test_another_outlets_lead_of_the_same_act_is_told_again() -> None:
    # another verb for the act ("approved" / "voted through"), one act under both ("end")
    assert tells_again(_claim(SAME), [_line()], LEADS)


@pytest.mark.parametrize("text", [
    # another day
    "On Wednesday, the council in Marlow voted through rules that end free downtown parking.",
    # another subject
    "On Tuesday, the mayor of Marlow vetoed rules that end free downtown parking.",
    # the same council and day, a thing in common, but another act
    "On Tuesday, the city council hired a new parking director to run the downtown garages.",
])
def test_another_event_of_the_story_is_not(text: str) -> None:
    assert not tells_again(_claim(text), [_line()], LEADS)


def test_a_line_with_no_weekday_is_not_read() -> None:
    undated = "The city council approved a parking ordinance, ending free street parking downtown."
    assert not tells_again(_claim(SAME), [_line(undated)], LEADS)


def test_only_lead_lines_and_other_articles_count() -> None:
    assert not tells_again(_claim(SAME), [_line(lead=False) | {"claim_ids": ["A:c4"]}], LEADS)
    assert not tells_again(_claim(SAME, article="A", number=2), [_line()], {"A:c1", "A:c2"})
    conflict = _line() | {"status": "conflict"}
    assert not tells_again(_claim(SAME), [conflict], LEADS)


def test_the_left_out_test_widened_for_leads_only(monkeypatch: pytest.MonkeyPatch) -> None:
    summary = [_line()]
    left_out = lead_told_again(lambda claim: False, summary, LEADS)
    assert left_out(_claim(SAME))
    assert not left_out(_claim(SAME, number=3))  # a later sentence is not a lead
    assert lead_told_again(lambda claim: True, summary, LEADS)(_claim("Rain fell."))
    monkeypatch.setattr(rule, "LEAD_TOLD_AGAIN_RULE", False)
    assert not left_out(_claim(SAME))
