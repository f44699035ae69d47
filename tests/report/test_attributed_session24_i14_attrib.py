"""A source's word outside quotations in the label tables (session 24, i14-attrib).

NeuS raw row 497 (AllSides 6104): BBC's "a statement formally describing the 1915
massacre of Armenians as a genocide" gives "genocide" to the statement (``attributed``,
i14-read24), so BBC's own count is 0. The text report, the HTML report and the web story
page printed "genocide ×0 (+1 quoted)" and a reader could not tell the word was there as
a source's. The real pipeline on the row's BBC and Guardian reports (as
``scripts/neus_raw_inputs.py`` writes them), then the real renderers."""

from __future__ import annotations

import html
import json
from typing import Any

import pytest
from markupsafe import escape
from rich.console import Console

from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths
from newsprism.report.framing_view import attributed_note, label_choice_view, written_forms
from newsprism.report.html import render_html
from newsprism.report.text import print_text
from newsprism.web.app import environment
from newsprism.web.views import story_view
from tests.report.conftest import XSS
from tests.report.test_text import _Discard

BBC = {
    "title": "Biden says Armenian mass killing was genocide",
    "text": "\n\n".join([
        "Joe Biden has become the first US president to issue a statement formally "
        "describing the 1915 massacre of Armenians as a genocide.",
        "The killings took place in the waning days of the Ottoman Empire, the forerunner "
        "of modern-day Turkey.",
        "But the issue is highly sensitive, with Turkey acknowledging atrocities but "
        "rejecting the term \"genocide\".",
        "Foreign Minister Mevlut Cavusoglu said on Saturday that Turkey \"entirely "
        "rejects\" the US decision.",
        "\"We will not take lessons from anyone on our history,\" he tweeted.",
        "Later the Turkish foreign ministry said it had summoned the...",
    ]),
    "source": "BBC News",
    "date": "2021-04-24T16:30:00-07:00",
    "url": "https://www.bbc.com/news/world-us-canada-56874811",
}
GUARDIAN = {
    "title": "Biden becomes first US president to recognise Armenian genocide",
    "text": "\n\n".join([
        "Joe Biden has become the first US president declare formal recognition of the "
        "Armenian genocide, more than a century after the mass killings by Ottoman troops "
        "and opening a rift between the new US administration and Ankara.",
        "“The American people honour all those Armenians who perished in the genocide "
        "that began 106 years ago today,” Biden said in a statement on Saturday.",
        "“Beginning on 24 April 1915 with the arrest of Armenian intellectuals and "
        "community leaders in Constantinople by Ottoman authorities, one and a half "
        "million Armenians were deported, massacred...",
    ]),
    "source": "The Guardian",
    "date": "2021-04-24T16:30:00-07:00",
    "url": "https://www.theguardian.com/us-news/2021/apr/24/joe-biden-armenian-genocide-recognition",
}
NOTE = "+1 in a source's words: statement"


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The real pipeline on the two reports: cleaned from files, compared, as JSON."""
    folder = tmp_path_factory.mktemp("neus497")
    paths = []
    for side, item in (("center", BBC), ("left", GUARDIAN)):
        path = folder / f"{side}.json"
        path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    articles, failures = clean_paths(paths)
    assert not failures
    return json.loads(json.dumps(analyze_story(articles).as_dict()))


def _genocide_cells(analysis: dict[str, Any]) -> dict[str, dict[str, Any]]:
    articles = analysis["articles"]
    view = label_choice_view(analysis, articles, [a["outlet"] for a in articles])
    row = next(r for r in view["terms"] if r["term"] == "genocide")
    return {a["outlet"]: c for a, c in zip(articles, row["cells"], strict=True)}


def test_the_view_gives_the_statements_word_its_note(analysis) -> None:
    cells = _genocide_cells(analysis)
    bbc, guardian = cells["BBC News"], cells["The Guardian"]
    assert (bbc["loaded"], bbc["quoted"], bbc["attributed"]) == (0, 1, 1)
    assert bbc["attributed_note"] == NOTE
    # the Guardian names it itself ("recognition of the Armenian genocide"): no note
    assert (guardian["loaded"], guardian["attributed"], guardian["attributed_note"]) == (1, 0, "")


def test_the_text_report_shows_the_sources_word(analysis) -> None:
    console = Console(record=True, width=400, file=_Discard())
    print_text(analysis, console)
    text = console.export_text()
    assert f"“genocide” ×0 (+1 quoted) ({NOTE})" in text
    assert "“genocide” ×1 (+1 quoted)  " in text  # the Guardian's cell, no note


def test_the_html_report_shows_the_sources_word_in_the_same_words(analysis) -> None:
    page = render_html(analysis)
    assert f'<span class="muted">(<bdi>{escape(NOTE)}</bdi>)</span>' in page
    assert html.unescape(page).count(NOTE) == 1  # BBC's cell only
    # the per-outlet table: BBC's genocide is 0 own, 1 quoted, 1 in a source's words
    assert "<th class=\"n\">in a source's words</th>" in page
    assert ('<td class="n">0</td><td class="n">1</td><td class="n">1</td>'
            '<td dir="auto">genocide</td>') in page


def test_the_web_story_page_shows_the_sources_word(analysis) -> None:
    story = {"id": "s497", "label": "Biden says Armenian mass killing was genocide",
             "first_seen": None, "last_seen": None, "outlets": ["BBC News", "The Guardian"],
             "key_entities": []}  # fmt: skip
    page = environment().get_template("web/story.html.j2").render(
        **story_view(story, analysis), q="", api_url=None)
    assert f'<span class="muted">(<bdi>{escape(NOTE)}</bdi>)</span>' in page
    # the framing in context marks the use as the statement's, not BBC's own
    kwic = page.split('id="framing-spans"', 1)[1]
    uses = [li.split("</li>")[0] for li in kwic.split("<li")[1:] if 'class="term"' in li]
    marked = [u for u in uses if "(in a source's words: <bdi>statement</bdi>)</span>" in u]
    assert len(marked) == 1 and 'Armenians as a <mark class="term">genocide</mark>' in marked[0]
    assert sum("(in a quotation)" in u for u in uses) == 3  # Turkey's "genocide", Biden's


def test_the_note_names_each_source_and_the_words_written_escaped() -> None:
    """Two named sources, one writing another form of the term; hostile text escaped."""
    frame = {"terms": [{"term": "genocide", "spans": [
        {"text": "genocidal", "in_quote": False, "speaker": "Senator Smith"},
        {"text": "genocide", "in_quote": False, "speaker": XSS},
        {"text": "genocide", "in_quote": True, "speaker": "Jones"},  # quoted: not here
        {"text": "genocide", "in_quote": False}]}]}  # fmt: skip
    note = attributed_note(2, frame, "genocide")
    assert note == f"+2 in sources' words: Senator Smith, {XSS}, as “genocidal”, “genocide”"
    assert attributed_note(0, frame, "genocide") == ""
    # Smith's "genocidal" is not the outlet's own wording (MBIC Breitbart's "pro-choice")
    assert written_forms(frame, "genocide") == {False: "", True: ""}
    page = environment().from_string("{{ n }}").render(n=note)
    assert XSS not in page and escape(XSS) in page
