"""The HTML report: one self-contained page, every data string escaped, facts cross-linked."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from newsprism.report.html import (
    Mark,
    build_view,
    clip_marks,
    paragraph_bounds,
    render_html,
    safe_url,
    segment_text,
)
from tests.report.conftest import A_ID, XSS


class _Page(HTMLParser):
    """Collects what the tests need: attributes, evidence spans, links, column text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.evidence: dict[str, dict[str, Any]] = {}  # id -> {fact, claim, column, status}
        self.links: list[tuple[str, str]] = []  # (from evidence id, href) for cross-links
        self.columns: dict[str, list[str]] = {}  # column id -> paragraphs of plain text
        self.scripts = 0
        self._column: str | None = None
        self._in_body = False
        self._paragraph: list[str] | None = None
        self._skip = 0  # depth inside <sup class="xref">
        self._last_evidence: str | None = None
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        self._stack.append(tag)
        classes = (a.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        if tag == "article" and "column" in classes:
            self._column = a["id"]
            self.columns[a["id"] or ""] = []
        if tag == "div" and "body" in classes and self._column:
            self._in_body = True
        if tag == "p" and self._in_body:
            self._paragraph = []
        if tag == "sup" and "xref" in classes:
            self._skip = len(self._stack)
        if tag == "span" and "ev" in classes and self._column and a.get("id"):
            self.evidence[a["id"] or ""] = {
                "fact": a.get("data-fact"), "claim": a.get("data-claim"),
                "column": self._column, "status": classes[1],
            }  # fmt: skip
            self._last_evidence = a["id"]
        if tag == "a" and self._skip and self._last_evidence:
            self.links.append((self._last_evidence, a.get("href") or ""))

    def handle_endtag(self, tag: str) -> None:
        if self._skip and len(self._stack) == self._skip and tag == "sup":
            self._skip = 0
        if self._stack:
            self._stack.pop()
        if tag == "p" and self._paragraph is not None and self._column:
            self.columns[self._column].append("".join(self._paragraph))
            self._paragraph = None
        if tag == "div" and self._in_body:
            self._in_body = False
        if tag == "article":
            self._column = None

    def handle_data(self, data: str) -> None:
        if self._paragraph is not None and not self._skip:
            self._paragraph.append(data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _policy(parsed: _Page) -> str:
    """The Content-Security-Policy of the page, entities decoded as a browser does."""
    for tag, attrs in parsed.tags:
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            return attrs.get("content") or ""
    raise AssertionError("no Content-Security-Policy")


@pytest.fixture
def page(story_analysis: dict[str, Any]) -> str:
    return render_html(story_analysis)


def test_the_fixture_is_valid(validator, story_analysis, hostile_analysis) -> None:
    assert list(validator.iter_errors(story_analysis)) == []
    assert list(validator.iter_errors(hostile_analysis)) == []


def test_the_fixture_offsets_index_the_text(story_analysis) -> None:
    texts = {a["id"]: a["text"] for a in story_analysis["articles"]}
    for fact in story_analysis["claims"]:
        for ev in fact["evidence"]:
            assert texts[ev["article_id"]][ev["start"] : ev["end"]] == ev["sentence"]


def test_each_article_text_is_shown_paragraph_by_paragraph(page, story_analysis) -> None:
    parsed = _parse(page)
    for i, article in enumerate(story_analysis["articles"]):
        assert parsed.columns[f"art-{i}"] == article["text"].split("\n\n")


def test_header_shows_outlet_title_time_and_url(page) -> None:
    assert "Al Jazeera" in page and "Al Mayadeen" in page
    assert "US Warns Israel Against Large-Scale Invasion of Rafah" in page
    assert '<time datetime="2024-03-25T23:21:30Z">2024-03-25 23:21 UTC</time>' in page
    assert 'href="https://aja.ws/d5f3wh"' in page
    # No title: the opening words stand in, marked as such.
    assert 'class="title fallback"' in page


@pytest.mark.parametrize("status", ["shared", "unique", "conflict"])
def test_every_status_is_highlighted_and_in_the_legend(page, status) -> None:
    parsed = _parse(page)
    assert status in {e["status"].removeprefix("ev-") for e in parsed.evidence.values()}
    assert f'<span class="ev ev-{status}">{status}</span>' in page  # the legend


def test_evidence_links_to_its_counterparts_in_other_columns(page) -> None:
    parsed = _parse(page)
    assert parsed.links
    for source, href in parsed.links:
        target = href.removeprefix("#")
        assert target in parsed.evidence, href
        assert parsed.evidence[target]["fact"] == parsed.evidence[source]["fact"]
        assert parsed.evidence[target]["column"] != parsed.evidence[source]["column"]
    linked = {(parsed.evidence[s]["claim"], parsed.evidence[s]["column"]) for s, _ in parsed.links}
    for fact in ("F1", "F2", "F3"):  # both directions for every multi-article fact
        assert {(fact, "art-0"), (fact, "art-1")} <= linked
    assert not any(parsed.evidence[s]["claim"] in ("F4", "F5") for s, _ in parsed.links)


def test_summary_and_omissions_cite_outlets_by_name_with_links(page) -> None:
    view_ids = re.findall(r'<a class="cite" href="#(ev-[\d-]+)">', page)
    assert view_ids and all(f'id="{i}"' in page for i in view_ids)
    assert A_ID not in page.split('<section id="summary">')[1].split("</section>")[0]
    assert "Accounts differ — Al Jazeera: He pointed out" in page


def test_chart_is_inline_svg_with_a_bar_per_outlet_and_category(page) -> None:
    svg = re.search(r'<svg class="chart".*?</svg>', page, re.S)
    assert svg is not None
    bars = re.findall(r"<rect [^>]*><title>([^<]*)</title>", svg.group(0))
    assert "Al Mayadeen — occupation: 1" in bars
    assert "Al Jazeera — occupation: 0" in bars
    assert len(bars) == 2 * 2  # two categories, two outlets


def test_tables_are_present(page) -> None:
    for section in ("summary", "articles", "conflicts", "omissions", "framing", "entities",
                    "quotes", "variants"):  # fmt: skip
        assert f'<section id="{section}">' in page
    assert "Israel; the Israeli government" in page  # the neutral alternative
    assert "endorsement: presents the statement as fact" in page
    assert "<del>large-scale</del> → <ins>major</ins>" in page
    assert "‘Israel’" in page
    # each voice is a bidi isolate: a name may be Arabic
    assert "<bdi>Matthew Miller</bdi> (2), <bdi>White House</bdi> (1)" in page


def test_page_loads_nothing_from_outside(page, story_analysis) -> None:
    parsed = _parse(page)
    article_urls = {a["url"] for a in story_analysis["articles"] if a["url"]}
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        assert tag not in ("link", "iframe", "object", "embed", "img", "base", "form")
        href = attrs.get("href")
        if href is not None:
            assert href.startswith("#") or href in article_urls, href
    assert parsed.scripts == 1
    assert "url(" not in page and "@import" not in page
    csp = _policy(parsed)
    assert "default-src 'none'" in csp
    assert "'unsafe-inline'" not in csp


def test_script_and_style_hashes_match_the_policy(page) -> None:
    csp = _policy(_parse(page))
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)  # type: ignore[union-attr]
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp


def test_hostile_strings_are_shown_as_text(hostile_analysis) -> None:
    page = render_html(hostile_analysis)
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror=alert(1)>" not in page
    assert "onerror=alert(1)>" not in page
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
    body = page.split("<body>", 1)[1]
    # title, outlet, article text, quote, framing term, entity name, variant difference
    assert body.count(escaped) >= 7
    assert f"Israel canceled a visit by a delegation {escaped} in protest" in body
    assert f"<td>Israeli occupation (for Israel or its government) {escaped}</td>" in body
    assert not re.search(r"""href=["']?\s*javascript:""", page, re.I)
    assert "javascript:alert(1)</span>" in page  # the URL itself, shown as text
    parsed = _parse(page)
    assert parsed.scripts == 1
    assert all(not k.startswith("on") for _tag, attrs in parsed.tags for k in attrs)
    # The payload sits inside a highlighted sentence: splitting kept it one escaped text.
    assert parsed.columns["art-0"][3] == hostile_analysis["articles"][0]["text"].split("\n\n")[3]
    assert XSS in parsed.columns["art-0"][3]


def test_markup_in_attributes_is_escaped() -> None:
    analysis = {"articles": [
        {"id": "a", "text": "One.", "outlet": 'X" onmouseover="alert(1)', "url": None,
         "language": 'en" onclick="x', "title": None},
    ], "claims": []}  # fmt: skip
    page = render_html(analysis)
    assert 'onmouseover="alert(1)' not in page
    assert "&#34;" in page
    assert 'lang="en"' not in page.split("<body>")[1]  # an odd language tag is dropped


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://aja.ws/d5f3wh", "https://aja.ws/d5f3wh"),
        ("http://example.org/a?b=1", "http://example.org/a?b=1"),
        ("HTTPS://EXAMPLE.ORG/", "HTTPS://EXAMPLE.ORG/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("/relative/path", None),
        ("https://", None),
        ("https://exa mple.org/", None),
        (None, None),
        (42, None),
    ],
)
def test_only_absolute_http_urls_become_links(url: Any, expected: str | None) -> None:
    assert safe_url(url) == expected


def _mark(start: int, end: int, n: int = 0, status: str = "shared") -> Mark:
    return Mark(n, f"F{n}", f"a:c{n}", status, start, end, f"ev-0-{n}-0")


def test_paragraph_bounds_skip_blank_lines_and_edges() -> None:
    text = "  One.\n\n\n Two\nlines. \n \nThree."
    assert [text[s:e] for s, e in paragraph_bounds(text)] == ["One.", "Two\nlines.", "Three."]


def test_a_mark_across_a_paragraph_break_is_split_with_one_anchor() -> None:
    text = "Alpha beta.\n\nGamma delta."
    marks = clip_marks([_mark(6, 18)], len(text))
    paragraphs = segment_text(text, marks)
    assert [[(s.text, s.mark is not None) for s in p] for p in paragraphs] == [
        [("Alpha ", False), ("beta.", True)],
        [("Gamma", True), (" delta.", False)],
    ]
    assert [s.first for p in paragraphs for s in p if s.mark] == [True, False]
    assert [s.last for p in paragraphs for s in p if s.mark] == [False, True]


def test_overlapping_and_out_of_range_marks_are_clipped_or_dropped() -> None:
    marks = clip_marks([_mark(0, 10, 1), _mark(5, 15, 2), _mark(-1, -1, 3), _mark(12, 99, 4),
                        _mark(2, 8, 5)], 20)  # fmt: skip
    assert [(m.fact, m.start, m.end) for m in marks] == [(1, 0, 10), (2, 10, 15), (4, 15, 20)]


def test_segments_rebuild_the_text_exactly() -> None:
    text = "A <b>bold</b> claim & more.\n\nNext one."
    marks = clip_marks([_mark(2, 13), _mark(29, 38, 1)], len(text))
    joined = "\n\n".join("".join(s.text for s in p) for p in segment_text(text, marks))
    assert joined == text


def test_unknown_evidence_articles_and_ids_do_not_break_the_page(story_analysis) -> None:
    story_analysis["claims"][0]["evidence"].append(
        {"article_id": "missing", "claim_id": "x", "sentence": "", "sentence_index": 0,
         "start": 0, "end": 5})  # fmt: skip
    story_analysis["summary"].append(
        {"text": "Orphan.", "claim_id": "F99", "status": "shared", "article_ids": ["nope"]}
    )
    view = build_view(story_analysis)
    assert view["summary"][-1]["cites"] == []
    assert "Orphan." in render_html(story_analysis)


def test_a_story_without_framing_terms_still_draws_the_chart(story_analysis) -> None:
    for frame in story_analysis["framing"].values():
        frame["terms"] = []
    page = render_html(story_analysis)
    assert '<svg class="chart"' in page and "No loaded terms found." in page


def test_same_outlet_twice_gets_numbered_labels(story_analysis) -> None:
    story_analysis["articles"][1]["outlet"] = "Al Jazeera"
    labels = [a["label"] for a in build_view(story_analysis)["articles"]]
    assert labels == ["Al Jazeera (1)", "Al Jazeera (2)"]


def test_an_unresolved_speaker_shows_the_articles_words_escaped(story_analysis) -> None:
    """The words naming an unresolved source are the article's text: shown, escaped."""
    base = story_analysis["quotes"][0]
    story_analysis["quotes"] += [
        dict(base, id="u", speaker=None, speaker_as_written="the dashboard",
             speaker_resolved="none"),
        dict(base, id="x", speaker=None, speaker_as_written=XSS, speaker_resolved="none"),
    ]
    page = render_html(story_analysis)
    assert "unresolved: “the dashboard”" in page
    assert XSS not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
