"""A paywall-cut report on the story page, in a real browser: the note beside the cut
article and beside the fact only the whole report states.

A fresh store of two real cleanings (the truncation tests' pages: one outlet serves the
whole article, the other its lead and a paywall stub), ingested by ``newsprism ingest``,
served by a real ``newsprism serve`` and read in Debian's chromium.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.clean.test_truncation import LEAD, REST, STUB, _page, _ps
from tests.web.conftest import Server, newsprism_command
from tests.web.test_browser import save, shots  # noqa: F401  (fixture)

CUT_NOTE = "Text cut by a paywall — what it does not say is unknown."


def _ingest(db: Path, path: Path, outlet: str) -> None:
    command = [*newsprism_command(), "ingest", str(path), "--db", str(db), "--outlet", outlet]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def cut_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("cut")
    db = folder / "cut.db"
    (folder / "whole.html").write_text(_page(_ps(LEAD + REST)), encoding="utf-8")
    (folder / "cut.html").write_text(_page(_ps(LEAD) + STUB), encoding="utf-8")
    _ingest(db, folder / "whole.html", "Daily Example")
    _ingest(db, folder / "cut.html", "Example Times")
    running = Server(db)
    try:
        yield running
    finally:
        running.stop()


def test_the_story_page_says_the_text_is_cut(browser: Any, cut_server: Server,
                                            shots: Path) -> None:  # noqa: F811
    stories = httpx.get(f"{cut_server.url}/api/stories", timeout=30).json()
    [story] = [s for s in stories["stories"] if s["size"] == 2]
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    context.set_default_timeout(120_000)  # the first view loads spaCy in the server
    tab = context.new_page()
    try:
        tab.goto(f"{cut_server.url}/stories/{story['id']}")
        banner = tab.locator("#articles .cut-banner")
        assert banner.count() == 1 and banner.first.is_visible()
        assert CUT_NOTE in banner.first.inner_text()
        column = tab.locator("#articles article.column", has=tab.locator(".cut-banner"))
        assert "Example Times" in column.locator(".outlet").inner_text()
        notes = tab.locator("#articles .cut-note")
        assert notes.count() >= 1 and notes.first.is_visible()
        assert "not in Example Times' text, which a paywall cuts" in notes.first.inner_text()
        whole = tab.locator("#articles article.column", has_text="Daily Example")
        assert whole.locator(".cut-note").count() == notes.count()  # beside its own facts
        omissions = tab.locator("#omissions .cut-banner")
        assert omissions.count() == 1 and "Not counted as leaving anything out" in (
            omissions.inner_text())
        column.scroll_into_view_if_needed()
        save(tab, shots, "story-truncated", full_page=False)
    finally:
        context.close()


ARTICLE_NOTE = "The outlet's page was cut by a paywall"


def _cut_story(server: Server) -> dict[str, Any]:
    stories = httpx.get(f"{server.url}/api/stories", timeout=30).json()
    [story] = [s for s in stories["stories"] if s["size"] == 2]
    return story


def test_the_article_page_says_the_text_is_cut(browser: Any, cut_server: Server,
                                              shots: Path) -> None:  # noqa: F811
    story = _cut_story(cut_server)
    cut = {m["outlet"]: m["id"] for m in story["articles"] if m["truncated"]}
    whole = {m["outlet"]: m["id"] for m in story["articles"] if not m["truncated"]}
    assert list(cut) == ["Example Times"] and list(whole) == ["Daily Example"]
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    tab = context.new_page()
    try:
        tab.goto(f"{cut_server.url}/articles/{cut['Example Times']}")
        note = tab.locator("#cut-note")
        assert note.count() == 1 and note.is_visible()
        assert ARTICLE_NOTE in note.inner_text() and "paywall stub" in note.inner_text()
        body = tab.locator(".article-body")
        end = tab.locator(".cut-end")
        assert end.is_visible() and "stops here" in end.inner_text()
        # Near the text: the note just above it, the end mark just below it.
        top, text, bottom = (x.bounding_box() for x in (note, body, end))
        assert top["y"] + top["height"] <= text["y"] < text["y"] + text["height"] <= bottom["y"]
        assert "To continue reading" not in body.inner_text()  # the stub is not the text
        save(tab, shots, "article-truncated", clip={"x": 0, "y": 0, "width": 1360, "height": 470})
        tab.goto(f"{cut_server.url}/articles/{whole['Daily Example']}")
        assert tab.locator("#cut-note").count() == 0 and tab.locator(".cut-end").count() == 0
    finally:
        context.close()


def test_the_home_page_says_a_story_has_a_cut_article(browser: Any, cut_server: Server) -> None:
    story = _cut_story(cut_server)
    assert story["truncated_count"] == 1
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    tab = context.new_page()
    try:
        tab.goto(f"{cut_server.url}/")
        link = tab.locator(f"a[href='/stories/{story['id']}']")
        for section in ("#latest", "#biggest"):
            count = tab.locator(f"{section} li.story", has=link).locator(".cut-count")
            assert count.count() == 1 and count.is_visible()
            assert count.inner_text() == "✂ 1 of 2 articles cut by a paywall"
        assert tab.locator(".cut-count").count() == 2  # that story, in both lists
    finally:
        context.close()
