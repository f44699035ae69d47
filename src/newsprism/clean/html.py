"""Main text and metadata from an HTML page: a numbered cascade of layers.

1. trafilatura (with its own readability/justext fallbacks) extracts the main text as
   blocks and the metadata (title, author, site name, URL);
2. each block is passed through the boilerplate line rules (``data/boilerplate.toml``),
   which catch the share prompts, teasers and stamps that trafilatura keeps;
3. when the result is empty, trafilatura runs again favouring recall, and last the
   page's visible text is taken whole (so an odd page yields something, flagged);
4. date stamps come from ``html_dates`` (metadata with zones, then htmldate).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from newsprism.clean.dates import FoundStamp
from newsprism.clean.html_dates import htmldate_stamp, meta_stamps
from newsprism.clean.text import clean_lines
from newsprism.errors import IngestError
from newsprism.models import RemovedLine

log = logging.getLogger(__name__)


@dataclass
class HtmlExtraction:
    """What the HTML layers found."""

    paragraphs: list[str]
    title: str | None = None
    url: str | None = None
    author: str | None = None
    sitename: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    stamps: list[FoundStamp] = field(default_factory=list)
    layer: str = "trafilatura"


def parse_tree(html: str, location: str = "<html>") -> lxml_html.HtmlElement:
    """Parse HTML leniently (truncated pages are fine); fail clearly on non-HTML."""
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"unparseable HTML: {exc}", code="E110") from exc
    if tree is None or (tree.find(".//body") is None and not tree.text_content().strip()):
        raise IngestError("HTML has no body or text", code="E111")
    return tree


def extract_html(html: str, *, url: str | None = None, with_dates: bool = True) -> HtmlExtraction:
    """Run the cascade on one page.

    Args:
        html: the decoded page.
        url: the page's address if known (helps trafilatura and htmldate).
        with_dates: also collect date stamps (off for the extraction benchmark).
    """
    tree = parse_tree(html)
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    layer = "trafilatura"
    blocks = _blocks(doc)
    if not blocks:
        doc_recall = trafilatura.bare_extraction(
            html, url=url, with_metadata=False, include_comments=False, favor_recall=True
        )
        blocks = _blocks(doc_recall)
        layer = "trafilatura-recall"
    if not blocks:
        blocks = [line for line in tree.text_content().splitlines() if line.strip()]
        layer = "visible-text"
    cleaned = clean_lines(
        "\n".join(blocks), find_title=False, shape_rules=False, source="html-text"
    )
    stamps: list[FoundStamp] = []
    if with_dates:
        stamps = meta_stamps(tree)
        if not any(s.has_time for s in stamps):
            day = htmldate_stamp(html, url)
            if day is not None:
                stamps.append(day)
        stamps.extend(cleaned.stamps)
    return HtmlExtraction(
        paragraphs=cleaned.paragraphs,
        title=_attr(doc, "title"),
        url=_attr(doc, "url") or url,
        author=_attr(doc, "author"),
        sitename=_attr(doc, "sitename"),
        removed=cleaned.removed,
        stamps=stamps,
        layer=layer,
    )


def _attr(doc: object, name: str) -> str | None:
    value = getattr(doc, name, None) if doc is not None else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _blocks(doc: object) -> list[str]:
    text = _attr(doc, "text")
    if not text:
        return []
    return [line.strip() for line in text.split("\n") if line.strip()]
