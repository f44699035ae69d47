"""A story's sources as a reader meets them, in Debian's chromium against ``newsprism
serve`` (issue 12, the reader's view; docs/web.md, "Session 34: the pages read as a
user").

Read on a store of the seed pair and NeuS rows: an article with no known outlet was
missing from the home page's and the story header's list of names ("2 sources · Al
Jazeera"; two such articles: "2 sources" and no name, a header with an empty "· ·"),
and the coverage bar drew it as "unknown source" in a colour its story page did not
use. Here a report with an outlet and an uploaded file (its name carrying markup,
since a file name is untrusted text) tell one event; a second event is told by two
outlets, the negative case.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.web.conftest import Server, newsprism_command

FILE = "ferry<i>notes.txt"
EVENT = ("The island ferry service resumed on Thursday after four days of storms kept "
         "every boat in port, the harbour authority said.\n\nThe authority said the first "
         "crossing left at seven with 212 passengers and that timetables would return to "
         "normal by the weekend.\n\nEngineers checked the pier at Kessock for damage before "
         "the crossing, the authority added.")  # fmt: skip
OTHER = ("The city council voted 31 to 9 on Monday to build a new library on the old "
         "tram depot site, the mayor said.\n\nThe library will open in 2029 and cost 48 "
         "million euros, the council said.")  # fmt: skip

LONE = ("Growers in the valley picked a record 9,400 tonnes of cherries this season, the "
        "growers' association said on Tuesday.\n\nA warm spring and no late frost helped "
        "the crop, the association said.")  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("feed")
    (folder / "gazette.json").write_text(json.dumps({
        "title": "Island ferry sails again after storms", "source": "Harbour Gazette",
        "url": "https://gazette.example/ferry", "date": "2026-11-05T09:00:00Z",
        "text": EVENT}), encoding="utf-8")  # fmt: skip
    (folder / FILE).write_text("Ferry back at sea after four-day storm\n\n" + EVENT.replace(
        "resumed on Thursday", "restarted on Thursday"), encoding="utf-8")  # fmt: skip
    for n, outlet in enumerate(["Civic Post", "Town Ledger"]):
        (folder / f"library{n}.json").write_text(json.dumps({
            "title": "Council backs library on tram depot site", "source": outlet,
            "url": f"https://{n}.example/library", "date": "2026-11-02T10:00:00Z",
            "text": OTHER}), encoding="utf-8")  # fmt: skip
    (folder / "lone.json").write_text(json.dumps({
        "title": "Orchard growers report record cherry harvest", "source": "Valley Herald",
        "url": "https://herald.example/cherries", "date": "2026-10-20T08:00:00Z",
        "text": LONE}), encoding="utf-8")  # fmt: skip
    db = tmp_path_factory.mktemp("store") / "sources.db"
    subprocess.run([*newsprism_command(), "ingest", str(folder), "--db", str(db)],
                   check=True, capture_output=True)  # fmt: skip
    server = Server(db)
    try:
        stories = httpx.get(f"{server.url}/api/stories", timeout=60).json()["stories"]
        assert sorted(s["size"] for s in stories) == [1, 2, 2], "the clusterer split a story"
        names = {"Harbour Gazette": "ferry", "Civic Post": "library", "Valley Herald": "lone"}
        ids = {names[s["outlets"][0]] if s["outlets"][0] in names else names[s["outlets"][-1]]:
               s["id"] for s in stories}  # fmt: skip
        yield {"url": server.url, **ids}
    finally:
        server.stop()



def _row(tab: Any, story_id: str) -> Any:
    return tab.locator("#latest li.story").filter(
        has=tab.locator(f'a.label[href="/stories/{story_id}"]'))  # fmt: skip


def test_home_names_a_file_source_beside_the_outlet(tab: Any, site: dict) -> None:
    tab.goto(site["url"] + "/")
    names = _row(tab, site["ferry"]).locator(".outlets")
    assert names.inner_text() == f"Harbour Gazette, {FILE}"  # the markup shown as text
    assert names.locator("a").all_inner_texts() == ["Harbour Gazette"]  # no outlet page
    assert names.locator("bdi.source").all_inner_texts() == [FILE]
    assert tab.evaluate("document.querySelectorAll('.outlets i').length") == 0
    assert "unknown source" not in tab.content()
    # the negative case: a story of two outlets has two links and no unlinked name
    other = _row(tab, site["library"]).locator(".outlets")
    assert other.locator("a").count() == 2 and other.locator("bdi.source").count() == 0
    assert not tab.errors


def test_the_bar_draws_each_source_in_its_story_page_colour(tab: Any, site: dict) -> None:
    tab.goto(site["url"] + "/")
    bar = _row(tab, site["ferry"]).locator("svg.coverage rect")
    on_home = {r.locator("title").text_content().split(":")[0]: r.get_attribute("class")
               for r in bar.all()}  # fmt: skip
    assert set(on_home) == {"Harbour Gazette", FILE}
    tab.goto(f"{site['url']}/stories/{site['ferry']}")
    for name, colour in on_home.items():
        swatch = tab.locator("#omissions h4 a", has_text=name).locator(".swatch")
        assert colour in swatch.get_attribute("class").split(), (name, colour)
    assert on_home["Harbour Gazette"] != on_home[FILE]


def test_the_story_header_names_every_source_once(tab: Any, site: dict) -> None:
    tab.goto(f"{site['url']}/stories/{site['ferry']}")
    meta = tab.locator("header p.meta").first
    text = meta.inner_text()
    assert f"Harbour Gazette, {FILE}" in text and "· ·" not in text
    assert meta.locator("a", has_text="Harbour Gazette").get_attribute("href") \
        == "/outlets/Harbour%20Gazette"  # fmt: skip
    tab.goto(f"{site['url']}/stories/{site['library']}")
    other = tab.locator("header p.meta").first
    assert other.locator("bdi.source").count() == 0
    assert other.locator("a", has_text="Town Ledger").count() == 1


def test_an_outlet_page_of_one_article_says_so_in_words(tab: Any, site: dict) -> None:
    tab.goto(f"{site['url']}/outlets/Harbour%20Gazette")
    share = tab.locator("#analysed-share").inner_text()
    assert share == "Framing and voices come from its one article."
    assert "1 of its 1" not in tab.content()


def test_an_undated_article_is_listed_by_its_badge_and_name(tab: Any, site: dict) -> None:
    """"Date unknown: 2 003_d3dd….txt" read as one number; the article's numbered badge,
    as on its column, keeps the number apart from a file name that starts with digits."""
    tab.goto(f"{site['url']}/stories/{site['ferry']}")
    link = tab.locator("a.undated")
    assert link.count() == 1 and link.locator("bdi").inner_text() == FILE
    badge = link.locator(".num")
    column = tab.locator("p.outlet .num", has_text=badge.inner_text())
    assert badge.get_attribute("class") == column.first.get_attribute("class")
    tab.goto(f"{site['url']}/stories/{site['library']}")  # both dated: no such line
    assert tab.locator("a.undated").count() == 0


def test_a_story_of_one_article_does_not_show_empty_comparisons(tab: Any, site: dict) -> None:
    """A one-article story showed "0 facts stated by more than one outlet · 0 conflicts"
    and empty Agreed facts, Conflicts and Omissions sections, where the home page rightly
    shows no counts; a story of two keeps them."""
    tab.goto(f"{site['url']}/stories/{site['lone']}")
    assert tab.locator("#fact-counts").inner_text() == \
        "One article so far: no other report to compare it with."  # fmt: skip
    for part in ("#facts", "#conflicts", "#omissions", 'a[href="#facts"]'):
        assert tab.locator(part).count() == 0, part
    assert tab.locator("#articles").count() == 1 and tab.locator("#framing").count() == 1
    tab.goto(f"{site['url']}/stories/{site['library']}")
    assert "stated by more than one outlet" in tab.locator("#fact-counts").inner_text()
    assert tab.locator("#facts").count() == 1 and tab.locator("#omissions").count() == 1
