"""Is the article cut? A paywall stub at its end, or a paywalled part missing from the page.

A page behind a paywall often holds only the lead: the article simply stops, or a
"subscribe to read on" stub follows the last kept paragraph. newsprism keeps what is
there, and says it is cut (``provenance["truncated"]``, the article's ``truncated``
field), so that a comparison does not read the missing part as something the outlet
did not say. Three kinds of evidence, each enough on its own:

- **the stub**: a block removed by the ``paywall`` line rule, with less kept text
  after it than ``STUB_TAIL_SHARE`` of the text before it (the offer's lines, "Accès à
  tous les articles…", may follow the stub; the ``paywall-offer`` rule removes the
  lines of it that read as an offer, so the stub is usually the wall's first line). A
  stub followed by more article text is a box in the middle of a whole article (the
  text is served to every reader and hidden by a script), not a cut;
- **a preview notice**: a block removed by the ``paywall-preview`` rule ("This is a
  preview of subscription content, log in to check access."), wherever it stands: the
  page says it shows only a part, and what follows it is the references or the offer,
  not the rest of the article (a publisher's preview of a paper or a chapter);
- **the markup**: the page declares, with schema.org's paywall markup that search
  engines read (``"isAccessibleForFree": false`` and ``hasPart.cssSelector``), which
  element holds the paid part, and that element is in the page with fewer than
  ``PAID_PART_MIN_WORDS`` words. An element that is *absent* proves nothing: on the
  990 trafilatura-eval pages, 25 declare a paywall, and 4 whole articles (wired.com,
  theintercept.com…) name a class that only a script adds; most serve the paid part
  whole in the markup (``regwalled``, ``meteredContent``).
"""

from __future__ import annotations

import json
import re

from lxml import html as lxml_html

from newsprism.clean.html_dates import jsonld_texts
from newsprism.models import RemovedLine

STUB_TAIL_SHARE = 0.25  # kept words after a stub, against those before: it ends the article
PAID_PART_MIN_WORDS = 50  # fewer words in the declared paid part: it is not in the page

_NOT_FREE = re.compile(r'"isAccessibleForFree"\s*:\s*"?false"?', re.IGNORECASE)
_CLASS_SELECTOR = re.compile(r"^\.([\w-]+)$")


def truncation(
    tree: lxml_html.HtmlElement, removed: list[RemovedLine], kept: list[tuple[int, str]]
) -> str | None:
    """Why the article is cut, or None when nothing says it is.

    Args:
        tree: the parsed page.
        removed: the removed blocks, with their block positions.
        kept: the kept blocks, with their block positions.
    """
    for line in removed:
        if line.reason == "paywall-preview":  # the page says it holds a part only
            return f"preview: {_quote(line.text)}"
        if line.reason != "paywall":
            continue
        before = sum(len(t.split()) for at, t in kept if at < line.position)
        after = sum(len(t.split()) for at, t in kept if at > line.position)
        if before and after <= STUB_TAIL_SHARE * before:
            return f"paywall stub: {_quote(line.text)}"
    return _paid_part_missing(tree)


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _paid_part_missing(tree: lxml_html.HtmlElement) -> str | None:
    """The declared paid part's selector, when its element holds (almost) no text."""
    for selector in _paid_selectors(tree):
        match = _CLASS_SELECTOR.match(selector)
        if match is None:
            continue  # only a plain ".class" is read; other selectors prove nothing
        name = match.group(1)
        found = tree.xpath(
            "//*[contains(concat(' ', normalize-space(@class), ' '), $c)]", c=f" {name} "
        )
        words = sum(len(e.text_content().split()) for e in found)
        if found and words < PAID_PART_MIN_WORDS:
            return f"paywalled part ({selector}) holds only {words} words in the page"
    return None


def _paid_selectors(tree: lxml_html.HtmlElement) -> list[str]:
    """``hasPart.cssSelector`` of every JSON-LD object declared not free."""
    selectors: list[str] = []
    for text in jsonld_texts(tree):
        if not _NOT_FREE.search(text):
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        selectors += [s.strip() for s in _selectors_in(data) if isinstance(s, str)]
    return selectors


def _selectors_in(data: object) -> list[object]:
    """Every ``cssSelector`` of a part declared not free, anywhere in a JSON-LD tree."""
    if isinstance(data, list):
        return [s for item in data for s in _selectors_in(item)]
    if not isinstance(data, dict):
        return []
    found: list[object] = []
    if str(data.get("isAccessibleForFree", "")).lower() == "false" and "cssSelector" in data:
        found.append(data["cssSelector"])
    for value in data.values():
        if isinstance(value, dict | list):
            found += _selectors_in(value)
    return found
