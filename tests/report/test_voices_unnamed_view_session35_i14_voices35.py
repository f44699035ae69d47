"""The HTML report marks a voice ``voices_heard`` reads as an unnamed source (session 35,
i14-voices35: "reports" is a kind of voice, not a named one), and only that one."""

from __future__ import annotations

import copy

from newsprism.report.framing_view import voices_view
from newsprism.report.html import render_html
from tests.report.conftest import A_ID, B_ID


def _with_voices(analysis: dict) -> dict:
    analysis = copy.deepcopy(analysis)
    analysis["voices_heard"] = [
        {"speaker": "harbour records", "entity_id": None, "counts": {A_ID: 1}, "only": None,
         "unnamed_source": True},
        {"speaker": "Ilse Marrow", "entity_id": "E2", "counts": {B_ID: 1}, "only": B_ID},
    ]  # fmt: skip
    return analysis


def test_the_view_marks_an_unnamed_source_only(story_analysis) -> None:
    analysis = _with_voices(story_analysis)
    voices = voices_view(analysis, analysis["articles"], ["One", "Two"])
    assert [(v["speaker"], v["unnamed"]) for v in voices] == [
        ("harbour records", True), ("Ilse Marrow", False)]  # fmt: skip


def test_the_report_shows_the_mark_once(story_analysis) -> None:
    page = render_html(_with_voices(story_analysis))
    assert page.count("(unnamed source)") == 1
    assert "harbour records <span class=\"muted\">(unnamed source)</span>" in page
