"""The search page's counts name every source of the matches: a match in a file is counted
under its file name, as the other pages name it, and its count filters by it, in Debian's
chromium against ``newsprism serve`` (issue 12; docs/web.md, "Session 36").

Session 35 let the search filter pick a file (``source=``), but the "By outlet" counts
still left out every match with no outlet: a search over two files and two outlets read
"4 articles match" beside "By outlet: Harbour Post (1), Quay Herald (1)". One event is
told by two files, another by two outlets; a search that matches the outlets only is the
negative case (it reads "By outlet" as before).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.web.conftest import files_and_outlets_site, write_feed

FILES = ("lock-notes.txt", "canal<b>log.txt")
EVENT = ("The Velmar canal lock jammed shut on Monday, stranding 14 barges, lock keeper "
         "Odile Franck said.\n\nFranck said engineers expected to free the gates by "
         "Wednesday and no cargo was lost.")  # fmt: skip
TITLES = ("Velmar lock jams", "Barges stranded at Velmar lock")
OTHER = ("The Harrowgate library opened a new reading room on Friday, head librarian "
         "Piet Osk said.\n\nOsk said the room holds 4,000 volumes of local maps.")  # fmt: skip
OUTLETS = ("Harbour Post", "Quay Herald")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("feed")
    write_feed(folder, FILES, TITLES, EVENT, ("jammed shut", "stuck shut"), OUTLETS,
               {"title": "Harrowgate library opens reading room", "slug": "library",
                "date": "2026-11-07T09:00:00Z", "text": OTHER})
    with files_and_outlets_site(folder, tmp_path_factory.mktemp("store") / "facets.db") as site:
        yield site


def _facets(tab: Any) -> str:
    return tab.locator("p.facets").inner_text()


def test_the_counts_name_each_file(tab: Any, site: dict) -> None:
    tab.goto(site["url"] + "/search?q=said")
    assert tab.locator("li.hit").count() == 4
    line = _facets(tab)
    assert line.startswith("By source: "), line
    for name in (*OUTLETS, *FILES):  # the markup in a file name is text
        assert f"{name} (1)" in line, line
    tab.locator("p.facets a", has_text=FILES[1]).click()
    tab.wait_for_url("**source=*")
    hits = tab.locator("li.hit")
    assert hits.count() == 1 and hits.locator("bdi.source").inner_text() == FILES[1]
    assert tab.locator("select[name=source] option:checked").inner_text() == FILES[1]
    tab.locator("p.facets a", has_text=OUTLETS[0]).click()  # an outlet's count drops source=
    tab.wait_for_url("**outlet=*")
    assert "source=" not in tab.url
    assert tab.locator("li.hit").count() == 1
    assert not tab.errors


def test_a_search_of_outlets_only_reads_as_before(tab: Any, site: dict) -> None:
    tab.goto(site["url"] + "/search?q=library")
    assert _facets(tab) == f"By outlet: {OUTLETS[0]} (1), {OUTLETS[1]} (1)"


def test_the_api_counts_sources(site: dict) -> None:
    def found(q: str) -> dict[str, Any]:
        return httpx.get(f"{site['url']}/api/search?q={quote(q)}", timeout=60).json()

    said = found("said")
    assert sorted((s["source"], s["count"]) for s in said["sources"]) == \
        sorted((name, 1) for name in FILES)
    assert sorted(o["outlet"] for o in said["outlets"]) == sorted(OUTLETS)  # unchanged
    assert found("library")["sources"] == []
    assert [s["source"] for s in found("stuck")["sources"]] == [FILES[1]]
