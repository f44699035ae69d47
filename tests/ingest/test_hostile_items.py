"""Hostile single items: each one becomes one failure (or a repaired article) and the batch
goes on. Each test holds the minimal input of one defect that used to stop a whole ingest."""

from __future__ import annotations

import json
import os
import random
import socket
import sqlite3
from pathlib import Path

import pytest

from newsprism.ingest import IngestOptions, discover_files, iter_documents, read_path
from newsprism.models import IngestFailure, RawDocument
from newsprism.pipeline import ingest_paths

GOOD_TEXT = (
    "Council Approves New Budget For Roads\n\n"
    "The regional council approved the new budget on Monday after a debate that lasted six "
    "hours. Officials said the first repairs would begin in April.\n"
)
GOOD_LINE = json.dumps({"text": "Farmers protested in the capital on Thursday against the tax."})
LAST_LINE = json.dumps({"text": "The museum reopened on Friday after two years of renovation."})
NESTED = "[" * 100_000 + "]" * 100_000
FEED_WITH = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Port '
    "reopens</title><link>{link}</link><description>The port reopened on Sunday after the strike "
    "ended {ref} and ships queued outside the harbour.</description></item></channel></rss>"
)


def _codes(items: list) -> list[tuple[str, str]]:
    return [(type(i).__name__, getattr(i, "code", "")) for i in items]


def _folder(tmp_path: Path, files: dict[str, str | bytes], name: str = "in") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file_name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / file_name).write_bytes(data)
    return folder


# -- 2: deeply nested JSON -------------------------------------------------------------


def test_deeply_nested_json_file_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "nested.json"
    path.write_text(NESTED)
    (failure,) = list(read_path(path, IngestOptions()))
    assert isinstance(failure, IngestFailure) and failure.code == "E109"
    assert "nested too deeply" in failure.reason


@pytest.mark.parametrize("name", ["big.json", "big.jsonl"])
def test_json_integer_longer_than_python_converts_is_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps({"text": GOOD_TEXT})[:-1] + ', "n": ' + "9" * 5000 + "}\n")
    (item,) = list(read_path(path, IngestOptions()))
    assert isinstance(item, RawDocument) and "regional council" in item.content


def test_deeply_nested_jsonl_line_fails_alone_and_the_other_lines_are_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(f"{GOOD_LINE}\n{NESTED}\n{LAST_LINE}\n")
    items = list(read_path(path, IngestOptions()))
    assert _codes(items) == [("RawDocument", ""), ("IngestFailure", "E109"),
                             ("RawDocument", "")]  # fmt: skip
    assert items[1].location == f"{path}:2" and "nested too deeply" in items[1].reason


def test_deeply_nested_json_does_not_stop_the_folders_after_it(fresh_store, tmp_path) -> None:
    first = _folder(tmp_path, {"a.json": NESTED, "b.txt": GOOD_TEXT}, "first")
    second = _folder(tmp_path, {"c.jsonl": LAST_LINE + "\n"}, "second")
    for _ in range(2):  # the re-run reaches the second folder too
        report = ingest_paths([first, second], fresh_store, cluster=False)
        assert [(f.location, f.code) for f in report.failures] == [(str(first / "a.json"), "E109")]
    assert fresh_store.count() == 2


# -- 3: a file name that is not UTF-8 --------------------------------------------------


@pytest.fixture
def non_utf8_name(tmp_path: Path) -> Path:
    """A folder holding ``caf\\xe9.txt`` (a Latin-1 name) and a good file after it."""
    folder = tmp_path / "names"
    folder.mkdir()
    try:
        (Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))).write_text(GOOD_TEXT)
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (folder / "zz.txt").write_text(GOOD_TEXT.replace("Monday", "Friday"))
    return folder


def test_non_utf8_file_name_is_stored_as_its_escaped_name(fresh_store, non_utf8_name) -> None:
    report = ingest_paths([non_utf8_name], fresh_store, cluster=False)
    assert report.failures == [] and len(report.added) == 2
    paths = {a.source_path for a in fresh_store.iter_articles()}
    assert paths == {f"{non_utf8_name}/caf\\xe9.txt", f"{non_utf8_name}/zz.txt"}
    if fresh_store.backend == "sqlite":  # SQLite would also take it as a BLOB
        kinds = fresh_store.conn.execute("SELECT DISTINCT typeof(source_path) FROM articles")
        assert [row[0] for row in kinds] == ["text"]


def test_non_utf8_file_name_rerun_adds_nothing(fresh_store, non_utf8_name) -> None:
    ingest_paths([non_utf8_name], fresh_store, cluster=False)
    again = ingest_paths([non_utf8_name], fresh_store, cluster=False)
    assert (again.added, again.already_stored, again.failures) == ([], 2, [])


def test_failure_of_a_non_utf8_file_name_is_recorded(fresh_store, non_utf8_name) -> None:
    bad = Path(os.fsdecode(bytes(non_utf8_name) + b"/\xff.txt"))
    bad.write_bytes(b"")
    report = ingest_paths([non_utf8_name], fresh_store, cluster=False)
    assert [(f.location, f.code) for f in report.failures] == [(f"{non_utf8_name}/\\xff.txt",
                                                                "E102")]  # fmt: skip
    assert fresh_store.failures() == report.failures
    assert fresh_store.count() == 2


# -- 4: a lone surrogate in a JSON string ----------------------------------------------


def test_lone_surrogate_in_a_json_line_is_replaced(fresh_store, tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    line = '{"title": "Tax \\udc00 vote", "text": "The vote on the tax \\ud800 passed on Monday."}'
    path.write_text(f"{GOOD_LINE}\n{line}\n{LAST_LINE}\n")
    report = ingest_paths([path], fresh_store, cluster=False)
    assert report.failures == [] and len(report.added) == 3
    (article,) = [a for a in fresh_store.iter_articles() if a.source_line == 2]
    assert article.text == "The vote on the tax \ufffd passed on Monday."
    assert article.title == "Tax \ufffd vote"


def test_lone_surrogate_in_a_json_file_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"text": "The harbour reopened \\udfff on Sunday."}')
    (item,) = list(read_path(path, IngestOptions()))
    assert isinstance(item, RawDocument)
    assert item.content == "The harbour reopened \ufffd on Sunday."
    assert len(item.content_hash) == 64


# -- 5: character references feedparser cannot take ------------------------------------


@pytest.mark.parametrize("ref", ["&#xD800;", "&#99999999;", "&#55296;", "&#x110000;",
                                 "&#99999999999999999999;", "&#xDFFF"])  # fmt: skip
def test_feed_character_reference_out_of_range_becomes_a_replacement_character(
    fresh_store, tmp_path: Path, ref: str
) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(FEED_WITH.format(link="https://news.example/port", ref=ref))
    report = ingest_paths([path, tmp_path / "after.txt"], fresh_store, cluster=False)
    assert [f.code for f in report.failures] == ["E104"]  # only the missing file after it
    (article,) = fresh_store.iter_articles()
    assert "strike ended \ufffd and ships" in article.text


def test_feed_character_references_in_range_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(FEED_WITH.format(link="https://news.example/port", ref="&#x1F600; &#233;"))
    (item,) = list(read_path(path, IngestOptions()))
    assert "ended \U0001f600 \xe9 and" in item.content


# -- 6: FIFOs, sockets, devices --------------------------------------------------------


@pytest.fixture
def special_files(tmp_path: Path):
    """A folder with a FIFO and a socket between two good files."""
    folder = _folder(tmp_path, {"a.txt": GOOD_TEXT, "z.txt": GOOD_TEXT.replace("six", "ten")})
    os.mkfifo(folder / "m-pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "n-socket.txt"))
    yield folder
    server.close()


def test_fifo_and_socket_in_a_folder_are_skipped_unopened(fresh_store, special_files) -> None:
    report = ingest_paths([special_files], fresh_store, cluster=False)
    failed = [(Path(f.location).name, f.code, f.reason) for f in report.failures]
    assert failed == [
        ("m-pipe.txt", "E114", "not a regular file (FIFO): skipped"),
        ("n-socket.txt", "E114", "not a regular file (socket): skipped"),
    ]
    assert fresh_store.count() == 2


def test_device_file_given_on_the_command_line_is_skipped() -> None:
    (failure,) = list(discover_files(["/dev/zero"]))
    assert isinstance(failure, IngestFailure)
    assert (failure.code, failure.reason) == ("E114", "not a regular file (character device): "
                                                      "skipped")  # fmt: skip


def test_fifo_given_to_read_path_is_refused_without_blocking(tmp_path: Path) -> None:
    """A file that became a FIFO after the folder was listed is refused when opened."""
    for name in ("pipe.txt", "pipe.jsonl", "pipe.txt.gz"):
        os.mkfifo(tmp_path / name)
        (failure,) = list(read_path(tmp_path / name, IngestOptions()))
        assert (failure.code, failure.reason) == ("E114", "not a regular file (FIFO): skipped")


# -- 13: symlinks ----------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """A folder with a symlink out to a file elsewhere, one to a file inside, one to a
    folder outside, and a dangling one."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(GOOD_TEXT.replace("Monday", "Sunday"))
    folder = _folder(tmp_path, {"a.txt": GOOD_TEXT})
    (folder / "b-out.txt").symlink_to(outside / "secret.txt")
    (folder / "c-in.txt").symlink_to(folder / "a.txt")
    (folder / "d-dir").symlink_to(outside)
    (folder / "e-dangling.txt").symlink_to(tmp_path / "gone.txt")
    return folder


def test_symlinks_found_in_a_folder_are_followed_only_inside_it(fresh_store, linked) -> None:
    report = ingest_paths([linked], fresh_store, cluster=False)
    failed = {Path(f.location).name: (f.code, f.reason) for f in report.failures}
    outside = linked.parent / "outside"
    assert failed == {
        "b-out.txt": ("E115", f"symlink to {outside}/secret.txt, outside {linked}: not followed"),
        "d-dir": ("E115", f"symlink to {outside}, outside {linked}: not followed"),
        "e-dangling.txt": ("E104", "no such file or folder (dangling symlink)"),
    }
    assert [a.source_path for a in fresh_store.iter_articles()] == [str(linked / "a.txt")]
    assert report.already_stored == 1  # c-in.txt is a.txt again


def test_symlink_given_on_the_command_line_is_followed(fresh_store, linked) -> None:
    report = ingest_paths([linked / "b-out.txt"], fresh_store, cluster=False)
    assert report.failures == [] and fresh_store.count() == 1


def test_symlink_to_etc_passwd_in_a_folder_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    items = list(iter_documents([folder]))
    assert _codes(items) == [("IngestFailure", "E115")]
    assert "root:" not in items[0].reason


# -- 13: one stray byte in a UTF-8 file --------------------------------------------------


def test_one_stray_byte_in_english_utf8_files_is_replaced(fresh_store, tmp_path: Path) -> None:
    """30 clean English files, each with one stray byte: none is refused, and each
    article's provenance counts the replaced byte (or it was read as windows-1252)."""
    rnd = random.Random(13)
    folder = tmp_path / "stray"
    folder.mkdir()
    for n in range(30):
        data = (GOOD_TEXT.replace("six", f"{n + 2}") * 3).encode()
        at = rnd.randrange(len(data) // 4, len(data))
        at = data.rindex(b" ", 0, at)  # between words, as a stray byte usually sits
        (folder / f"{n:02d}.txt").write_bytes(data[:at] + bytes([rnd.randrange(0x80, 0x100)])
                                               + data[at:])  # fmt: skip
    report = ingest_paths([folder], fresh_store, cluster=False)
    assert report.failures == [] and len(report.added) == 30
    replaced = "utf-8, 1 invalid byte replaced by U+FFFD"
    by_encoding: dict[str, int] = {}
    for article in fresh_store.iter_articles():
        by_encoding[article.encoding] = by_encoding.get(article.encoding, 0) + 1
        if article.encoding == replaced:
            assert article.provenance["decoding"] == replaced
            assert article.raw.count("\ufffd") == 1
        assert "Officials said the first repairs" in article.text  # no letter swallowed
    # A byte windows-1252 reads as a plausible character (a curly quote, "é") is read so;
    # never as Shift-JIS or KOI8-R, which a 99 % ASCII file is not.
    assert set(by_encoding) == {replaced, "windows-1252"}, by_encoding


def test_many_stray_bytes_are_still_refused(tmp_path: Path) -> None:
    data = GOOD_TEXT.encode()
    path = tmp_path / "noisy.txt"
    path.write_bytes(b"\x8d\x8f".join(data[i : i + 40] for i in range(0, len(data), 40)))
    (failure,) = list(read_path(path, IngestOptions()))
    assert failure.code == "E103"


# -- 13: XML that is not a page or a feed ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("config.xml", '<?xml version="1.0"?>\n<configuration><setting>value</setting>'
                       "</configuration>"),
        ("config.txt", '<?xml version="1.0"?><!-- app --><settings><a>value</a></settings>'),
        ("sitemap.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
                        "<loc>https://news.example/a</loc></url></urlset>"),
    ],
)  # fmt: skip
def test_xml_that_is_neither_a_page_nor_a_feed_fails(tmp_path: Path, name, content) -> None:
    path = tmp_path / name
    path.write_text(content)
    (failure,) = list(read_path(path, IngestOptions()))
    assert failure.code == "E122" and "neither a feed nor a web page" in failure.reason


def test_xhtml_with_an_xml_prolog_is_still_a_page(fresh_store, tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Vote</title></head><body>'
        "<p>The regional council approved the new budget on Monday after a debate that "
        "lasted six hours.</p></body></html>"
    )
    report = ingest_paths([path], fresh_store, cluster=False)
    assert report.failures == [] and fresh_store.count() == 1


# -- no bad item stops a batch: reading and storing are isolated ------------------------


def test_unexpected_error_while_reading_one_file_fails_that_file_alone(
    fresh_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: a reader bug (any exception) is E199 for its file, never a crash."""
    import newsprism.ingest as ingest

    def broken_reader(*args, **kwargs):
        yield from ()
        raise KeyError("a reader bug")

    folder = _folder(tmp_path, {"a.txt": GOOD_TEXT, "b.rss": "<rss></rss>",
                                "c.jsonl": LAST_LINE + "\n"})  # fmt: skip
    monkeypatch.setattr(ingest, "read_feed", broken_reader)
    report = ingest_paths([folder], fresh_store, cluster=False)
    assert [(f.location, f.code, f.reason) for f in report.failures] == [
        (str(folder / "b.rss"), "E199", "internal error while reading: KeyError: 'a reader bug'")
    ]
    assert fresh_store.count() == 2


@pytest.mark.sqlite_only  # an SQLite trigger; on PostgreSQL tests/store covers E206
def test_a_row_the_store_refuses_fails_alone(fresh_store, tmp_path: Path) -> None:
    """One row SQLite refuses (here a trigger refuses it) used to roll back the whole batch."""
    folder = _folder(tmp_path, {f"{n}.txt": GOOD_TEXT.replace("six", str(n + 7))
                                for n in range(5)})  # fmt: skip
    fresh_store.conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.source_path LIKE '%/2.txt' "
        "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
    )
    seen: list[IngestFailure] = []
    report = ingest_paths([folder], fresh_store, on_failure=seen.append, cluster=False)
    assert [(Path(f.location).name, f.code) for f in report.failures] == [("2.txt", "E206")]
    assert "IntegrityError: refused by a trigger" in report.failures[0].reason
    assert seen == report.failures
    assert fresh_store.count() == 4 and len(report.added) == 4
    assert fresh_store.failures() == report.failures
    with sqlite3.connect(fresh_store.path) as other:  # committed, not only in the session
        assert other.execute("SELECT count(*) FROM articles").fetchone() == (4,)
