"""WARC input: each HTTP 200 ``response`` record of an HTML page is one article.

Read with warcio (docs/ingest-warc.md says why warcio and not fastwarc), streaming: one
record's payload in memory at a time, whatever the size of the file, plain or gzipped
(a CC-NEWS file holds one gzip member per record).

- The URL is the record's ``WARC-Target-URI``; the crawl time its ``WARC-Date``, kept
  as ``crawled_at``: the page existed then, so it bounds the publication time from
  above, but it is not the publication time (``newsprism.ingest.crawl``).
- The charset is the one the HTTP ``Content-Type`` names, when it decodes the payload
  into plausible text; else the usual cascade of ``ingest/decode.py``.
- A record that is not a page is skipped and counted, never reported as a failure:
  requests, metadata and warcinfo records (not counted: they are the archive's own
  bookkeeping), revisits, redirects (3xx), HTTP errors (4xx, 5xx), other statuses,
  non-HTML payloads, empty bodies and error or redirect stub pages.
- A broken record (a header that does not parse, a gzip member that does not inflate,
  a payload shorter than its ``Content-Length``) is one E130 line naming the file, the
  record's number and its byte offset; reading resumes at the next record.
"""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from newsprism.errors import IngestError
from newsprism.ingest.decode import browser_codec, decode_bytes, implausibility
from newsprism.ingest.readers import open_regular
from newsprism.ingest.stubs import stub_kind
from newsprism.models import IngestFailure, RawDocument, SkippedItem

__all__ = ["WARC_SUFFIXES", "looks_like_warc", "read_warc"]

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_WARC_MAGIC = (b"WARC/1.", b"WARC/0.")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_SCAN_CHUNK = 1 << 20
# a byte warcio quotes: raw, or as the escape of its repr ("first line: ['\\x1f\\x8b…")
_UNPRINTABLE = re.compile(r"[^\x20-\x7e]|\\x[0-9a-fA-F]{2}")


@cache
def _warcio() -> tuple[Any, tuple[type[BaseException], ...]]:
    """warcio's ``ArchiveIterator`` and what reading a broken record raises (warcio's own
    errors, a gzip member that does not inflate: zlib.error, EOFError, OSError, a payload
    short of its length), imported with the first WARC file: warcio brings fsspec and
    asyncio (73 modules, 3 MB resident, about 0.15 s), which a compare of text files
    loaded for nothing (docs/benchmarks.md, "Session 35")."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    errors = (ArchiveLoadFailed, StatusAndHeadersParserException, OSError, EOFError,
              zlib.error, ValueError)  # fmt: skip
    return ArchiveIterator, errors
# Skipped-record reasons, as counted in the ingest report.
SKIP_REVISIT, SKIP_REDIRECT, SKIP_HTTP_ERROR = "revisit", "redirect", "http error"
SKIP_STATUS, SKIP_NOT_HTML, SKIP_EMPTY = "other status", "not html", "empty body"


def looks_like_warc(path: Path) -> bool:
    """A ``.warc``/``.warc.gz`` name, or a file whose (gunzipped) bytes start like one.

    The content check catches a CC-NEWS file renamed without its suffix; it reads 8
    bytes (and inflates a few for a gzip), so it costs one open per file.
    """
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return True
    try:
        with open_regular(path) as handle:
            head = handle.read(8)
            if head.startswith(_GZIP_MAGIC):
                handle.seek(0)
                with gzip.GzipFile(fileobj=handle) as unzipped:
                    head = unzipped.read(8)
    except (OSError, EOFError, zlib.error, IngestError):
        return False
    return head.startswith(_WARC_MAGIC)


class _BrokenRecord(ValueError):
    """A record whose bytes contradict its headers (read short of its Content-Length)."""


def read_warc(
    path: Path, meta: dict[str, Any], max_bytes: int, location: str
) -> Iterator[RawDocument | IngestFailure | SkippedItem]:
    """Every page of one WARC file, streamed; see the module docstring for what is kept.

    Raises:
        OSError: the file cannot be opened.
    """
    with open_regular(path) as handle:
        gzipped = handle.read(3) == _GZIP_MAGIC
        handle.seek(0)
        reader = _Reader(path, meta, max_bytes, location)
        start: int | None = 0
        while start is not None:
            start = yield from reader.read_from(handle, start, gzipped)


class _Reader:
    """Reads records from an offset on, and says where to go on after a broken one."""

    def __init__(self, path: Path, meta: dict[str, Any], max_bytes: int, location: str) -> None:
        self.path, self.meta, self.max_bytes, self.location = path, meta, max_bytes, location
        self.number = 0  # records met so far, broken ones included

    def read_from(self, handle: BinaryIO, start: int, gzipped: bool
                  ) -> Iterator[RawDocument | IngestFailure | SkippedItem]:  # fmt: skip
        """Records from ``start`` to the end or to a broken one; returns the offset to
        resume at (None: the end of the file)."""
        handle.seek(start)
        archive_iterator, read_errors = _warcio()
        records = archive_iterator(handle)
        iterator = iter(records)
        counted = -1  # offset of the last record counted in self.number
        try:
            while True:
                with _quiet():
                    record = _next_parsed(iterator)
                    if record is None:
                        return None
                    self.number += 1
                    counted = records.offset
                    item = _item(record, self.location, self.number, records.offset,
                                 self.meta, self.max_bytes)  # fmt: skip
                if item is not None:
                    yield item
        except read_errors as exc:
            if "non-chunked gzip" in str(exc):
                yield from self._whole_gzip(handle)
                return None
            self.number += counted != records.offset  # broken before it was counted
            where = f"{self.location}:{self.number}"
            yield IngestFailure(where, _broken(exc, records.offset), "E130")
            return _next_record(handle, records.offset + 1, gzipped)

    def _whole_gzip(self, handle: BinaryIO) -> Iterator[RawDocument | IngestFailure | SkippedItem]:
        """A ``.warc.gz`` compressed as one gzip stream, not one member per record (the
        WARC standard asks for the latter): read as one stream, from the start again,
        skipping the records already read. A broken record here ends the file."""
        done, self.number = self.number, 0  # warcio yielded these before it found out
        handle.seek(0)
        archive_iterator, read_errors = _warcio()
        records = archive_iterator(gzip.GzipFile(fileobj=handle))
        iterator = iter(records)
        try:
            while True:
                with _quiet():
                    record = _next_parsed(iterator)
                    if record is None:
                        return
                    self.number += 1
                    item = None if self.number <= done else \
                        _item(record, self.location, self.number, records.offset, self.meta,
                              self.max_bytes)  # fmt: skip
                if item is not None:
                    yield item
        except read_errors as exc:
            self.number += 1
            reason = _broken(exc, records.offset, "of the decompressed stream") + \
                " (one gzip stream: nothing after it can be read)"  # fmt: skip
            yield IngestFailure(f"{self.location}:{self.number}", reason, "E130")


def _next_parsed(iterator: Iterator[Any]) -> Any:
    """The next record warcio parses (None at the end). warcio's own parser fails on
    some damaged headers with a Python error, not one of its own: a ``response`` record
    with no ``WARC-Target-URI`` raises AttributeError (``None.startswith``). That is a
    broken record of the file (E130), not a bug of newsprism's (E199, the file's other
    records lost); only errors raised inside warcio's ``next`` are turned, never ours."""
    try:
        return next(iterator, None)
    except (AttributeError, TypeError, KeyError, IndexError) as exc:
        raise _BrokenRecord(f"a record header warcio cannot parse ({type(exc).__name__}: "
                            f"{exc}; a response record with no WARC-Target-URI?)") from exc


@contextmanager
def _quiet() -> Iterator[None]:
    """warcio writes what it meets in a damaged file straight to stderr ("incorrect data
    check", "Record not followed by newline"), once per buffer read: dozens of lines for
    one record. The record then reads short, which is what this module reports (E130);
    the raw messages go to the debug log."""
    noise = io.StringIO()
    with redirect_stderr(noise):
        yield
    if noise.getvalue():
        log.debug("warcio: %s", " ".join(noise.getvalue().split())[:500])


def _broken(exc: BaseException, offset: int, of: str = "") -> str:
    """The reason of an E130 line. A header that does not parse is named by its first
    printable characters only: warcio quotes the bytes it met, often compressed data."""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    cut = _UNPRINTABLE.search(detail)
    if cut:
        detail = detail[: cut.start()].rstrip(" ['\"") + " (binary data: not a record header)"
    detail = detail if len(detail) <= 160 else detail[:159] + "…"
    where = f"byte offset {offset}" + (f" {of}" if of else "")
    return f"broken WARC record at {where}: {detail}"


def _next_record(handle: BinaryIO, after: int, gzipped: bool) -> int | None:
    """The offset of the next place a record may start after ``after``: a gzip member
    header in a ``.warc.gz``, a ``WARC/1.`` line in a plain file; None at the end."""
    marker = _GZIP_MAGIC if gzipped else b"\nWARC/1."
    position = after
    handle.seek(position)
    tail = b""
    while chunk := handle.read(_SCAN_CHUNK):
        data = tail + chunk
        found = data.find(marker)
        if found >= 0:
            start = position - len(tail) + found
            return start if gzipped else start + 1
        tail = data[-(len(marker) - 1) :]
        position += len(chunk)
    return None


def _item(record: Any, location: str, number: int, offset: int,
          meta: dict[str, Any], max_bytes: int
          ) -> RawDocument | IngestFailure | SkippedItem | None:  # fmt: skip
    """One record -> a page, the reason it is skipped, or a failure (None: not counted)."""
    where = f"{location}:{number}"
    if record.rec_type == "revisit":
        return SkippedItem(where, SKIP_REVISIT)
    if record.rec_type not in ("response", "resource"):
        return None
    http = record.http_headers if record.rec_type == "response" else None
    status = _status(http)
    if status is not None and status != 200:
        return SkippedItem(where, _status_reason(status))
    content_type = (http.get_header("Content-Type") if http else record.content_type) or ""
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        limit = f"{max_bytes / 1e6:.1f} MB"
        reason = (f"WARC record at byte offset {offset}: payload over the {limit} limit "
                  "for one article (--max-bytes raises it)")  # fmt: skip
        return IngestFailure(where, reason, "E106")
    if record.raw_stream.limit > 0:
        left = record.raw_stream.limit
        raise _BrokenRecord(f"payload {left} bytes short of its Content-Length (truncated)")
    if not _is_html(content_type, payload):
        return SkippedItem(where, SKIP_NOT_HTML)
    if not payload.strip():
        return SkippedItem(where, SKIP_EMPTY)
    try:
        text, encoding = _decode(payload, content_type)
    except IngestError as exc:
        return IngestFailure(where, f"WARC record at byte offset {offset}: {exc.args[0]}",
                             exc.code)  # fmt: skip
    stub = stub_kind(text)
    if stub:
        return SkippedItem(where, stub)
    item_meta = _record_meta(record)
    return RawDocument(location, text, "html", number, {**item_meta, **meta}, encoding)


def _status(http: Any) -> int | None:
    if http is None:
        return None
    try:
        return int(http.get_statuscode())
    except (TypeError, ValueError):
        return -1


def _status_reason(status: int) -> str:
    if 300 <= status < 400:
        return SKIP_REDIRECT
    if 400 <= status < 600:
        return SKIP_HTTP_ERROR
    return SKIP_STATUS


def _is_html(content_type: str, payload: bytes) -> bool:
    """HTML by its declared type; a record without one is sniffed (a crawler that kept
    no header)."""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime:
        return mime in _HTML_TYPES
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _decode(payload: bytes, content_type: str) -> tuple[str, str]:
    """The payload in the charset its HTTP header names, when that reads plausibly;
    else the cascade of ``decode_bytes`` (a BOM, UTF-8, the page's own meta charset…)."""
    match = _CHARSET.search(content_type)
    codec = browser_codec(match.group(1)) if match else None
    if codec and not codec.startswith(("utf-16", "utf-32")) and not payload.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        try:
            text = payload.decode(codec)
        except UnicodeDecodeError:
            pass  # a wrong header is common: the page's own declaration may be right
        else:
            if text.strip() and implausibility(text[: 64 * 1024])[0] <= 0.2:
                return text, codec
    return decode_bytes(payload)


def _record_meta(record: Any) -> dict[str, Any]:
    headers = record.rec_headers
    meta: dict[str, Any] = {}
    url = headers.get_header("WARC-Target-URI")
    if url:
        meta["url"], meta["_url_from"] = url.strip().strip("<>"), "warc record"
    crawled = headers.get_header("WARC-Date")
    if crawled:
        meta["crawled_at"] = crawled.strip()
    return meta
