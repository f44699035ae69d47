"""A topic hedge of a story of files says "the other sources", as the story's counts and
headings do; a story of outlets keeps "the other outlets" (``report/hedge_view.py``,
session 36)."""

from __future__ import annotations

import copy
import html
from typing import Any

from rich.console import Console

from newsprism.report.hedge_view import hedge_note
from newsprism.report.html import render_html
from newsprism.report.text import print_text


def _topic_hedged(analysis: dict[str, Any]) -> dict[str, Any]:
    """F4 (one article's fact) hedged as ``topic``: the other article covers the topic."""
    out = copy.deepcopy(analysis)
    fact = next(f for f in out["claims"] if f["id"] == "F4")
    other = out["articles"][1]["id"]
    fact.update(status="possibly_shared", hedge="topic",
                near=[{"article_id": other, "sentence": "An outlet said so."}])  # fmt: skip
    return out


def _of_files(analysis: dict[str, Any]) -> dict[str, Any]:
    files = copy.deepcopy(analysis)
    for n, article in enumerate(files["articles"]):
        article.update(outlet=None, url=None, source_path=f"/in/drop-{n}.txt")
    return files


def _text(analysis: dict[str, Any]) -> str:
    out = Console(record=True, width=300)
    print_text(analysis, out)
    return " ".join(out.export_text().split())


def test_the_note_takes_the_word_and_leaves_the_sentence() -> None:
    fact = {"hedge": "topic", "near": [{"article_id": "b", "sentence": "x"}]}
    assert "the other sources cover the same topic" in hedge_note(fact, "a.txt", {}, "source")
    assert "the other outlets cover the same topic" in hedge_note(fact, "Daily A", {})
    check = {"near": [{"article_id": "b", "sentence": "The outlet said so."}]}
    assert hedge_note(check, "a.txt", {"b": "b.txt"}, "source") == "b.txt: The outlet said so."


def test_a_story_of_files_says_other_sources(story_analysis: dict[str, Any]) -> None:
    files = _of_files(_topic_hedged(story_analysis))
    page = html.unescape(render_html(files))
    assert "the other sources cover the same topic" in page
    assert "the other outlets cover" not in page
    text = _text(files)
    assert "the other sources cover the same topic" in text
    assert "the other outlets cover" not in text


def test_a_story_of_outlets_keeps_other_outlets(story_analysis: dict[str, Any]) -> None:
    outlets = _topic_hedged(story_analysis)
    assert "the other outlets cover the same topic" in html.unescape(render_html(outlets))
    assert "the other outlets cover the same topic" in _text(outlets)
