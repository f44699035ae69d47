"""Session 30 (issue 14): an ideology word on a role whose work is the ideology (a
commentator, a host, an advocacy group, a magazine) describes the role; on any other
role, or as a degree, it stays the lexicon's label. Sentences written for the test,
through the real parse."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, matching


def _labels(text: str) -> list[str]:
    return [s.text for s, kind in frame_text(text, detector=False).spans() if kind == "label"]


@pytest.mark.parametrize("text", [
    "The interview aired on a show hosted by conservative radio host Dana Whitfield.",
    "A memo from the progressive advocacy group Forward Together circulated on Monday.",
    "The essay first ran in the liberal magazine The Harbor Review last spring.",
    "Organisers invited conservative columnist Martin Okafor to speak first.",
])
def test_a_label_on_a_voice_role_is_no_flag(text: str) -> None:
    assert _labels(text) == []


@pytest.mark.parametrize("text, label", [
    ("The fund is backed by liberal investor Harold Brandt, filings show.", "liberal"),
    ("The ruling was written by conservative Judge Helen Marsh on Friday.", "conservative"),
    ("The petition was signed by hard-line activist Omar Ruiz and others.", "hard-line"),
    ("Donations came from progressive donor Alice Kwan last year.", "progressive"),
])
def test_a_label_on_another_role_or_a_degree_stays(text: str, label: str) -> None:
    assert _labels(text) == [label]


def test_the_rule_is_what_lifts_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The interview aired on a show hosted by conservative radio host Dana Whitfield."
    monkeypatch.setattr(matching, "labels_a_voice_role", lambda *args: False)
    assert _labels(text) == ["conservative"]
