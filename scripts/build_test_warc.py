"""Build a small WARC of real news pages for the WARC tests and benchmarks, with warcio.

The pages are those of the trafilatura evaluation set (``../shared/data/trafilatura-eval``:
real pages, several languages), each as an HTTP 200 ``response`` record with the URL the
set gives it. Around them, the records a real crawl holds and ingest must not store:

- a ``warcinfo`` record and a ``request`` record (the archive's bookkeeping);
- a 301 redirect, a 404 page, a JPEG image, a ``revisit`` record;
- a page served with status 200 that is a "301 Moved Permanently" stub;
- one page in ISO-8859-1, whose charset only the HTTP header names, and whose
  publication stamp is after its crawl time (so ingest must drop it);
- a broken record: a gzip member with a stretch of bytes overwritten (``--no-broken``
  leaves it out), so that it fails alone and the records after it are read.

The third-party pages are not committed to the repository (``../shared/data/README.md``:
read them from there, never copy them): the tests build this file into a temporary
folder. The output is byte-for-byte the same for the same arguments (fixed record ids,
dates and gzip headers).

Usage::

    python scripts/build_test_warc.py OUT.warc.gz [--pages 36] [--data ../shared/data]
    python scripts/build_test_warc.py OUT.warc --pages 5 --plain --no-extras
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import io
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
# After every page's own date (the set's latest gold date is 2023-11-09), as a real crawl is.
CRAWL_START = dt.datetime(2024, 1, 8, 8, 0, tzinfo=dt.UTC)
# A stamp the latin-1 page carries that is after its crawl: a date it cannot have.
FUTURE_STAMP = "2025-05-04T10:00:00+02:00"  # before today: date rules refuse the future
STUB_301 = (b"<html><head><title>301 Moved Permanently</title></head><body>"
            b"<h1>Moved Permanently</h1><p>The document has moved "
            b'<a href="https://example.org/new">here</a>.</p></body></html>')  # fmt: skip
NOT_FOUND = (b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
             b"<p>The requested URL was not found on this server.</p></body></html>")  # fmt: skip
REVISIT_PROFILE = "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4 + b"\xff\xd9"
LATIN1_TEXT = ("Die Bürgerinnen und Bürger in Köln und Düsseldorf stimmten am Sonntag über "
               "die Größe des neuen Grüngürtels ab. Die Wahlbeteiligung lag bei 61 Prozent, "
               "höher als vor vier Jahren. Der Oberbürgermeister sprach von einem "
               "außergewöhnlichen Ergebnis für die Städte am Rhein.")  # fmt: skip


@dataclass(frozen=True)
class Built:
    """What was written: counts the tests check the ingest report against."""

    path: Path
    pages: int  # HTTP 200 HTML pages that are articles (the latin-1 page included)
    skipped: dict[str, int]  # reason -> records ingest must skip and count
    broken: int  # records that must be one E130 line each
    urls: list[str]


def pick_pages(data: Path, count: int) -> list[tuple[str, bytes]]:
    """``count`` pages of the set with a real URL, spread over it (every k-th, sorted)."""
    gold = json.loads((data / "trafilatura-eval" / "evaldata.json").read_text("utf-8"))
    pages = []
    for url, item in sorted(gold.items()):
        path = data / "trafilatura-eval" / "html" / f"{item['file']}.gz"
        if url.startswith(("http://", "https://")) and path.is_file():
            pages.append((url.strip(), path))
    step = max(1, len(pages) // max(count, 1))
    return [(url, gzip.decompress(path.read_bytes())) for url, path in pages[::step][:count]]


class _Writer:
    """A warcio writer with deterministic record ids and dates."""

    def __init__(self, handle: io.BufferedIOBase, gzipped: bool) -> None:
        self.writer = WARCWriter(handle, gzip=gzipped)
        self.handle, self.gzipped, self.count = handle, gzipped, 0

    def _headers(self) -> dict[str, str]:
        self.count += 1
        when = CRAWL_START + dt.timedelta(minutes=7 * self.count)
        record_id = uuid.UUID(hashlib.md5(str(self.count).encode()).hexdigest())
        return {"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "WARC-Record-ID": f"<urn:uuid:{record_id}>"}  # fmt: skip

    def response(self, url: str, status: str, body: bytes, content_type: str,
                 extra: list[tuple[str, str]] = ()) -> None:  # fmt: skip
        http = StatusAndHeaders(status, [("Content-Type", content_type), *extra,
                                         ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")  # fmt: skip
        # With a length given, warcio digests the payload in place (no temporary file).
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                length=len(body), http_headers=http,
                                                warc_headers_dict=self._headers())  # fmt: skip
        self.writer.write_record(record)

    def other(self, url: str, kind: str, body: bytes = b"") -> None:
        headers = self._headers()
        if kind == "revisit":
            headers["WARC-Profile"] = REVISIT_PROFILE
        content_type = "application/http; msgtype=request" if kind == "request" else None
        record = self.writer.create_warc_record(url, kind, payload=io.BytesIO(body),
                                                length=len(body), warc_content_type=content_type,
                                                warc_headers_dict=headers)  # fmt: skip
        self.writer.write_record(record)


def build(out: Path, *, pages: int = 36, data: Path = DEFAULT_DATA, extras: bool = True,
          broken: bool = True) -> Built:  # fmt: skip
    """Write the WARC (gzipped when ``out`` ends in ``.gz``); see the module docstring."""
    gzipped = out.name.endswith(".gz")
    chosen = pick_pages(data, pages)
    skipped: dict[str, int] = {}
    with open(out, "wb") as handle:
        writer = _Writer(handle, gzipped)
        if extras:
            writer.other("", "warcinfo", b"software: newsprism scripts/build_test_warc.py\r\n")
        broken_at = len(chosen) // 2 if broken and gzipped else -1
        for number, (url, body) in enumerate(chosen):
            if number == broken_at:
                _write_broken(writer, handle, url, body)
                continue
            if extras and number == 1:
                writer.other(url, "request", f"GET {url} HTTP/1.1\r\n\r\n".encode())
            writer.response(url, "200 OK", body, "text/html; charset=utf-8")
        if extras:
            writer.response("https://example.org/old", "301 Moved Permanently", STUB_301,
                            "text/html", [("Location", "https://example.org/new")])  # fmt: skip
            writer.response("https://example.org/missing", "404 Not Found", NOT_FOUND, "text/html")
            writer.response("https://example.org/photo.jpg", "200 OK", JPEG, "image/jpeg")
            writer.other(chosen[0][0], "revisit")
            writer.response("https://example.org/moved-page", "200 OK", STUB_301, "text/html")
            title = "Abstimmung über den Grüngürtel"
            page = (f"<html><head><title>{title}</title><meta property='article:published_time' "
                    f"content='{FUTURE_STAMP}'></head><body><article><h1>{title}</h1>"
                    f"<p>{LATIN1_TEXT}</p><p>{LATIN1_TEXT}</p></article></body></html>"
                    ).encode("iso-8859-1")  # fmt: skip
            writer.response("https://example.de/koeln/gruenguertel", "200 OK", page,
                            "text/html; charset=ISO-8859-1")  # fmt: skip
            skipped = {"redirect": 2, "http error": 1, "not html": 1, "revisit": 1}
    urls = [url for number, (url, _) in enumerate(chosen) if number != broken_at]
    if extras:
        urls.append("https://example.de/koeln/gruenguertel")
    return Built(out, len(urls), skipped, int(broken_at >= 0), urls)


def _write_broken(writer: _Writer, handle: io.BufferedIOBase, url: str, body: bytes) -> None:
    """One response record whose gzip member has 64 bytes overwritten mid-way: it does
    not inflate, and the next member starts clean."""
    buffer = io.BytesIO()
    inner = _Writer(buffer, True)
    inner.count = writer.count
    inner.response(url, "200 OK", body, "text/html; charset=utf-8")
    writer.count = inner.count
    member = bytearray(buffer.getvalue())
    middle = len(member) // 2
    member[middle : middle + 64] = b"\x00" * 64
    handle.write(bytes(member))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=36)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-extras", action="store_true", help="pages only")
    parser.add_argument("--no-broken", action="store_true", help="no broken record")
    args = parser.parse_args()
    built = build(args.out, pages=args.pages, data=args.data, extras=not args.no_extras,
                  broken=not args.no_broken)  # fmt: skip
    print(f"{built.path}: {built.pages} pages, skipped {built.skipped}, broken {built.broken}")


if __name__ == "__main__":
    main()
