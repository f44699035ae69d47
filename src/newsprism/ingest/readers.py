"""Readers for the multi-item formats (JSON Lines, JSON, RSS/Atom) and format sniffing."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from newsprism.display import display_path
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
# The root element of an XML document: after the prolog, comments, processing
# instructions and a doctype.
_XML_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?.*?\?>\s*|<!DOCTYPE[^>]*>\s*)*"
    r"<([A-Za-z_][\w.:-]*)",
    re.I | re.S,
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A numeric character reference: feedparser turns it into a character with chr() and
# encodes that, so one outside Unicode or a surrogate raises from inside feedparser.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")


def sniff_format(text: str, suffix: str) -> RawFormat:
    """Decide the format from the extension, then from the first characters.

    Raises:
        IngestError: E122 for XML whose root is neither a feed nor ``<html>`` (a
            configuration file, a sitemap): its text is values, not an article.
    """
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
    root = _XML_ROOT.match(head) if suffix == ".xml" or head.lstrip().startswith("<?xml") else None
    if root is not None and root.group(1).rpartition(":")[2].lower() != "html":
        raise IngestError(
            f"XML that is neither a feed nor a web page (root element <{root.group(1)}>)",
            code="E122",
        )
    if suffix == ".xml":
        return "html"  # XHTML, or XML that lxml will refuse with its reason
    return "text"


def parse_json(text: str, *, with_line: bool = True) -> Any:
    """``json.loads``, with every way it can fail on untrusted input as an E109.

    Python's JSON parser recurses once per nesting level, so ``[[[…]]]`` 100 000 deep
    raises RecursionError rather than JSONDecodeError; no article is nested like that.

    Raises:
        IngestError: E109, naming the line (when ``with_line``) and column.
        json.JSONDecodeError: only "Extra data" (a second value after the first), which
            ``read_json_items`` reads as a ``.json`` file that is really JSON Lines.
    """
    try:
        return json.loads(text, parse_int=_json_int)
    except RecursionError as exc:
        raise IngestError("invalid JSON: nested too deeply to read", code="E109") from exc
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            raise
        # "Unterminated string starting at" reads "… starting at column 10", not "at at".
        where = f"line {exc.lineno} column {exc.colno}" if with_line else f"column {exc.colno}"
        message = f"invalid JSON: {exc.msg.removesuffix(' at')} at {where}"
        raise IngestError(message, code="E109") from exc


def _json_int(digits: str) -> int | float:
    """A JSON integer; one longer than Python converts (4,300 digits) is kept as a float,
    since no article field needs it exact and ``int()`` would raise ValueError."""
    return int(digits) if len(digits) <= 4000 else float(digits)


def valid_text(value: str) -> str:
    """A JSON string with its lone surrogates (``"\\ud800"``: valid JSON, not valid
    Unicode, refused by hashing and by SQLite) replaced by U+FFFD, as a browser does."""
    return _LONE_SURROGATE.sub("\ufffd", value)


def fields_from(data: dict[str, Any]) -> dict[str, str]:
    """The article fields of one JSON object, by their documented names (aliases folded)."""
    fields: dict[str, str] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = data.get(alias)
            if isinstance(value, str) and value.strip():
                fields[name] = valid_text(value)
                break
            if name == "outlet" and isinstance(value, dict) and value.get("name"):
                fields[name] = valid_text(str(value["name"]))  # {"source": {"name": "Reuters"}}
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
        data = parse_json(text, with_line=False)
        if not isinstance(data, dict):
            raise IngestError(f"JSON line is {_json_type(data)}, not an object", code="E109")
        return item_from_fields(data, location=location, line=number, meta=meta, encoding=encoding)
    except json.JSONDecodeError as exc:  # "Extra data": two objects on one line
        return IngestFailure(where, f"invalid JSON: {exc.msg} at column {exc.colno}", "E109")
    except IngestError as exc:
        return IngestFailure(where, exc.args[0], exc.code)


def _json_type(value: Any) -> str:
    """``an array``, ``a string`` …, for messages."""
    names = {list: "an array", dict: "an object", str: "a string", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), "a number")


def read_jsonl(
    path: Path, meta: dict, max_bytes: int, location: str | None = None
) -> Iterator[RawDocument | IngestFailure]:
    """One item per line, streamed: a 50 MB file costs one line of memory at a time.

    A line longer than ``max_bytes`` is skipped without being read into memory whole.

    Raises:
        IngestError: E101 when the file is binary (judged from its first bytes), E102
            when no line has any content, E114 when it is not a regular file.
        OSError, EOFError: the file cannot be read (or its gzip stream is corrupt).
    """
    location = location or display_path(path)
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


def open_regular(path: Path) -> BinaryIO:
    """Open a file for reading only if it is a regular file, without ever blocking.

    The folder walk skips FIFOs, sockets and devices unopened; this guards the file that
    became one after the walk. ``O_NONBLOCK`` makes opening a FIFO return at once (a
    blocking open waits for a writer forever); the type is then read from the opened
    descriptor, so what is checked is what would be read.

    Raises:
        IngestError: E114 when it is not a regular file.
        OSError: it cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        kind = file_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise IngestError(f"not a regular file ({kind}): skipped", code="E114")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def file_kind(mode: int) -> str | None:
    """None for a regular file, else what it is ("FIFO", "socket", …), for messages."""
    kinds = ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"),
             (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
             (stat.S_ISDIR, "folder"))  # fmt: skip
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in kinds if test(mode)), "special file")


@contextmanager
def _open_maybe_gzip(path: Path) -> Iterator[BinaryIO]:
    """The file's bytes, gunzipped for ``.gz``; both layers closed on the way out."""
    with open_regular(path) as handle:
        if path.suffix.lower() != ".gz":
            yield handle
            return
        with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
            yield unzipped  # type: ignore[misc]


def read_json_items(
    location: str, text: str, meta: dict, encoding: str
) -> Iterator[RawDocument | IngestFailure]:
    """A ``.json`` file: one article object, a list of them, or ``{"articles": [...]}``.

    A ``.json`` file that is really JSON Lines (one object per line) is read as such.
    """
    try:
        data = parse_json(text)
    except json.JSONDecodeError:  # "Extra data" after the first object: JSON Lines
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _item_from_line(
                    line, location=location, number=number, meta=meta, encoding=encoding
                )
        return
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
        io.BytesIO(_CHAR_REF.sub(_valid_char_ref, text).encode("utf-8")),
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


def _valid_char_ref(match: re.Match[str]) -> str:
    """The reference as it is, or ``&#xFFFD;`` for one that names no character (a
    surrogate, or beyond U+10FFFF): what an HTML parser makes of it, and what feedparser
    cannot (it raises). A reference in CDATA is only text; replacing it there is harmless."""
    hex_digits, decimal = match.groups()
    digits = (hex_digits or decimal).lstrip("0")
    if len(digits) > 7:  # past U+10FFFF either way; int() of 5 000 digits would raise
        return "&#xFFFD;"
    code = int(digits or "0", 16 if hex_digits else 10)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "&#xFFFD;"
    return match.group(0)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


__all__ = [
    "FIELD_ALIASES",
    "fields_from",
    "file_kind",
    "item_from_fields",
    "open_regular",
    "parse_json",
    "read_feed",
    "read_json_items",
    "read_jsonl",
    "sniff_format",
    "valid_text",
]
