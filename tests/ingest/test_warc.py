"""WARC input: a WARC.gz of real dev pages built by scripts/build_test_warc.py, ingested
into a real SQLite file through the CLI; broken records, skipped records, crawl time."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys

import pytest
from click.testing import CliRunner, Result

from newsprism.cli import cli
from newsprism.ingest import IngestOptions, read_path
from newsprism.ingest.crawl import bound_by_crawl
from newsprism.ingest.stubs import stub_kind
from newsprism.models import Article, IngestFailure, RawDocument, SkippedItem
from tests.conftest import ROOT, SHARED_DATA

pytestmark = pytest.mark.skipif(
    not (SHARED_DATA / "trafilatura-eval").is_dir(), reason="../shared/data is not beside the clone"
)


def _builder():
    """scripts/build_test_warc.py, the committed script that builds the test WARCs."""
    path = ROOT / "scripts" / "build_test_warc.py"
    spec = importlib.util.spec_from_file_location("build_test_warc", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_test_warc"] = module
    spec.loader.exec_module(module)
    return module


build_warc = _builder().build


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def dev_warc(tmp_path_factory):
    """36 dev pages (one of them broken) and the records a crawl holds around them."""
    return build_warc(tmp_path_factory.mktemp("warc") / "dev.warc.gz", pages=36)


def test_each_page_of_a_warc_gz_is_an_article_and_the_rest_is_skipped(dev_warc, tmp_path):
    db = tmp_path / "warc.db"
    result = run("ingest", str(dev_warc.path), "--db", str(db), "--format", "json")
    assert result.exit_code == 1, result.output  # the broken record is a failure
    report = json.loads(result.stdout)
    assert report["skipped_reasons"] == dev_warc.skipped
    assert report["skipped"] == sum(dev_warc.skipped.values())
    broken = [f for f in report["failures"] if f["code"] == "E130"]
    assert len(broken) == dev_warc.broken == 1
    location, reason = broken[0]["location"], broken[0]["reason"]
    assert location.endswith("dev.warc.gz:21")  # warcinfo, a request, 18 pages, then it
    assert "byte offset" in reason
    others = [f for f in report["failures"] if f["code"] != "E130"]
    assert report["added"] + len(others) == dev_warc.pages  # every page is one item
    assert report["added"] >= dev_warc.pages - 3  # a cleaning failure is rare (E120/E121)

    listed = json.loads(run("articles", "--db", str(db), "--format", "json").stdout)
    urls = {a["url"] for a in listed}
    assert urls <= set(dev_warc.urls)
    assert not urls & {"https://example.org/old", "https://example.org/missing",
                       "https://example.org/photo.jpg", "https://example.org/moved-page"}
    for article in listed:
        assert article["raw_format"] == "html" and article["source_path"].endswith("dev.warc.gz")
        assert article["crawled_at"] and article["provenance"]["url"] == "warc record"
        # the crawl time bounds the publication time; it never stands in for it
        assert article["published_at"] is None or article["published_at"] <= article["crawled_at"]
        assert article["published_at_original"] != article["crawled_at"]
    dropped = [a["url"] for a in listed if "later than the crawl time" in (a["date_reason"] or "")]
    # the one page stamped after its crawl; the real pages were crawled after they appeared
    assert dropped == ["https://example.de/koeln/gruenguertel"]
    assert sum(a["published_at"] is not None for a in listed) >= len(listed) // 2


def test_a_rerun_is_idempotent(dev_warc, tmp_path):
    db = str(tmp_path / "again.db")
    first = json.loads(run("ingest", str(dev_warc.path), "--db", db, "--format", "json").stdout)
    second = json.loads(run("ingest", str(dev_warc.path), "--db", db, "--format", "json").stdout)
    assert second["added"] == 0 and second["already_stored"] == first["added"]
    assert second["skipped_reasons"] == first["skipped_reasons"]
    assert second["articles_in_store"] == first["articles_in_store"]


def test_the_http_charset_decodes_the_page(dev_warc):
    items = list(read_path(dev_warc.path, IngestOptions()))
    (page,) = [i for i in items if isinstance(i, RawDocument) and "koeln" in i.meta["url"]]
    assert page.encoding == "windows-1252"  # ISO-8859-1 as browsers read it
    assert "Bürgerinnen und Bürger in Köln" in page.content


def test_a_plain_warc_of_five_pages_is_five_articles(tmp_path):
    built = build_warc(tmp_path / "five.warc", pages=5, extras=False, broken=False)
    db = str(tmp_path / "five.db")
    report = json.loads(run("ingest", str(built.path), "--db", db, "--format", "json").stdout)
    assert report["added"] + report["failed"] == 5 and report["added"] >= 4, report


def test_a_warc_without_its_suffix_is_still_read_as_one(tmp_path):
    built = build_warc(tmp_path / "crawl.warc", pages=3, extras=False, broken=False)
    renamed = built.path.rename(tmp_path / "crawl-00001")
    items = list(read_path(renamed, IngestOptions()))
    assert [type(i) for i in items] == [RawDocument] * 3


def test_a_150_page_warc_gz_streams_record_by_record(tmp_path):
    """Today's limit for one article (16 MB) applies to a record, never to the file."""
    built = build_warc(tmp_path / "big.warc.gz", pages=150, extras=False, broken=False)
    inflated = len(gzip.decompress(built.path.read_bytes()))
    limit = inflated // 20  # far below the file, above any one page
    items = list(read_path(built.path, IngestOptions(max_bytes=limit)))
    pages = [i for i in items if isinstance(i, RawDocument)]
    too_big = [i for i in items if isinstance(i, IngestFailure)]
    assert len(pages) + len(too_big) == 150 and len(pages) >= 140
    assert all(f.code == "E106" and "byte offset" in f.reason for f in too_big)


def test_a_truncated_file_keeps_what_came_before(tmp_path):
    built = build_warc(tmp_path / "cut.warc.gz", pages=6, extras=False, broken=False)
    data = built.path.read_bytes()
    cut = tmp_path / "cut-short.warc.gz"
    cut.write_bytes(data[: len(data) - 2000])
    items = list(read_path(cut, IngestOptions()))
    assert [type(i) for i in items] == [RawDocument] * 5 + [IngestFailure]
    assert items[-1].code == "E130" and items[-1].location.endswith("cut-short.warc.gz:6")


def test_garbage_between_records_of_a_plain_warc_loses_nothing_after_it(tmp_path):
    built = build_warc(tmp_path / "p.warc", pages=4, extras=False, broken=False)
    data = built.path.read_bytes()
    second = data.index(b"WARC/1.", 10)
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:second] + b"this line is not a record\r\n\r\n" + data[second:])
    items = list(read_path(bad, IngestOptions()))
    pages = [i.meta["url"] for i in items if isinstance(i, RawDocument)]
    assert pages == built.urls  # all four pages, in order
    (failure,) = [i for i in items if isinstance(i, IngestFailure)]
    assert failure.code == "E130" and f"byte offset {second}" in failure.reason


def test_a_saved_301_page_is_skipped_not_stored(tmp_path):
    page = tmp_path / "moved.html"
    page.write_text("<html><head><title>301 Moved Permanently</title></head><body><h1>Moved "
                    "Permanently</h1><p>The document has moved <a href='/x'>here</a>.</p>"
                    "</body></html>")  # fmt: skip
    db = str(tmp_path / "stub.db")
    result = run("ingest", str(page), "--db", db, "--format", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["added"] == 0 and report["failed"] == 0
    assert report["skipped_reasons"] == {"redirect": 1}


@pytest.mark.parametrize(("title", "body", "kind"), [
    ("404 Not Found", "<h1>Not Found</h1>", "http error"),
    ("Object moved", "<p>Object moved to <a href='/a'>here</a></p>", "redirect"),
    ("500 Days of Summer review", "<p>A film.</p>", None),
    ("Not found: the missing plane", "<p>Searchers found nothing.</p>", None),
    ("404 Not Found", "<p>" + "A long article about the error page of a ministry. " * 30, None),
])  # fmt: skip
def test_stub_pages_are_told_from_articles(title, body, kind):
    assert stub_kind(f"<html><head><title>{title}</title></head><body>{body}</body>") == kind


def _article(published: str | None) -> Article:
    return Article(id="a", content_hash="a", source_path="x.warc.gz", text="t", raw="r",
                   raw_format="html", published_at=published,
                   published_at_original=published and "printed",
                   date_reason="a stamp")  # fmt: skip


def test_a_publication_time_after_the_crawl_is_dropped_with_its_reason():
    late = bound_by_crawl(_article("2030-05-01T10:00:00Z"), "2021-01-04T08:07:00Z")
    assert late.published_at is None and late.crawled_at == "2021-01-04T08:07:00Z"
    assert "later than the crawl time" in late.date_reason
    early = bound_by_crawl(_article("2020-05-01T10:00:00Z"), "2021-01-04T08:07:00.123456Z")
    assert early.published_at == "2020-05-01T10:00:00Z"
    assert early.crawled_at == "2021-01-04T08:07:00Z"
    undated = bound_by_crawl(_article(None), "2021-01-04T08:07:00Z")
    assert undated.published_at is None  # the crawl time is not the publication time
    assert bound_by_crawl(_article(None), "not a date").crawled_at is None


def test_skipped_items_are_not_failures_in_the_library_either(dev_warc):
    items = list(read_path(dev_warc.path, IngestOptions()))
    skipped = [i for i in items if isinstance(i, SkippedItem)]
    assert sorted(i.reason for i in skipped) == sorted(
        reason for reason, n in dev_warc.skipped.items() for _ in range(n))


def test_a_warc_gz_compressed_as_one_stream_is_read_once(tmp_path):
    """Not one gzip member per record, as the standard asks: read as one stream, each
    record once."""
    built = build_warc(tmp_path / "w.warc", pages=4, extras=False, broken=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(built.path.read_bytes()))
    items = list(read_path(whole, IngestOptions()))
    assert [i.meta["url"] for i in items] == built.urls
    assert [i.source_line for i in items] == [1, 2, 3, 4]
