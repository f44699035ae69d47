"""Live blogs: the time of each entry, and the kept paragraph where the entry starts.

A live blog is one page of dated entries, newest first. trafilatura keeps the entries'
text in page order but drops their ``<time>`` elements, so without this the text reads
as one undated report. A page is a live blog when it says so, in one of three ways:

- **JSON-LD**: a ``LiveBlogPosting`` whose ``liveBlogUpdate`` lists the entries, each
  with its ``datePublished`` and its ``headline`` / ``articleBody``. An entry is placed
  at the first kept paragraph that its headline (else its body) starts, or lies in;
- **microdata**: the same updates as ``itemprop="liveBlogUpdate"`` items, whose
  ``datePublished``, ``headline`` and ``articleBody`` are ``<meta content>`` or text;
- **markup**: sibling containers (same parent, tag and class), each holding a
  ``<time datetime=…>``, inside an element whose class or id names a live blog
  (``liveblog``, ``live-blog``, ``live-updates``, ``liveticker``…), or on a page that
  declares a ``LiveBlogPosting``. The name is required: a dated timeline in an
  article, a list of reader comments or a "latest news" box are repeated containers
  with a time each too, and are not a live blog. An entry is placed at the first kept
  paragraph (of two words or more) that lies inside its container.

An entry is recorded only when it is placed at a kept paragraph, and a page is a live
blog only with ``MIN_ENTRIES`` placed entries. The times are the page's, as it gives
them (a value that does not start with an ISO 8601 day is not an entry's time). They
are not the article's date, and nothing here adds a date stamp: the publication date is
chosen exactly as before (``clean/html_dates.py`` reads the page's markup, the entries'
``<time>`` elements among it, as it always did).
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator

from lxml import html as lxml_html

from newsprism.clean.html_dates import jsonld_texts

MIN_ENTRIES = 2  # fewer placed entries: a page with a dated box, not a live blog
MAX_DEPTH = 6  # how far above a <time> its entry's container may be
FIRST_WORDS = 8  # words of the entry's first paragraph kept with its time

_LIVE_NAME = re.compile(
    r"live[-_]?blog|live[-_]?updates?\b|live[-_]?ticker|live[-_]?news|(?:^|[\s_-])live(?:$|[\s_-])",
    re.IGNORECASE,
)
_UPDATE_PROPS = frozenset({"datePublished", "dateCreated", "headline", "articleBody"})
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a time given in ISO 8601 starts with its day
_LIVE_TYPE = re.compile(r'"@type"\s*:\s*(?:\[[^\]]*)?"LiveBlogPosting"')


def live_entries(
    tree: lxml_html.HtmlElement, html: str, paragraphs: list[str]
) -> tuple[list[dict[str, object]], str | None]:
    """The entries of a live blog, in the order of the kept paragraphs, and how the page
    was found to be one (None, with no entries, for any other page).

    Args:
        tree: the parsed page.
        html: the page's text, where the schema.org names are looked for before the
            tree is searched (a search of the tree costs ~0.4 ms a page).
        paragraphs: the kept paragraphs, which the entries point into.

    Returns:
        A list of ``{"time": str, "paragraph": int, "first_words": str}``, sorted by
        ``paragraph`` (the index in ``paragraphs``), and ``"json-ld"``, ``"microdata"`` or
        ``"markup"``.
    """
    flat = [" ".join(p.split()) for p in paragraphs]
    declared = False
    for posting in _live_postings(tree) if "LiveBlogPosting" in html else ():
        declared = True
        placed = _place_updates(posting.get("liveBlogUpdate"), flat)
        if len(placed) >= MIN_ENTRIES:
            return _entries(placed, flat), "json-ld"
    if "liveBlogUpdate" in html:
        placed = _place_updates(_microdata_updates(tree), flat)
        if len(placed) >= MIN_ENTRIES:
            return _entries(placed, flat), "microdata"
    placed = _place_containers(tree, flat, declared)
    if len(placed) >= MIN_ENTRIES:
        return _entries(placed, flat), "markup"
    return [], None


def _entries(placed: dict[int, str], flat: list[str]) -> list[dict[str, object]]:
    return [
        {"time": placed[i], "paragraph": i, "first_words": " ".join(flat[i].split()[:FIRST_WORDS])}
        for i in sorted(placed)
    ]


# --- JSON-LD -------------------------------------------------------------------------


def _live_postings(tree: lxml_html.HtmlElement) -> Iterator[dict]:
    """Every ``LiveBlogPosting`` object in the page's JSON-LD."""
    for text in jsonld_texts(tree):
        if not _LIVE_TYPE.search(text):
            continue
        try:
            data = json.loads(text)
        except ValueError:
            yield {}  # broken JSON: the page still declares a live blog
            continue
        yield from _postings_in(data)


def _postings_in(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _postings_in(item)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "LiveBlogPosting" or (isinstance(kind, list) and "LiveBlogPosting" in kind):
            yield data
        yield from _postings_in(data.get("@graph"))


def _place_updates(updates: object, flat: list[str]) -> dict[int, str]:
    """{paragraph index: time} of the updates that start a kept paragraph."""
    if isinstance(updates, dict):
        updates = [updates]
    if not isinstance(updates, list):
        return {}
    placed: dict[int, str] = {}
    for update in updates:
        if not isinstance(update, dict):
            continue
        when = update.get("datePublished") or update.get("dateCreated")
        if not isinstance(when, str) or not _ISO_DAY.match(when.strip()):
            continue
        for key in ("headline", "articleBody"):
            found = _starting_paragraph(update.get(key), flat, placed)
            if found is not None:
                placed[found] = when.strip()
                break
    return placed


def _starting_paragraph(text: object, flat: list[str], taken: dict[int, str]) -> int | None:
    """The first free paragraph that ``text`` starts, or that starts ``text``; else the
    first that holds it (some pages print the entry's time as text before it)."""
    if not isinstance(text, str):
        return None
    text = " ".join(html_lib.unescape(text).split())
    if not text:
        return None
    free = [(i, p) for i, p in enumerate(flat) if p and i not in taken]
    for i, p in free:
        if (
            p == text
            or (len(p) >= 20 and text.startswith(p[:60]))
            or (len(text) >= 20 and p.startswith(text[:60]))
        ):
            return i
    if len(text) >= 20:
        return next((i for i, p in free if text[:60] in p), None)
    return None


def _microdata_updates(tree: lxml_html.HtmlElement) -> list[dict[str, str]]:
    """The ``itemprop="liveBlogUpdate"`` items of the page, as JSON-LD updates."""
    updates = []
    for item in tree.xpath("//*[@itemprop='liveBlogUpdate']"):
        update: dict[str, str] = {}
        for prop in item.xpath(".//*[@itemprop]"):
            name = prop.get("itemprop") or ""
            if name in _UPDATE_PROPS and name not in update:
                value = prop.get("content") or prop.get("datetime") or prop.text_content()
                update[name] = value or ""
        updates.append(update)
    return updates


# --- markup --------------------------------------------------------------------------


def _place_containers(
    tree: lxml_html.HtmlElement, flat: list[str], declared: bool
) -> dict[int, str]:
    """{paragraph index: time} for the largest group of live-blog entry containers."""
    # keyed by the elements themselves: the dicts hold them, so lxml keeps one proxy each
    groups: dict[tuple, dict[lxml_html.HtmlElement, str]] = {}
    for time in tree.iter("time"):  # faster than an XPath; the <head> holds no <time>
        when = (time.get("datetime") or "").strip()
        node = time.getparent()
        for _ in range(MAX_DEPTH):
            if not _ISO_DAY.match(when) or node is None or node.tag == "body":
                break
            key = (node.getparent(), node.tag, node.get("class"))
            # the first <time> of a container is its entry's time
            groups.setdefault(key, {}).setdefault(node, when)
            node = node.getparent()
    best: list[tuple[lxml_html.HtmlElement, str]] = []
    for members in groups.values():
        found = list(members.items())
        if len(found) > len(best) and (declared or _named_live(found[0][0])):
            best = found
    return _place_in_order(best, flat) if len(best) >= MIN_ENTRIES else {}


def _named_live(element: lxml_html.HtmlElement) -> bool:
    """Whether the element or one of its ancestors names a live blog."""
    for node in (element, *element.iterancestors()):
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        # the substring test first: some themes give <body> a class list of 5,000 characters
        if "live" in names.lower() and _LIVE_NAME.search(names):
            return True
    return False


def _place_in_order(
    containers: list[tuple[lxml_html.HtmlElement, str]], flat: list[str]
) -> dict[int, str]:
    """Each container's first kept paragraph, searched after the previous entry's."""
    placed: dict[int, str] = {}
    start = 0
    for element, when in containers:
        inside = " ".join(element.text_content().split())
        for i in range(start, len(flat)):
            if len(flat[i].split()) >= 2 and flat[i] in inside:
                placed[i] = when
                start = i + 1
                break
    return placed
