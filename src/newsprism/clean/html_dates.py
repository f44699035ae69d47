"""Date stamps of an HTML page: metadata with full times and zones, then htmldate.

Layers, each adding stamps for ``dates.choose_published`` to reconcile:
1. machine-readable metadata that carries a time and zone: ``article:published_time``,
   ``og:``/``itemprop``/``name`` variants, JSON-LD ``datePublished``/``dateModified``,
   ``<time datetime>`` — parsed with the zone they state;
2. htmldate (extensive search, original date) for the day when metadata is missing
   or thin; its day is kept as a date-only stamp.
"""

from __future__ import annotations

import json
import logging
import re

from lxml import html as lxml_html

from newsprism.clean.dates import FoundStamp, parse_free

log = logging.getLogger(__name__)

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
    "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date", "date",
    "article.published", "published-date", "cxenseparse:recs:publishtime",
)  # fmt: skip
_UPDATED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "last-modified",
    "dcterms.modified", "article.updated", "lastmod",
)  # fmt: skip


def meta_stamps(tree: lxml_html.HtmlElement) -> list[FoundStamp]:
    """Stamps from meta tags, JSON-LD and ``<time>`` elements, in document order."""
    stamps: list[FoundStamp] = []
    for meta in tree.iter("meta"):
        key = (
            (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        )
        value = meta.get("content") or ""
        role = _meta_role(key)
        if role and value:
            _add(stamps, value, f"meta:{key}", role)
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        for role, value in _jsonld_dates(script.text):
            _add(stamps, value, f"jsonld:{role}", role)
    for time_el in tree.iter("time"):
        value = time_el.get("datetime")
        if value:
            role = "meta-updated" if "updated" in (time_el.get("class") or "") else "meta-published"
            _add(stamps, value, "html:time", role)
    return stamps


def htmldate_stamp(html: str, url: str | None) -> FoundStamp | None:
    """htmldate's original-date guess as a date-only stamp (it is reliable to the day)."""
    import htmldate

    try:
        day = htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception as exc:  # htmldate raises assorted parse errors on broken pages
        log.debug("htmldate failed on %s: %s", url, exc)
        return None
    if not day:
        return None
    stamp = parse_free(day, source="htmldate", role="meta-published")
    return stamp


def _meta_role(key: str) -> str | None:
    if key in _PUBLISHED_META:
        return "meta-published"
    if key in _UPDATED_META:
        return "meta-updated"
    return None


def _add(stamps: list[FoundStamp], value: str, source: str, role: str) -> None:
    stamp = parse_free(value[:100], source=source, role=role)
    if stamp is not None:
        stamps.append(stamp)


def _jsonld_dates(text: str) -> list[tuple[str, str]]:
    try:
        data = json.loads(text)
    except ValueError:
        # Broken JSON-LD is common; fall back to the two keys by pattern.
        return [
            ("meta-published" if m.group(1) == "datePublished" else "meta-updated", m.group(2))
            for m in re.finditer(r'"(datePublished|dateModified)"\s*:\s*"([^"]+)"', text)
        ]
    found: list[tuple[str, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, role in (
                ("datePublished", "meta-published"),
                ("dateModified", "meta-updated"),
            ):
                if isinstance(node.get(key), str):
                    found.append((role, node[key]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return found
