"""A verb that only names the act reported ("insisted", "acknowledged", "conceded",
"contended") is counted with the neutral attributions (session 33, i14-years,
extract/framing/plain_acts.py); the verbs people do mark stay flags."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, plain_acts


def _flagged(text: str) -> tuple[list[str], int]:
    framing = frame_text(text, detector=False)
    verbs = [s.text for s, kind in framing.spans() if kind == "attribution"]
    return verbs, framing.neutral_attributions


@pytest.mark.parametrize("text", [
    "The coach insisted that the team had trained hard all winter.",
    "The museum acknowledged that two paintings had been lent without a contract.",
    "The mayor conceded that the bridge would open a year late.",
    "The growers contend that the new tariff will ruin the harvest.",
])  # fmt: skip
def test_a_plain_speech_act_is_neutral(text: str) -> None:
    assert _flagged(text) == ([], 1)


@pytest.mark.parametrize(("text", "verb"), [
    ("The coach claimed that the referee had been paid.", "claimed"),
    ("The tenants complained that the heating never worked.", "complained"),
    ("The director boasted that the film had cost nothing.", "boasted"),
    ("The treasurer admitted that the accounts were wrong.", "admitted"),
])  # fmt: skip
def test_a_verb_people_mark_stays_a_flag(text: str, verb: str) -> None:
    assert _flagged(text)[0] == [verb]


def test_a_quoted_plain_act_stays_the_speakers() -> None:
    framing = frame_text("He said: “I insisted that they leave the room.”", detector=False)
    quoted = [a for a in framing.attributions if a.verb == "insist"]
    assert quoted and all(a.span.in_quote for a in quoted)


def test_the_rule_is_what_moves_the_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The coach insisted that the team had trained hard all winter."
    monkeypatch.setattr(plain_acts, "PLAIN_ACTS", frozenset())
    assert _flagged(text) == (["insisted"], 0)
