"""A story of files says "source" in every heading, and a search can pick a file, in
Debian's chromium against ``newsprism serve`` (issue 12; docs/web.md, "Session 35:
stories of files, every heading").

After the counts said "sources" for a story of files, its timeline heading still read
"When each outlet published", its status legend "reported by one outlet only", and its
framing and label-choice headings "per outlet" and "each outlet uses"; and the search
page's filter listed outlets only, so a file or a web site could not be picked. Here one
event is told by two files and another by two outlets (the negative case: it reads as
before), so the store has both kinds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.web.conftest import files_and_outlets_site, write_feed

FILES = ("ferry-log.txt", "harbour<i>notes.txt")
EVENT = ("The Kelsby ferry ran aground on a sandbar near Port Alder on Sunday morning, "
         "harbour master Ines Vollard said.\n\nVollard said all 63 passengers were taken "
         "ashore by lifeboat and nobody was injured.\n\nThe ferry company said crossings "
         "would resume on Tuesday once divers had inspected the hull.")  # fmt: skip
TITLES = ("Kelsby ferry runs aground", "Ferry aground off Port Alder")
OTHER = ("The Brisholt opera house reopened on Saturday after a two-year renovation, "
         "conductor Tomas Penwarden said.\n\nPenwarden said the stage now seats 900 "
         "and the orchestra pit was rebuilt in oak.")  # fmt: skip
OUTLETS = ("Alder Gazette", "Coastline Daily")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("feed")
    write_feed(folder, FILES, TITLES, EVENT, ("ran aground", "went aground"), OUTLETS,
               {"title": "Brisholt opera house reopens", "slug": "opera",
                "date": "2026-11-07T09:00:00Z", "text": OTHER})
    with files_and_outlets_site(folder, tmp_path_factory.mktemp("store") / "headings.db") as site:
        yield site



def _headings(tab: Any) -> dict[str, str]:
    """The headings and legends the reader reads, by where they are."""
    return {
        "timeline": tab.locator("#timeline h2").inner_text(),
        "legend": tab.locator("#articles .legend").inner_text(),
        "labels": tab.locator("#label-choice").inner_text(),
        "framing": " ".join(tab.locator("#framing h3").all_inner_texts()),
        "chart": tab.locator("#framing p.legend").inner_text(),
    }


def test_a_story_of_files_says_source_in_every_heading(tab: Any, site: dict) -> None:
    tab.goto(f"{site['url']}/stories/{site['files']}")
    heads = _headings(tab)
    assert heads["timeline"] == "When each source published"
    assert "reported by one source only" in heads["legend"]
    assert heads["labels"].startswith("Label choice: the words each source uses")
    assert "Loaded terms per source" in heads["framing"]
    assert all("outlet" not in text for text in heads.values()), heads
    assert not tab.errors


def test_a_story_of_outlets_reads_as_before(tab: Any, site: dict) -> None:
    tab.goto(f"{site['url']}/stories/{site['outlets']}")
    heads = _headings(tab)
    assert heads["timeline"] == "When each outlet published"
    assert "reported by one outlet only" in heads["legend"]
    assert heads["labels"].startswith("Label choice: the words each outlet uses")
    assert "source" not in heads["legend"]


def test_the_search_filter_picks_a_file(tab: Any, site: dict) -> None:
    tab.goto(site["url"] + "/search?q=said")
    assert tab.locator("li.hit").count() == 4
    menu = tab.locator("select[name=source]")
    assert sorted(menu.locator("option").all_inner_texts()) == sorted(["any", *FILES])
    menu.select_option(FILES[1])  # the markup is a name, shown as text
    tab.locator("form.search-form button[type=submit]").click()
    tab.wait_for_url("**source=*")
    hits = tab.locator("li.hit")
    assert hits.count() == 1 and hits.locator("bdi.source").inner_text() == FILES[1]
    assert tab.evaluate("document.querySelectorAll('li.hit i').length") == 0
    assert tab.locator("select[name=source] option:checked").inner_text() == FILES[1]


def test_the_api_filters_by_source_and_an_unknown_one_finds_nothing(site: dict) -> None:
    def hits(**params: str) -> list[dict[str, Any]]:
        query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
        return httpx.get(f"{site['url']}/api/search?{query}", timeout=60).json()["hits"]

    found = hits(q="ferry", source=FILES[0].upper())  # case does not matter
    assert [h["source_path"].rsplit("/", 1)[-1] for h in found] == [FILES[0]]
    assert hits(q="said", source="nowhere.txt") == []
    assert hits(q="said", source=OUTLETS[0]) == []  # an outlet is no "other source"
    assert [h["outlet"] for h in hits(q="said", outlet=OUTLETS[0])] == [OUTLETS[0]]
    assert len(hits(q="said")) == 4
