"""Lines a reader read wrong on a real feed (issue 12, the reader's view), each checked
on a real ``newsprism serve`` over a store made by ``newsprism ingest``.

Found reading NeuS-AllSides roundups of July 2021 (docs/web.md, "Read as a reader,
session 15"): a story's header named one body twice ("United Arab Emirates, UAE"), the
note beside a quoted sentence was printed inside the quotation, before its closing
mark, an entity page listed the entity's own name under "Also called", and the note
beside a possibly shared sentence said "not in" a cut text that states it. The three
reports below are written for the test in the shape of those excerpts: the same
indictment, the same names as full name and acronym, a quote that closes a sentence,
and two texts that stop mid-sentence.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.web.conftest import Server, newsprism_command

REPORTS = [
    {"title": "Harbour tycoon charged with secretly lobbying for the UAE",
     "source": "Daily Example", "url": "https://daily.example/tycoon-charged",
     "text": "Walter Brannock, a shipping investor and close friend of the governor, was "
             "arrested on Tuesday in Los Angeles on federal charges of secretly lobbying on "
             "behalf of the United Arab Emirates.\n\nBrannock was charged with two other men "
             "in a seven-count indictment in Brooklyn federal court, prosecutors said.\n\n"
             "The Santa Monica resident is accused of advancing the interests of the UAE at "
             "the direction of senior officials of that country by..."},
    {"title": "Brannock indicted on foreign lobbying charges",
     "source": "Example Times", "url": "https://times.example/brannock-indicted",
     "text": "Walter Brannock, a close friend of the governor and one of his top "
             "fund-raisers, was arrested in California on Tuesday on federal charges of "
             "secretly lobbying on behalf of the United Arab Emirates.\n\nCiting \"messages "
             "and meetings\" with officials, prosecutors said Brannock had acted \"at the "
             "direction of senior UAE officials.\"\n\nHis lawyer said he would plead not "
             "guilty. A seven-count indictment accused Mr. Brannock, 74, of lying about "
             "his activities during a June interview with federal agents."},
    {"title": "Governor's ally hit with UAE lobbying charges",
     "source": "Example Examiner", "url": "https://examiner.example/ally-charged",
     "text": "Walter Brannock, who ran the governor's inaugural fund, was arrested and "
             "charged on Tuesday with secretly lobbying on behalf of the United Arab "
             "Emirates.\n\nThe Justice Department unveiled a seven-count indictment charging "
             "Brannock and two co-defendants with unlawful efforts to advance the interests "
             "of the UAE in the United States by..."},
]  # fmt: skip


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The three reports ingested by the command, served, and their story's pages."""
    folder = tmp_path_factory.mktemp("feed")
    for n, report in enumerate(REPORTS):
        item = {**report, "date": "2026-11-03T16:00:00-07:00"}
        (folder / f"{n}.json").write_text(json.dumps(item), encoding="utf-8")
    db = tmp_path_factory.mktemp("store") / "feed.db"  # beside the feed, not in it
    subprocess.run([*newsprism_command(), "ingest", str(folder), "--db", str(db)],
                   check=True, capture_output=True)  # fmt: skip
    server = Server(db)
    try:
        stories = httpx.get(f"{server.url}/api/stories", timeout=60).json()["stories"]
        assert [s["size"] for s in stories] == [3], "the clusterer split the reports"
        story = httpx.get(f"{server.url}/stories/{stories[0]['id']}", timeout=300).text
        yield {"url": server.url, "story": story}
    finally:
        server.stop()


def _header_names(page: str) -> list[str]:
    """The names after the outlets in the story header (the key entities)."""
    meta = re.search(r'<p class="meta">(.*?)</p>', page, re.S)
    assert meta, "no story header"
    last = meta.group(1).split(" · ")[-1]
    return [html.unescape(re.sub(r"<[^>]+>", "", n)).strip() for n in last.split(",")]


def test_the_story_header_names_each_body_once(reader: dict[str, Any]) -> None:
    names = _header_names(reader["story"])
    assert "United Arab Emirates" in names and "UAE" not in names, names
    assert len(names) == len(set(names)), names
    assert '<a href="/entities/united-arab-emirates">United Arab Emirates</a>' in reader["story"]


def test_a_quote_closes_before_the_note_beside_it(reader: dict[str, Any]) -> None:
    page = reader["story"]
    assert "senior UAE officials.&#34;</span>" in page, "the closing mark left out"
    assert "officials.</span>" not in page
    # the note on the sentence, when there is one, follows the closed quotation
    note = re.search(r"officials\.&#34;</span>(?:<sup.*?</sup>)? <span class=\"cut-note\"", page)
    assert note or "cut-note" not in page.split("senior UAE officials.")[1][:300]


def test_an_entity_page_does_not_call_it_by_its_own_name(reader: dict[str, Any]) -> None:
    page = httpx.get(f"{reader['url']}/entities/walter-brannock", timeout=60).text
    also = re.search(r"<strong>Also called:</strong>(.*?)</p>", page, re.S)
    assert also, "Brannock has other names in the reports"
    assert "Walter Brannock" not in also.group(1) and "Brannock" in also.group(1)



def test_a_near_sentence_is_not_denied_by_its_note(reader: dict[str, Any]) -> None:
    """A possibly shared sentence's near counterpart is often in a cut text: its note
    says "maybe in" that text, never "not in" (the Examiner's lead does say "a
    seven-count indictment")."""
    notes = re.findall(r'<span class="ev ev-possibly_shared"[^>]*>[^<]*</span>'
                       r'(?:<sup.*?</sup>)? <span class="cut-note" role="note">✂ ([^<]*)</span>',
                       reader["story"])  # fmt: skip
    assert notes, "no possibly shared sentence carries a note"
    assert all(n.startswith("maybe in ") for n in notes), notes
