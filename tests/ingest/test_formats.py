"""Every input format, as real files in a folder, through ingest and clean into a real store."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from newsprism.ingest import IngestOptions, discover_files, read_path
from newsprism.models import Article, RawDocument
from newsprism.pipeline import IngestReport, ingest_paths

BODY = (
    "The regional council approved the new budget on Monday after a debate that lasted six "
    "hours. Officials said the first repairs would begin in April."
)
BODY_2 = (
    "Farmers protested in the capital on Thursday against the new fuel tax. Police "
    "estimated the crowd at five thousand, and the march ended peacefully."
)
TEXT_FILE = f"Council Approves New Budget For Roads\n\n{BODY}\n"
HTML_PAGE = (
    "<!doctype html><html><head><title>Storm Hits The Coast</title>"
    '<link rel="canonical" href="https://news.example/storm"></head><body><article>'
    f"<p>{BODY}</p><p>Emergency services said no one was seriously injured overnight.</p>"
    "</article></body></html>"
)
RSS_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Feed Title</title>
<item><title>Item one</title><link>https://feed.example/1</link>
<pubDate>Tue, 26 Mar 2024 02:21:30 +0300</pubDate>
<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>
<item><title>Item two</title><link>https://feed.example/2</link>
<description>{BODY_2}</description></item>
</channel></rss>
"""
ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Feed</title>
<entry><title>Entry with content</title><link href="https://atom.example/1"/>
<updated>2024-03-26T02:21:30Z</updated>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content><summary>short summary</summary></entry>
<entry><title>Entry with only a summary</title><link href="https://atom.example/2"/>
<updated>2024-03-27T02:21:30+03:00</updated><summary>{BODY_2}</summary></entry>
</feed>
"""


@pytest.fixture(autouse=True)
def far_from_utc_clock(monkeypatch: pytest.MonkeyPatch):
    """The machine's clock in UTC+14: a date that leaned on local time would shift a day."""
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return folder


def _jsonl(*items: dict) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


@pytest.fixture
def input_dir(tmp_path: Path) -> Path:
    """An empty folder for input files (the store lives beside it, not in it)."""
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


def _ingest(store, paths, **options) -> tuple[IngestReport, dict[str, Article]]:
    report = ingest_paths(paths, store, ingest_options=IngestOptions(**options))
    by_location = {a.location.replace(str(paths[0]) + "/", ""): a for a in store.iter_articles()}
    return report, by_location


# -- one file of each format -------------------------------------------------------


@pytest.mark.parametrize("gz", ["", ".gz"], ids=["plain", "gzip"])
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("story.txt", TEXT_FILE,
         {"title": "Council Approves New Budget For Roads", "raw_format": "text", "text": BODY}),
        ("story", TEXT_FILE, {"title": "Council Approves New Budget For Roads", "text": BODY}),
        ("page.html", HTML_PAGE,
         {"title": "Storm Hits The Coast", "url": "https://news.example/storm",
          "raw_format": "html"}),
        ("page.htm", HTML_PAGE, {"title": "Storm Hits The Coast", "raw_format": "html"}),
        ("page.txt", HTML_PAGE, {"title": "Storm Hits The Coast", "raw_format": "html"}),
    ],
    ids=["txt", "no-extension", "html", "htm", "html-sniffed-in-txt"],
)  # fmt: skip
def test_single_article_files(
    fresh_store, input_dir: Path, name: str, content: str, expected: dict, gz: str
) -> None:
    _write(input_dir, {name + gz: content})
    report, articles = _ingest(fresh_store, [input_dir])
    assert report.ok, report.failures
    assert list(articles) == [name + gz]
    article = articles[name + gz]
    for key, value in expected.items():
        assert getattr(article, key) == value, key
    assert BODY in article.text
    assert article.language == "en"
    assert article.raw == content  # the raw input, decompressed, is kept


@pytest.mark.parametrize("gz", ["", ".gz"], ids=["plain", "gzip"])
def test_jsonl_items_with_text_html_missing_fields_and_aliases(
    fresh_store, input_dir: Path, gz: str
) -> None:
    _write(input_dir, {f"items.jsonl{gz}": _jsonl(
        {"url": "https://ex.example/1", "title": "One", "text": BODY, "outlet": "Ex News",
         "language": "en", "published": "2024-03-01T10:00:00+02:00"},
        {"link": "https://ex.example/2", "headline": "Two", "body": BODY_2, "lang": "EN",
         "source": {"name": "Reuters"}, "datePublished": "2024-03-02T23:30:00-05:00"},
        {"html": f"<html><body><p>{BODY}</p><p>The museum reopened on Friday.</p></body></html>",
         "site": "Page Outlet"},
        {"maintext": BODY_2 + " A third item with only its text.", "published_at": None},
    )})  # fmt: skip
    report, articles = _ingest(fresh_store, [input_dir])
    assert report.ok, report.failures
    name = f"items.jsonl{gz}"
    assert sorted(articles) == [f"{name}:{n}" for n in (1, 2, 3, 4)]
    expected = {
        1: ("https://ex.example/1", "One", "Ex News", "en", "2024-03-01T08:00:00Z", "text"),
        2: ("https://ex.example/2", "Two", "Reuters", "en", "2024-03-03T04:30:00Z", "text"),
        3: (None, None, "Page Outlet", "en", None, "html"),
        4: (None, None, None, "en", None, "text"),
    }
    for line, (url, title, outlet, language, published, raw_format) in expected.items():
        a = articles[f"{name}:{line}"]
        assert (a.url, a.title, a.outlet, a.language, a.published_at, a.raw_format) == (
            url, title, outlet, language, published, raw_format,
        ), line  # fmt: skip
        assert a.source_line == line
    assert articles[f"{name}:2"].provenance["title"] == "json field"


@pytest.mark.parametrize(
    ("content", "lines"),
    [
        (json.dumps({"title": "Only", "text": BODY}), [None]),
        (json.dumps([{"text": BODY}, {"content": BODY_2}]), [1, 2]),
        (json.dumps({"status": "ok", "articles": [
            {"source": {"name": "Wire"}, "title": "Wrapped", "content": BODY,
             "publishedAt": "2024-03-01T12:00:00Z"}]}), [1]),
        (_jsonl({"text": BODY}, {"text": BODY_2}), [1, 2]),
    ],
    ids=["object", "list", "newsapi-wrapper", "json-lines-in-dot-json"],
)  # fmt: skip
@pytest.mark.parametrize("gz", ["", ".gz"], ids=["plain", "gzip"])
def test_json_files(fresh_store, input_dir: Path, content: str, lines: list, gz: str) -> None:
    _write(input_dir, {f"dump.json{gz}": content})
    report, articles = _ingest(fresh_store, [input_dir])
    assert report.ok, report.failures
    assert sorted(a.source_line or 0 for a in articles.values()) == [n or 0 for n in lines]
    assert any(BODY in a.text for a in articles.values())


def test_newsapi_wrapper_fields(fresh_store, input_dir: Path) -> None:
    item = {"source": {"name": "Wire"}, "title": "Wrapped", "content": BODY,
            "publishedAt": "2024-03-01T12:00:00Z", "url": "https://wire.example/a"}  # fmt: skip
    _write(input_dir, {"top.json": json.dumps({"status": "ok", "articles": [item]})})
    _, articles = _ingest(fresh_store, [input_dir])
    a = articles["top.json:1"]
    assert (a.outlet, a.title, a.url, a.published_at) == (
        "Wire", "Wrapped", "https://wire.example/a", "2024-03-01T12:00:00Z",
    )  # fmt: skip


@pytest.mark.parametrize("gz", ["", ".gz"], ids=["plain", "gzip"])
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("feed.rss", RSS_FEED, {
            1: ("https://feed.example/1", "Item one", "2024-03-25T23:21:30Z", BODY),
            2: ("https://feed.example/2", "Item two", None, BODY_2),
        }),
        ("feed.xml", RSS_FEED, {
            1: ("https://feed.example/1", "Item one", "2024-03-25T23:21:30Z", BODY),
            2: ("https://feed.example/2", "Item two", None, BODY_2),
        }),
        ("feed.atom", ATOM_FEED, {
            1: ("https://atom.example/1", "Entry with content", "2024-03-26T02:21:30Z", BODY),
            2: ("https://atom.example/2", "Entry with only a summary", "2024-03-26T23:21:30Z",
                BODY_2),
        }),
    ],
    ids=["rss2", "rss-as-xml", "atom"],
)  # fmt: skip
def test_feeds_give_one_article_per_entry(
    fresh_store, input_dir: Path, name: str, content: str, expected: dict, gz: str
) -> None:
    _write(input_dir, {name + gz: content})
    report, articles = _ingest(fresh_store, [input_dir])
    assert report.ok, report.failures
    assert sorted(articles) == [f"{name}{gz}:{n}" for n in expected]
    for number, (url, title, published, body) in expected.items():
        a = articles[f"{name}{gz}:{number}"]
        assert (a.url, a.title, a.published_at) == (url, title, published)
        assert a.text == body
        assert a.raw_format == "feed"


def test_atom_entry_with_content_ignores_its_summary(fresh_store, input_dir: Path) -> None:
    _write(input_dir, {"feed.atom": ATOM_FEED})
    _, articles = _ingest(fresh_store, [input_dir])
    assert "short summary" not in articles["feed.atom:1"].text
    assert "short summary" not in articles["feed.atom:1"].raw


def test_feed_file_naming_a_url_is_never_fetched(input_dir: Path) -> None:
    # feedparser.parse("https://…") downloads; a feed file holding an address must not.
    path = input_dir / "pointer.rss"
    path.write_text("file:///etc/hostname\n")
    (failure,) = list(read_path(path, IngestOptions()))
    assert failure.code == "E112"


# -- sidecars and overrides --------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "expected_outlet", "expected_language"),
    [
        ({"a.txt": TEXT_FILE, "a.json": '{"outlet": "Name Sidecar", "language": "fr"}'},
         "Name Sidecar", "fr"),
        ({"a.txt": TEXT_FILE, "a.txt.json": '{"outlet": "Ext Sidecar", "lang": "de"}'},
         "Ext Sidecar", "de"),
        ({"a.txt": TEXT_FILE, "a.json": '{"outlet": "Name"}', "a.txt.json": '{"outlet": "Ext"}'},
         "Ext", "en"),
        ({"a.html": HTML_PAGE, "a.html.json": '{"source": {"name": "Nested"}}'}, "Nested", "en"),
        ({"a.txt.gz": TEXT_FILE, "a.txt.json": '{"outlet": "Gz Sidecar"}'}, "Gz Sidecar", "en"),
        ({"a.txt.gz": TEXT_FILE, "a.json": '{"outlet": "Gz Name"}'}, "Gz Name", "en"),
        ({"a.json": json.dumps({"text": BODY, "outlet": "Item"}),
          "a.json.json": '{"outlet": "Json Sidecar", "language": "nl"}'}, "Json Sidecar", "nl"),
    ],
    ids=["name-json", "name-ext-json-alias", "ext-beats-name", "html-nested-source", "gz-ext",
         "gz-name", "json-ext-json"],
)  # fmt: skip
def test_sidecar_gives_metadata_and_is_not_an_article(
    fresh_store, input_dir: Path, files: dict, expected_outlet: str, expected_language: str
) -> None:
    _write(input_dir, files)
    report, articles = _ingest(fresh_store, [input_dir])
    assert report.ok, report.failures
    assert report.files == 1
    (article,) = articles.values()
    assert article.outlet == expected_outlet
    assert article.provenance["outlet"] == "sidecar"
    assert article.language == expected_language


def test_sidecar_given_directly_is_skipped(fresh_store, input_dir: Path) -> None:
    """Alone, it is an E815 line (session 24); given with its file, its metadata goes
    there without a line."""
    _write(input_dir, {"a.txt": TEXT_FILE, "a.json": '{"outlet": "Sidecar"}'})
    report, articles = _ingest(fresh_store, [input_dir / "a.json"])
    assert report.files == 0 and not articles
    assert [f.code for f in report.failures] == ["E815"]
    report, articles = _ingest(fresh_store, [input_dir / "a.json", input_dir / "a.txt"])
    assert report.files == 1 and not report.failures
    assert [a.outlet for a in articles.values()] == ["Sidecar"]


def test_sidecar_of_a_jsonl_file_applies_to_every_item(fresh_store, input_dir: Path) -> None:
    _write(input_dir, {
        "wire.jsonl": _jsonl({"text": BODY}, {"text": BODY_2, "outlet": "Item Outlet"}),
        "wire.jsonl.json": '{"outlet": "Wire Sidecar"}',
    })  # fmt: skip
    report, articles = _ingest(fresh_store, [input_dir])
    assert report.ok, report.failures
    assert sorted(articles) == ["wire.jsonl:1", "wire.jsonl:2"]
    assert {a.outlet for a in articles.values()} == {"Wire Sidecar"}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ("Sidecar Outlet", "https://sidecar.example/a", "fr")),
        ({"outlet": "Cli Outlet"}, ("Cli Outlet", "https://sidecar.example/a", "fr")),
        ({"url": "https://cli.example/a"}, ("Sidecar Outlet", "https://cli.example/a", "fr")),
        ({"language": "es"}, ("Sidecar Outlet", "https://sidecar.example/a", "es")),
        ({"outlet": "O", "url": "https://o.example/", "language": "it"},
         ("O", "https://o.example/", "it")),
    ],
    ids=["sidecar-only", "outlet", "url", "lang", "all-three"],
)  # fmt: skip
def test_overrides_beat_sidecar(fresh_store, input_dir: Path, options: dict, expected) -> None:
    _write(input_dir, {
        "a.txt": TEXT_FILE,
        "a.json": json.dumps({"outlet": "Sidecar Outlet", "url": "https://sidecar.example/a",
                              "language": "fr"}),
    })  # fmt: skip
    _, articles = _ingest(fresh_store, [input_dir], **options)
    a = articles["a.txt"]
    assert (a.outlet, a.url, a.language) == expected
    for key in ("outlet", "url"):
        assert a.provenance[key] == (f"--{key}" if key in options else "sidecar")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ("Ex News", "https://ex.example/1", "de")),
        ({"outlet": "Cli"}, ("Cli", "https://ex.example/1", "de")),
        ({"language": "en", "url": "https://cli.example/"}, ("Ex News", "https://cli.example/",
                                                              "en")),
    ],
    ids=["item-fields", "outlet", "lang-and-url"],
)  # fmt: skip
def test_overrides_beat_item_fields(fresh_store, input_dir: Path, options: dict, expected) -> None:
    item = {"url": "https://ex.example/1", "text": BODY, "outlet": "Ex News", "language": "de"}
    _write(input_dir, {"items.jsonl": _jsonl(item)})
    _, articles = _ingest(fresh_store, [input_dir], **options)
    a = articles["items.jsonl:1"]
    assert (a.outlet, a.url, a.language) == expected


# -- folders -----------------------------------------------------------------------


@pytest.fixture
def nested_folder(input_dir: Path) -> Path:
    """Articles two levels deep, plus hidden files and folders and OS litter."""
    return _write(input_dir, {
        "top.txt": TEXT_FILE,
        "sub/inner.html": HTML_PAGE,
        "sub/deeper/items.jsonl": _jsonl({"text": BODY_2}),
        ".hidden.txt": "Hidden file: this must never be ingested, whatever it says here.",
        ".git/config.txt": "Hidden folder: this must never be ingested either, at all.",
        "sub/.cache/page.html": "<html><body><p>Hidden nested folder content.</p></body></html>",
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
        "sub/Thumbs.db": b"\xd0\xcf\x11\xe0",
    })  # fmt: skip


def test_folders_are_walked_recursively_skipping_hidden_entries(
    fresh_store, nested_folder: Path
) -> None:
    found = [str(p.relative_to(nested_folder)) for p in discover_files([nested_folder])]
    assert found == ["top.txt", "sub/inner.html", "sub/deeper/items.jsonl"]
    report, articles = _ingest(fresh_store, [nested_folder])
    assert report.ok, report.failures
    assert report.files == 3
    assert sorted(articles) == ["sub/deeper/items.jsonl:1", "sub/inner.html", "top.txt"]


def test_files_and_folders_mix_in_one_call(fresh_store, input_dir: Path) -> None:
    _write(input_dir, {"one/a.txt": TEXT_FILE, "two/b.txt": BODY_2})
    report = ingest_paths([input_dir / "one", input_dir / "two" / "b.txt"], fresh_store)
    assert report.ok and report.files == 2 and fresh_store.count() == 2


def test_read_path_yields_raw_documents_with_metadata(input_dir: Path) -> None:
    _write(
        input_dir, {"a.jsonl": _jsonl({"text": BODY, "title": "T", "url": "https://u.example/"})}
    )
    (doc,) = list(read_path(input_dir / "a.jsonl", IngestOptions(outlet="X")))
    assert isinstance(doc, RawDocument)
    assert (doc.content, doc.raw_format, doc.source_line) == (BODY, "text", 1)
    assert doc.meta["title"] == "T" and doc.meta["_title_from"] == "json field"
    assert doc.meta["outlet"] == "X" and doc.meta["_outlet_from"] == "--outlet"
    assert doc.location == f"{input_dir / 'a.jsonl'}:1"


# -- idempotency -------------------------------------------------------------------


def test_same_file_twice_is_one_article(fresh_store, input_dir: Path) -> None:
    _write(input_dir, {"a.txt": TEXT_FILE, "feed.rss": RSS_FEED})
    first, _ = _ingest(fresh_store, [input_dir])
    second, _ = _ingest(fresh_store, [input_dir])
    assert (len(first.added), first.already_stored) == (3, 0)
    assert (len(second.added), second.already_stored) == (0, 3)
    assert fresh_store.count() == 3


@pytest.mark.parametrize(
    "files",
    [
        {"a.txt": TEXT_FILE, "copy-of-a.txt": TEXT_FILE},
        {"a.txt": TEXT_FILE, "b.txt": TEXT_FILE.replace("\n", "\r\n").replace(" ", "  ") + "\n\n"},
        {"a.txt": TEXT_FILE, "a.txt.gz": TEXT_FILE},
        {"a.jsonl": _jsonl({"text": BODY}, {"text": BODY}), "b.txt": BODY},
    ],
    ids=["two-names", "whitespace-only-differences", "gzip-copy", "duplicate-lines-and-file"],
)
def test_same_content_under_other_names_is_one_article(
    fresh_store, input_dir: Path, files: dict
) -> None:
    _write(input_dir, files)
    report, _ = _ingest(fresh_store, [input_dir])
    assert report.ok, report.failures
    total = sum(max(1, content.count('"text"')) for content in files.values())
    assert len(report.added) == 1
    assert report.already_stored == total - 1
    assert fresh_store.count() == 1


def test_same_text_at_two_urls_stays_two_articles(fresh_store, input_dir: Path) -> None:
    items = [{"text": BODY, "url": "https://one.example/"},
             {"text": BODY, "url": "https://two.example/"}]  # fmt: skip
    _write(input_dir, {"a.jsonl": _jsonl(*items)})
    report, _ = _ingest(fresh_store, [input_dir])
    assert len(report.added) == 2 and fresh_store.count() == 2
