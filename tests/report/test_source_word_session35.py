"""A story with a file among its sources counts "sources", not "outlets" (session 35,
``report/source_word.py``; docs/web.md, "Session 35: the pages read as a user"): a
story of two uploaded files read "1 fact stated by more than one outlet" and "F1 stated
by 2 outlets" in the report while the home page said "2 sources". A story of two
outlets keeps "outlet"."""

from __future__ import annotations

import copy
import re
from typing import Any

from newsprism.report.html import render_html
from newsprism.report.source_word import source_word


def _files(analysis: dict[str, Any]) -> dict[str, Any]:
    files = copy.deepcopy(analysis)
    for n, article in enumerate(files["articles"]):
        article.update(outlet=None, url=None, source_path=f"/tmp/upload/notes{n}.txt")
    return files


def test_the_word_is_source_when_an_article_has_no_outlet() -> None:
    assert source_word([{"outlet": "Harbour Gazette"}, {"outlet": None}]) == "source"
    assert source_word([{"outlet": "  "}, {"outlet": "Town Ledger"}]) == "source"
    assert source_word([{"outlet": "Harbour Gazette"}, {"outlet": "Town Ledger"}]) == "outlet"


def test_a_report_of_two_files_counts_sources(story_analysis: dict[str, Any]) -> None:
    page = render_html(_files(story_analysis))
    assert re.search(r"stated by more than one source, \d+ conflict", page)
    assert re.search(r"stated by \d+ sources</span>", page)
    assert "stated by more than one outlet" not in page
    assert not re.search(r"stated by \d+ outlets", page)
    assert "What the sources agree on" in page and "What the outlets agree on" not in page


def test_a_report_of_two_outlets_keeps_outlets(story_analysis: dict[str, Any]) -> None:
    page = render_html(story_analysis)
    assert re.search(r"stated by more than one outlet, \d+ conflict", page)
    assert re.search(r"stated by \d+ outlets</span>", page)
    assert "more than one source" not in page
    assert "What the outlets agree on" in page
