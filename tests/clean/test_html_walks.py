"""The page walks made cheaper for issue 16 read the same things as before.

The visible dates' walk became a loop over a stack of child iterators; the furniture
layer judges its rules once per (tag, class, id) and skips a frame before reading its text.
Each test pins what the walk must give on a small page written for it, and, where the
dev sets are present, compares it with the plain way on real pages.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest
from lxml import etree
from lxml import html as lxml_html

from newsprism.clean.html import parse_tree
from newsprism.clean.html_containers import furniture_texts, load_container_rules
from newsprism.clean.visible_dates import (
    _BLOCK_TAGS,
    _NOISE_TAGS,
    _SKIP_TEXT,
    _Chunk,
    _headline,
    _is_noise,
    _text_chunks,
)
from tests.conftest import SHARED_DATA

DEV_PAGES = SHARED_DATA / "trafilatura-eval" / "html"

PAGE = (
    "<html><head><title>Council approves budget</title></head><body>"
    "<div class='related-wrapper'>Top <nav>Home | News</nav> tail of nav"
    "<div class='story'><span>Berlin</span> (dpa) <h1>Council <b>approves</b> budget</h1>"
    "<p>By Jane Smith, <time>12 March 2024</time> 10:00</p>"
    "<aside class='box'>4 March 2024</aside> after the aside"
    "<!-- a comment --> after the comment<script>var d = '1 May 2020';</script>"
    "<div class='sidebar'>Latest: 2 May 2020</div></div></div>"
    "<div class='comments'>Reader, 3 May 2020</div> last words</body></html>"
)


def test_chunks_follow_the_page_and_skip_its_furniture() -> None:
    """Tails belong to the parent's line; a noise class on the headline's path is read."""
    tree = lxml_html.document_fromstring(PAGE)
    headline = _headline(tree)
    assert headline is not None
    got = [(c.text, c.in_headline, c.block.tag, c.block.get("class"))
           for c in _text_chunks(tree, headline)]  # fmt: skip
    assert got == [
        ("Top", False, "div", "related-wrapper"),
        ("tail of nav", False, "div", "related-wrapper"),
        ("Berlin", False, "div", "story"),
        ("(dpa)", False, "div", "story"),
        ("Council", True, "h1", None),
        ("approves", True, "h1", None),
        ("budget", True, "h1", None),
        ("By Jane Smith,", False, "p", None),
        ("12 March 2024", False, "p", None),
        ("10:00", False, "p", None),
        ("after the aside", False, "div", "story"),
        ("after the comment", False, "div", "story"),
        ("last words", False, "body", None),
    ]


def test_chunks_stop_where_the_reader_stops() -> None:
    """The walk is lazy: a caller that has read enough leaves the rest of the page alone."""
    tree = lxml_html.document_fromstring(PAGE)
    chunks = _text_chunks(tree, _headline(tree))
    assert [next(chunks).text for _ in range(3)] == ["Top", "tail of nav", "Berlin"]


def _chunks_recursive(tree: lxml_html.HtmlElement, headline: lxml_html.HtmlElement
                      ) -> Iterator[_Chunk]:  # fmt: skip
    """The walk as it was: a recursive generator (the reference for the loop)."""
    body = tree.find(".//body")
    if body is None:
        return
    keep = {*headline.iterancestors(), headline}

    def walk(el: lxml_html.HtmlElement, inside: bool, block: lxml_html.HtmlElement
             ) -> Iterator[_Chunk]:  # fmt: skip
        if not isinstance(el.tag, str) or el.tag in _SKIP_TEXT:
            return
        if el not in keep and not inside and (el.tag in _NOISE_TAGS or _is_noise(el)):
            return
        inside = inside or el is headline
        block = el if el.tag in _BLOCK_TAGS else block
        if el.text and el.text.strip():
            yield _Chunk(el.text.strip(), inside, block)
        for child in el:
            yield from walk(child, inside, block)
            if child.tail and child.tail.strip():
                yield _Chunk(child.tail.strip(), inside, block)

    yield from walk(body, False, body)


def _dev_trees(n: int) -> list[lxml_html.HtmlElement]:
    if not DEV_PAGES.is_dir():
        pytest.skip("the dev set trafilatura-eval is not here")
    paths = sorted(DEV_PAGES.glob("*.html.gz"))[:n]
    return [parse_tree(gzip.decompress(p.read_bytes()).decode("utf-8", "replace")) for p in paths]


def test_chunks_equal_the_recursive_walk_on_real_pages() -> None:
    compared = 0
    for tree in _dev_trees(60):
        headline = _headline(tree)
        if headline is None:
            continue
        got = [(c.text, c.in_headline, c.block) for c in _text_chunks(tree, headline)]
        want = [(c.text, c.in_headline, c.block) for c in _chunks_recursive(tree, headline)]
        assert got == want
        compared += 1
    assert compared >= 40


def _furniture_plain(tree: lxml_html.HtmlElement) -> list[tuple[str, str]]:
    """The furniture layer as it was: every element asked of every rule, text read first."""
    found: list[tuple[str, str]] = []
    taken: set[lxml_html.HtmlElement] = set()
    for element in tree.iter(etree.Element):
        rule = next((r for r in load_container_rules() if r.matches(element)), None)
        if rule is None or any(a in taken for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text.split()) > rule.max_words:
            continue
        if element.tag in ("article", "main", "h1", "body") or next(
                element.iter("article", "main", "h1"), None) is not None:  # fmt: skip
            continue
        taken.add(element)
        found.append((text, rule.name))
    return found


def test_furniture_equals_the_plain_way_on_real_pages() -> None:
    """Rules judged once per (tag, class, id) and frames told before their text is read."""
    trees = _dev_trees(80)
    assert sum(bool(furniture_texts(tree)) for tree in trees) >= 20
    for tree in trees:
        assert furniture_texts(tree) == _furniture_plain(tree)


def test_furniture_found_by_tag_alone_and_by_class() -> None:
    page = (
        "<html><body><article><h1>Budget</h1><p>The council approved the budget.</p>"
        "<figure><img src='a.jpg'><figcaption>The town hall on Monday.</figcaption></figure>"
        "<div class='author-bio'><p>Jane Smith covers local politics.</p></div>"
        "</article></body></html>"
    )
    found = furniture_texts(lxml_html.document_fromstring(page))
    assert [text for text, _ in found] == [
        "The town hall on Monday.", "Jane Smith covers local politics."]
