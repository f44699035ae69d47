"""An opposite hedge's plain words name a cancelling verb as well as a negation
(report/hedge_view.py, session 34: "is negated" was untrue of "abandoned … talks")."""

from __future__ import annotations

from newsprism.report.hedge_view import hedge_note


def _fact(hedge: str) -> dict:
    return {"hedge": hedge, "near": [{"article_id": "b", "sentence": "The strike was called off."}]}


def test_an_opposite_hedge_says_negates_or_cancels() -> None:
    note = hedge_note(_fact("opposite"), "Daily A", {"b": "Daily B"})
    assert "Daily B's closest sentence negates or cancels what this one states" in note
    assert "is negated" not in note


def test_a_topic_hedge_keeps_its_words() -> None:
    note = hedge_note(_fact("topic"), "Daily A", {"b": "Daily B"})
    assert "cover the same topic" in note and "cancels" not in note
