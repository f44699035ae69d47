"""Readers for the multi-item formats (JSON Lines, JSON, RSS/Atom) and format sniffing."""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from newsprism.errors import IngestError
from newsprism.ingest.decode import decode_bytes, sniff_binary
from newsprism.models import IngestFailure, RawDocument, RawFormat

# JSON field names accepted for each article field, first found wins. The first name is
# the documented one; the others are what common scrapers and dataset dumps write.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "href", "source_url"),
    "title": ("title", "headline", "newsTitle"),
    "text": ("text", "body", "content", "article", "maintext", "newBody"),
    "html": ("html", "raw_html", "page"),
    "published": (
        "published",
        "published_at",
        "publishedAt",
        "date",
        "datePublished",
        "pubDate",
        "date_publish",
    ),
    "outlet": ("outlet", "source", "site", "sitename", "newsSource", "publisher"),
    "language": ("language", "lang"),
}
# Keys under which JSON dumps wrap their list of articles.
_LIST_KEYS = ("articles", "items", "entries", "data", "results")
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


def fields_from(data: dict[str, Any]) -> dict[str, str]:
    """The article fields of one JSON object, by their documented names (aliases folded)."""
    fields: dict[str, str] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = data.get(alias)
            if isinstance(value, str) and value.strip():
                fields[name] = value
                break
            if name == "outlet" and isinstance(value, dict) and value.get("name"):
                fields[name] = str(value["name"])  # {"source": {"name": "Reuters"}}
                break
    return fields


def item_from_fields(
    data: dict[str, Any], *, location: str, line: int | None, meta: dict, encoding: str
) -> RawDocument:
    """One JSON object -> RawDocument (``text`` or ``html`` required)."""
    fields = fields_from(data)
    if "text" not in fields and "html" not in fields:
        raise IngestError("no `text` or `html` field with content", code="E109")
    item_meta: dict[str, Any] = {k: v for k, v in fields.items() if k not in ("text", "html")}
    for key in list(item_meta):
        item_meta[f"_{key}_from"] = "json field"
    merged = {**item_meta, **meta}  # options and sidecar beat the item's own fields
    if "html" in fields and "text" not in fields:
        merged["_html"] = True
        return RawDocument(location, fields["html"], "html", line, merged, encoding)
    return RawDocument(location, fields["text"], "text", line, merged, encoding)


def _item_from_line(
    text: str, *, location: str, number: int, meta: dict, encoding: str
) -> RawDocument | IngestFailure:
    """One JSON Lines line (already decoded) -> RawDocument, or the reason it is not one."""
    where = f"{location}:{number}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return IngestFailure(where, f"invalid JSON: {exc.msg} at column {exc.colno}", "E109")
    if not isinstance(data, dict):
        return IngestFailure(where, f"JSON line is {_json_type(data)}, not an object", "E109")
    try:
        return item_from_fields(data, location=location, line=number, meta=meta, encoding=encoding)
    except IngestError as exc:
        return IngestFailure(where, exc.args[0], exc.code)


def _json_type(value: Any) -> str:
    """``an array``, ``a string`` …, for messages."""
    names = {list: "an array", dict: "an object", str: "a string", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), "a number")


def read_jsonl(path: Path, meta: dict, max_bytes: int) -> Iterator[RawDocument | IngestFailure]:
    """One item per line, streamed: a 50 MB file costs one line of memory at a time.

    A line longer than ``max_bytes`` is skipped without being read into memory whole.

    Raises:
        IngestError: E101 when the file is binary (judged from its first bytes), E102
            when no line has any content.
        OSError, EOFError: the file cannot be read (or its gzip stream is corrupt).
    """
    location = str(path)
    empty = True
    with _open_maybe_gzip(path) as handle:
        kind = sniff_binary(handle.peek(8192)[:8192])
        if kind:
            raise IngestError(f"binary file ({kind}), not JSON Lines", code="E101")
        number, legacy = 0, None  # the legacy encoding of earlier lines: one per file
        while raw_line := handle.readline(max_bytes + 1):
            number += 1
            if len(raw_line) > max_bytes and not raw_line.endswith(b"\n"):
                empty = False
                size = len(raw_line) + _skip_line(handle)
                yield IngestFailure(
                    f"{location}:{number}",
                    f"line too large: {size / 1e6:.1f} MB exceeds the {max_bytes / 1e6:.1f} MB "
                    "limit for one article (--max-bytes raises it)",
                    "E106",
                )
                continue
            if not raw_line.strip():
                continue
            empty = False
            try:
                text, encoding = decode_bytes(raw_line, prefer=legacy)
            except IngestError as exc:
                yield IngestFailure(f"{location}:{number}", exc.args[0], exc.code)
                continue
            if not encoding.startswith("utf-"):
                legacy = encoding
            yield _item_from_line(
                text, location=location, number=number, meta=meta, encoding=encoding
            )
    if empty:
        raise IngestError("empty file (no text)", code="E102")


def _skip_line(handle: BinaryIO) -> int:
    """Read past the rest of an over-long line, a chunk at a time; returns bytes skipped."""
    skipped = 0
    while chunk := handle.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _open_maybe_gzip(path: Path) -> BinaryIO:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_json_items(
    location: str, text: str, meta: dict, encoding: str
) -> Iterator[RawDocument | IngestFailure]:
    """A ``.json`` file: one article object, a list of them, or ``{"articles": [...]}``.

    A ``.json`` file that is really JSON Lines (one object per line) is read as such.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            for number, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    yield _item_from_line(
                        line, location=location, number=number, meta=meta, encoding=encoding
                    )
            return
        raise IngestError(
            f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", code="E109"
        ) from exc
    if isinstance(data, dict) and not ({"text", "html"} & fields_from(data).keys()):
        wrapped = [data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)]
        data = wrapped[0] if wrapped else data  # NewsAPI and similar dumps wrap the list
    items = data if isinstance(data, list) else [data]
    if not items:
        raise IngestError("an empty JSON list: no article in it", code="E109")
    for number, item in enumerate(items, start=1):
        line = number if isinstance(data, list) else None
        where = f"{location}:{number}" if line else location
        if not isinstance(item, dict):
            yield IngestFailure(where, f"JSON item is {_json_type(item)}, not an object", "E109")
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

    # Bytes in a stream, never the string itself: given a string that looks like a URL or
    # a file name, feedparser would fetch or open it. The text is decoded already, so the
    # charset is pinned to UTF-8 over whatever the XML prolog declares.
    parsed = feedparser.parse(
        io.BytesIO(text.encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
    )
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
    "fields_from",
    "item_from_fields",
    "read_feed",
    "read_json_items",
    "read_jsonl",
    "sniff_format",
]
