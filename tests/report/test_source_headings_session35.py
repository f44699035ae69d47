"""A report of a story of files says "source" in its headings and legends, and a story of
outlets reads as before (``report/source_word.py``, session 35)."""

from __future__ import annotations

import copy
import html
import re
from typing import Any

from rich.console import Console

from newsprism.report._shared import STATUS_HELP
from newsprism.report.html import render_html
from newsprism.report.source_word import in_words_of, status_help
from newsprism.report.text import print_text


def _of_files(analysis: dict[str, Any]) -> dict[str, Any]:
    files = copy.deepcopy(analysis)
    for n, article in enumerate(files["articles"]):
        article.update(outlet=None, url=None, source_path=f"/in/drop-{n}.txt")
    return files


def _visible(page: str) -> str:
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_the_word_changes_whole_words_only() -> None:
    assert in_words_of("one outlet's line, two outlets", "source") == \
        "one source's line, two sources"
    assert in_words_of("the outletless feed", "source") == "the outletless feed"
    assert in_words_of("two outlets", "outlet") == "two outlets"
    helps = status_help(STATUS_HELP, "source")
    assert set(helps) == set(STATUS_HELP) and all("outlet" not in h for h in helps.values())


def test_a_report_of_files_has_no_outlet_heading(story_analysis: dict[str, Any]) -> None:
    text = _visible(render_html(_of_files(story_analysis)))
    assert "Label choice: the words each source uses" in text
    assert "Loaded terms per source, by category" in text
    assert "reported by one source only" in text
    for line in ("the words each outlet uses", "Loaded terms per outlet", "by one outlet only",
                 "in the outlet's own voice"):  # fmt: skip
        assert line not in text


def test_a_report_of_outlets_keeps_its_words(story_analysis: dict[str, Any]) -> None:
    text = _visible(render_html(story_analysis))
    assert "Label choice: the words each outlet uses" in text
    assert "reported by one outlet only" in text and "by one source only" not in text


def test_the_text_report_titles_say_source_for_files(story_analysis: dict[str, Any]) -> None:
    out = Console(record=True, width=200)
    print_text(_of_files(story_analysis), out)
    text = out.export_text()
    assert "Unique: reported by one source only" in text
    assert "Unique: reported by one outlet only" not in text
    before = Console(record=True, width=200)
    print_text(story_analysis, before)
    assert "Unique: reported by one outlet only" in before.export_text()
