"""Readers for the multi-item formats (JSON Lines, JSON, RSS/Atom) and format sniffing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprism.errors import IngestError
from newsprism.ingest.decode import decode_bytes
from newsprism.models import IngestFailure, RawDocument, RawFormat

# JSON field names accepted for each article field, first found wins. The first name is
# the documented one; the others are what common scrapers and dataset dumps write.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "href", "source_url"),
    "title": ("title", "headline", "newsTitle"),
    "text": ("text", "body", "content", "article", "maintext", "newBody"),
    "html": ("html", "raw_html", "page"),
    "published": ("published", "published_at", "date", "datePublished", "pubDate", "date_publish"),
    "outlet": ("outlet", "source", "site", "sitename", "newsSource", "publisher"),
    "language": ("language", "lang"),
}
_HTML_SNIFF = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<article)", re.I
)
_FEED_SNIFF = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.I | re.S
)


def sniff_format(text: str, suffix: str) -> RawFormat:
    """Decide the format from the extension, then from the first characters."""
    head = text[:2048]
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return "html"
    if suffix in (".rss", ".atom") or (suffix == ".xml" and _FEED_SNIFF.match(head)):
        return "feed"
    if suffix == ".json":
        return "json"
    if _FEED_SNIFF.match(head):
        return "feed"
    if _HTML_SNIFF.match(head):
        return "html"
    if suffix == ".xml":
        return "html"  # lxml parses XHTML-ish XML; a non-page XML fails there with its reason
    return "text"


def item_from_fields(
    data: dict[str, Any], *, location: str, line: int | None, meta: dict, encoding: str
) -> RawDocument:
    """One JSON object -> RawDocument (``text`` or ``html`` required)."""
    fields: dict[str, Any] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = data.get(alias)
            if isinstance(value, str) and value.strip():
                fields[name] = value
                break
            if name == "outlet" and isinstance(value, dict) and value.get("name"):
                fields[name] = str(value["name"])  # {"source": {"name": "Reuters"}}
                break
    if "text" not in fields and "html" not in fields:
        raise IngestError("no `text` or `html` field with content", code="E109")
    item_meta = {k: v for k, v in fields.items() if k not in ("text", "html")}
    for key in list(item_meta):
        item_meta[f"_{key}_from"] = "json field"
    merged = {**item_meta, **meta}  # options and sidecar beat the item's own fields
    if "html" in fields and "text" not in fields:
        merged["_html"] = True
        return RawDocument(location, fields["html"], "html", line, merged, encoding)
    return RawDocument(location, fields["text"], "text", line, merged, encoding)


def read_jsonl(path: Path, meta: dict, max_bytes: int) -> Iterator[RawDocument | IngestFailure]:
    """One item per line, streamed: a 50 MB file costs one line of memory at a time."""
    location = str(path)
    opener = _open_maybe_gzip(path)
    with opener as handle:
        for number, raw_line in enumerate(handle, start=1):
            where = f"{location}:{number}"
            if not raw_line.strip():
                continue
            if len(raw_line) > max_bytes:
                yield IngestFailure(where, f"line too large ({len(raw_line) / 1e6:.1f} MB)", "E106")
                continue
            try:
                text, encoding = decode_bytes(raw_line)
                data = json.loads(text)
                if not isinstance(data, dict):
                    raise IngestError(f"JSON line is a {type(data).__name__}, not an object",
                                      code="E109")  # fmt: skip
                yield item_from_fields(data, location=location, line=number, meta=meta,
                                       encoding=encoding)  # fmt: skip
            except json.JSONDecodeError as exc:
                yield IngestFailure(where, f"invalid JSON: {exc.msg} at column {exc.colno}", "E109")
            except IngestError as exc:
                yield IngestFailure(where, exc.args[0], exc.code)


def _open_maybe_gzip(path: Path):
    if path.suffix.lower() == ".gz":
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")


def read_json_items(
    location: str, text: str, meta: dict, encoding: str
) -> Iterator[RawDocument | IngestFailure]:
    """A ``.json`` file: one article object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", code="E109"
        ) from exc
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        line = number if isinstance(data, list) else None
        where = f"{location}:{number}" if line else location
        if not isinstance(item, dict):
            yield IngestFailure(
                where, f"JSON item is a {type(item).__name__}, not an object", "E109"
            )
            continue
        try:
            yield item_from_fields(item, location=location, line=line, meta=meta, encoding=encoding)
        except IngestError as exc:
            yield IngestFailure(where, exc.args[0], exc.code)


def read_feed(
    location: str, text: str, meta: dict, encoding: str
) -> Iterator[RawDocument | IngestFailure]:
    """RSS/Atom: each entry an article; its HTML content (or summary) goes through clean."""
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f": {reason}" if reason else ""
        raise IngestError(f"malformed or empty feed (no entries){detail}", code="E112")
    feed_title = (parsed.feed.get("title") or "").strip()
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{location}:{number}"
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else None
        body = body or entry.get("summary") or entry.get("description")
        if not body or not body.strip():
            yield IngestFailure(where, "feed entry has no content or summary", "E113")
            continue
        item_meta: dict[str, Any] = {"_html": True}
        for key, value in (
            ("url", entry.get("link")),
            ("title", entry.get("title")),
            ("published", entry.get("published") or entry.get("updated")),
            ("feed_title", feed_title),
        ):
            if value:
                item_meta[key] = value
                item_meta[f"_{key}_from"] = "feed entry"
        html = body if "<" in body else f"<html><body><p>{_escape(body)}</p></body></html>"
        yield RawDocument(location, html, "feed", number, {**item_meta, **meta}, encoding)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


__all__ = [
    "FIELD_ALIASES",
    "item_from_fields",
    "read_feed",
    "read_json_items",
    "read_jsonl",
    "sniff_format",
]
