"""Partial quotes in a real browser (session 34): Debian's chromium, driven by Playwright.

The HTML report of the report tests' analysis (with a partial quote holding markup, and
without any), and the story page of a real ``newsprism serve`` over a store made by
``newsprism ingest`` from two reports written for the test: one outlet sets a mayor's
few words in quotation marks inside its own sentence, the other quotes nobody.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from newsprism.report.html import render_html
from tests.report.conftest import make_analysis
from tests.report.test_partial_quote_view_session34 import with_partial_quotes
from tests.web.conftest import Server, newsprism_command

REPORTS = [
    {"title": "Riverside council approves the new bridge budget",
     "source": "Daily Example", "url": "https://daily.example/bridge-budget",
     "text": "The Riverside city council approved a budget of 40 million dollars for the new "
             "Harlow Street bridge on Tuesday, after a three-hour debate.\n\nMayor Lena Ortiz "
             "said the vote ended “a costly delay” for commuters on the east side.\n\nWork on "
             "the Harlow Street bridge is due to start in the spring and last two years."},
    {"title": "Harlow Street bridge budget passes council vote",
     "source": "Example Times", "url": "https://times.example/harlow-bridge",
     "text": "Riverside's council voted on Tuesday to spend 40 million dollars on the new "
             "Harlow Street bridge, ending a long debate over its cost.\n\nConstruction of "
             "the Harlow Street bridge should begin in the spring and take two years."},
]  # fmt: skip


def _open(browser: Any) -> Any:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    context.set_default_timeout(120_000)  # the first story view loads spaCy in the server
    return context, context.new_page()


def test_the_report_shows_partial_quotes_as_text(browser: Any) -> None:
    context, tab = _open(browser)
    try:
        tab.set_content(render_html(with_partial_quotes()))
        section = tab.locator("#partial-quotes")
        assert section.count() == 1 and section.is_visible()
        rows = section.locator("tbody tr")
        assert rows.count() == 2
        assert "White House" in rows.nth(1).inner_text()
        marked = rows.nth(0)
        assert "“<b>a</b> <i>trap</i>”" in marked.locator("td").first.inner_text()
        assert "not resolved" in marked.inner_text()
        assert section.locator("b, i, script, img").count() == 0  # markup stayed text
        assert marked.locator("mark").inner_text() == "“<b>a</b> <i>trap</i>”"
        tab.set_content(render_html(make_analysis()))
        assert tab.locator("#framing").count() == 1
        assert tab.locator("#partial-quotes").count() == 0
    finally:
        context.close()


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The two reports ingested by the command and served; their story's id."""
    folder = tmp_path_factory.mktemp("bridge")
    for n, report in enumerate(REPORTS):
        item = {**report, "date": "2026-11-03T16:00:00-07:00"}
        (folder / f"{n}.json").write_text(json.dumps(item), encoding="utf-8")
    db = tmp_path_factory.mktemp("store") / "bridge.db"
    subprocess.run([*newsprism_command(), "ingest", str(folder), "--db", str(db)],
                   check=True, capture_output=True)  # fmt: skip
    server = Server(db)
    try:
        stories = httpx.get(f"{server.url}/api/stories", timeout=60).json()["stories"]
        assert [s["size"] for s in stories] == [2], "the clusterer split the reports"
        yield {"url": server.url, "story": stories[0]["id"]}
    finally:
        server.stop()


def test_the_story_page_shows_each_outlets_partial_quotes(browser: Any,
                                                          bridge: dict[str, Any]) -> None:
    context, tab = _open(browser)
    try:
        tab.goto(f"{bridge['url']}/stories/{bridge['story']}")
        section = tab.locator("#partial-quotes")
        assert section.count() == 1 and section.is_visible()
        assert tab.locator('nav.toc a[href="#partial-quotes"]').count() == 1
        daily = section.locator(".panel", has_text="Daily Example")
        row = daily.locator("tbody tr")
        assert row.count() == 1
        cells = [row.locator("td").nth(n).inner_text() for n in range(3)]
        assert cells[0] == "“a costly delay”" and "Ortiz" in cells[1]
        assert cells[2].startswith("Mayor Lena Ortiz said") and "commuters" in cells[2]
        times = section.locator(".panel", has_text="Example Times")
        assert times.locator("tbody tr").count() == 0 and "None." in times.inner_text()
    finally:
        context.close()
