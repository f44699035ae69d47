"""Sources with no known outlet on the outlets page, an entity page and a story page, in
Debian's chromium against ``newsprism serve`` (issue 12; docs/web.md, "Session 35: the
pages read as a user").

Read on a store of NeuS rows and uploaded files: the outlets page listed outlets only,
so the files appeared on the home and story pages but not on the page that says where
the store's reports come from; an entity page's story table had an empty outlets cell
for a story of files; and a story of two files read "1 fact stated by more than one
outlet" and "F1 stated by 2 outlets" where the home page said "2 sources". Here one
event is told by two files (one name carrying markup: a file name is untrusted text)
and another by two outlets, the negative case; both name one person.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.web.conftest import Server, files_and_outlets_site, newsprism_command, write_feed

FILES = ("quarry<b>log.txt", "quarry-notes.txt")
EVENT = ("Work at the Brenlow quarry stopped on Wednesday after a rockfall damaged the "
         "crusher, site manager Odile Farrant said.\n\nFarrant said no one was hurt and "
         "that 40 workers were sent home until the crusher is repaired.\n\nInspectors "
         "from the county will visit the site on Friday, Farrant added.")  # fmt: skip
TITLES = ("Rockfall halts Brenlow quarry", "Brenlow quarry work stops after rockfall")
OTHER = ("The regional orchestra named Odile Farrant its new chair on Tuesday, the "
         "board said.\n\nThe board said the orchestra would play 28 concerts next season "
         "and open a second hall in Dunmere.")  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("feed")
    write_feed(folder, FILES, TITLES, EVENT, ("stopped on", "halted on"),
               ("Dunmere Courier", "Valley Notes"),
               {"title": "Orchestra names new chair", "slug": "orchestra",
                "date": "2026-11-03T10:00:00Z", "text": OTHER})
    with files_and_outlets_site(folder, tmp_path_factory.mktemp("store") / "others.db") as site:
        yield site



def test_the_outlets_page_lists_the_files_apart_with_their_story(tab: Any, site: dict) -> None:
    tab.goto(site["url"] + "/outlets")
    outlets = tab.locator("table").first.locator("tbody tr")
    assert sorted(r.locator("td").first.inner_text() for r in outlets.all()) == \
        ["Dunmere Courier", "Valley Notes"]  # fmt: skip
    others = tab.locator("#other-sources + p + table tbody tr")
    names = sorted(r.locator("bdi.source").inner_text() for r in others.all())
    assert names == sorted(FILES)  # the markup shown as text, never parsed
    assert tab.evaluate("document.querySelectorAll('#other-sources ~ table b').length") == 0
    for row in others.all():
        link = row.locator("a")
        assert link.get_attribute("href") == f"/stories/{site['files']}"
        assert row.locator("td.n").inner_text() == "1"
    api = httpx.get(site["url"] + "/api/outlets", timeout=60).json()
    assert sorted(o["source"] for o in api["other_sources"]) == sorted(FILES)
    assert not tab.errors


def test_a_store_of_outlets_only_has_no_other_sources_table(tmp_path: Any, browser: Any) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    for n, outlet in enumerate(["Dunmere Courier", "Valley Notes"]):
        (folder / f"o{n}.json").write_text(json.dumps({
            "title": "Orchestra names new chair", "source": outlet,
            "url": f"https://{n}.example/o", "date": "2026-11-03T10:00:00Z",
            "text": OTHER}), encoding="utf-8")  # fmt: skip
    db = tmp_path / "only.db"
    subprocess.run([*newsprism_command(), "ingest", str(folder), "--db", str(db)],
                   check=True, capture_output=True)  # fmt: skip
    server = Server(db)
    try:
        page = browser.new_page()
        page.goto(server.url + "/outlets", timeout=300_000)
        assert page.locator("#other-sources").count() == 0
        assert page.locator("table tbody tr").count() == 2
        page.close()
    finally:
        server.stop()


def test_an_entity_page_names_the_files_of_a_story(tab: Any, site: dict) -> None:
    tab.goto(site["url"] + "/entities/odile%20farrant")
    rows = {r.locator("td a").first.get_attribute("href"): r
            for r in tab.locator("#entity-stories tbody tr").all()}  # fmt: skip
    files = rows[f"/stories/{site['files']}"].locator("td").nth(2)
    assert sorted(files.locator("bdi.source").all_inner_texts()) == sorted(FILES)
    assert files.locator("a").count() == 0  # a file has no outlet page
    outlets = rows[f"/stories/{site['outlets']}"].locator("td").nth(2)
    assert outlets.locator("a").count() == 2 and outlets.locator("bdi.source").count() == 0
    # her quotes: the source cell was empty for a file's quote
    api = httpx.get(site["url"] + "/api/entities/odile%20farrant", timeout=60).json()
    for quote in api["quotes"]:
        files = quote["story_id"] == site["files"]
        assert (quote["source"] in FILES) if files else (quote["source"] == quote["outlet"])
    for row in tab.locator("#entity-quotes tbody tr").all():
        cell = row.locator("td").nth(3)
        assert cell.inner_text().strip(), "an empty source cell"


def test_a_story_of_files_counts_sources_not_outlets(tab: Any, site: dict) -> None:
    tab.goto(f"{site['url']}/stories/{site['files']}")
    counts = tab.locator("#fact-counts").inner_text()
    assert "stated by more than one source" in counts and "outlet" not in counts
    heads = tab.locator("#facts .fact-head").all_inner_texts()
    assert heads and all("sources" in h and "outlets" not in h for h in heads)
    tab.goto(f"{site['url']}/stories/{site['outlets']}")
    assert "stated by more than one outlet" in tab.locator("#fact-counts").inner_text()


def test_a_search_hit_and_an_article_page_name_the_file(tab: Any, site: dict) -> None:
    """A file's article read "outlet unknown" in the search hits and on its page."""
    tab.goto(site["url"] + "/search?q=rockfall")
    metas = tab.locator("li.hit p.meta")
    assert sorted(m.locator("bdi.source").inner_text() for m in metas.all()) == sorted(FILES)
    assert "outlet unknown" not in tab.content()
    tab.locator("li.hit .hit-title a").first.click()
    meta = tab.locator("p.meta").first
    assert meta.locator("bdi.source").inner_text() in FILES
    tab.goto(site["url"] + "/search?q=orchestra")  # outlets: linked, no file name
    metas = tab.locator("li.hit p.meta")
    assert metas.count() == 2 and all(m.locator("bdi.source").count() == 0 for m in metas.all())
    assert sorted(m.locator("a").first.inner_text() for m in metas.all()) == \
        ["Dunmere Courier", "Valley Notes"]  # fmt: skip
