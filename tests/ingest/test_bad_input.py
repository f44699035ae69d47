"""Bad input in a batch with good input: one clear failure per bad item, the rest stored."""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.ingest import IngestOptions, read_path
from newsprism.models import IngestFailure
from newsprism.pipeline import ingest_paths

GOOD_TEXT = (
    "Council Approves New Budget For Roads\n\n"
    "The regional council approved the new budget on Monday after a debate that lasted six "
    "hours. Officials said the first repairs would begin in April.\n"
)
GOOD_LINE = {"text": "Farmers protested in the capital on Thursday against the new fuel tax."}
TRUNCATED_WITH_TEXT = (
    "<html><body><article><p>The minister resigned on Tuesday after weeks of pressure over "
    "the contract scandal.</p><p>She said she wanted to spend more time with her fam"
)
MB = 1024 * 1024


def _undecodable(size: int = 3000) -> bytes:
    rnd = random.Random(11)
    return bytes(rnd.randrange(0x80, 0x100) if rnd.random() < 0.8 else 0x20 for _ in range(size))


def _sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes made in no time: a hole, not written data."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


# name -> content; bytes are written as they are, str as UTF-8.
BAD_BATCH: dict[str, str | bytes] = {
    "good.txt": GOOD_TEXT,
    "good.jsonl": "\n".join([
        json.dumps(GOOD_LINE),
        '{"text": "unterminated',
        json.dumps([GOOD_LINE]),
        json.dumps({"text": "The museum reopened on Friday after two years of renovation."}),
        json.dumps({"title": "a line with no text"}),
        "",
        "   ",
        json.dumps({"html": "<html><body><p>The bridge opened to traffic at dawn.</p></body>"}),
    ]) + "\n",
    "truncated-with-text.html": TRUNCATED_WITH_TEXT,
    "photo.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
    "report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "noise.bin": bytes(random.Random(1).randrange(256) for _ in range(4096)) + b"\x00",
    "empty.txt": b"",
    "empty.jsonl": b"",
    "blank-lines.jsonl": "\n  \n\t\n",
    "empty-list.json": "[]",
    "blank.html": b"  \n\t\n",
    "undecodable.txt": _undecodable(),
    "cut-in-head.html": "<html><head><ti",
    "no-text-left.html": '<!doctype html><html><head><meta charset="utf-8"></head><body><p',
    "broken.json": '{"text": "no closing brace",\n "title": ',
    "not-gzip.txt.gz": b"this was never gzip data",
    "no-entries.rss": '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                      "</channel></rss>",
    "empty-entry.rss": '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                       "<item><title>Nothing</title></item>"
                       "<item><title>Something</title><description>The port reopened on "
                       "Sunday after the strike ended.</description></item></channel></rss>",
    "with-bad-sidecar.txt": GOOD_TEXT.replace("Monday", "Tuesday"),
    "with-bad-sidecar.json": '{"outlet": ',
}  # fmt: skip

# (location relative to the folder, code, words the reason must contain)
EXPECTED_FAILURES = {
    ("good.jsonl:2", "E109", "invalid JSON"),
    ("good.jsonl:3", "E109", "array, not an object"),
    ("good.jsonl:5", "E109", "no `text` or `html`"),
    ("photo.png", "E101", "PNG image"),
    ("report.pdf", "E101", "PDF document"),
    ("noise.bin", "E101", "NUL bytes"),
    ("empty.txt", "E102", "empty"),
    ("empty.jsonl", "E102", "empty"),
    ("blank-lines.jsonl", "E102", "empty"),
    ("empty-list.json", "E109", "empty JSON list"),
    ("blank.html", "E102", "empty"),
    ("undecodable.txt", "E103", "undecodable"),
    ("cut-in-head.html", "E111", "no body or text"),
    ("no-text-left.html", "E120", "no article text"),
    ("broken.json", "E109", "invalid JSON"),
    ("not-gzip.txt.gz", "E107", "corrupt gzip"),
    ("no-entries.rss", "E112", "no entries"),
    ("empty-entry.rss:1", "E113", "no content"),
    ("with-bad-sidecar.txt", "E105", "with-bad-sidecar.json"),
    ("huge.txt", "E106", "52.4 MB"),
    ("truncated.jsonl.gz", "E107", "corrupt gzip"),
}
GOOD_LOCATIONS = {
    "good.txt",
    "good.jsonl:1",
    "good.jsonl:4",
    "good.jsonl:8",
    "truncated-with-text.html",
    "truncated.jsonl.gz:1",
    "empty-entry.rss:2",
}


@pytest.fixture
def bad_batch(tmp_path: Path) -> Path:
    """A folder where most files are bad in a different way, beside a few good ones."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, content in BAD_BATCH.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    _sparse(folder / "huge.txt", 50 * MB)  # 52.4 MB
    line = json.dumps({"text": "The ferry service resumed on Sunday after the storm."}) + "\n"
    whole = gzip.compress((line * 5_000).encode())
    (folder / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])  # stream cut short
    return folder


def _relative(location: str, folder: Path) -> str:
    return location.replace(f"{folder}/", "")


def test_each_bad_item_fails_once_and_the_good_ones_are_stored(fresh_store, bad_batch: Path):
    seen: list[IngestFailure] = []
    report = ingest_paths([bad_batch], fresh_store, on_failure=seen.append)
    got = {(_relative(f.location, bad_batch), f.code) for f in report.failures}
    assert got == {(location, code) for location, code, _ in EXPECTED_FAILURES}
    assert len(report.failures) == len(EXPECTED_FAILURES)  # one each, no repeats
    assert seen == report.failures  # reported as found, not only at the end
    reasons = {_relative(f.location, bad_batch): f.reason for f in report.failures}
    for location, _, words in EXPECTED_FAILURES:
        assert words in reasons[location], location
    stored = {_relative(a.location, bad_batch) for a in fresh_store.iter_articles()}
    assert stored == GOOD_LOCATIONS
    assert report.files == len(BAD_BATCH) + 1  # the bad sidecar is not a file of its own


def test_failures_are_recorded_in_the_store(fresh_store, bad_batch: Path) -> None:
    report = ingest_paths([bad_batch], fresh_store)
    recorded = {(_relative(f.location, bad_batch), f.code) for f in fresh_store.failures()}
    assert recorded == {(_relative(f.location, bad_batch), f.code) for f in report.failures}


def test_truncated_html_with_text_keeps_the_text(fresh_store, bad_batch: Path) -> None:
    ingest_paths([bad_batch], fresh_store)
    (article,) = [a for a in fresh_store.iter_articles() if a.location.endswith(".html")]
    assert article.text.startswith("The minister resigned on Tuesday")
    assert "spend more time" in article.text


def test_missing_path_fails_and_the_rest_goes_on(fresh_store, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT)
    report = ingest_paths([tmp_path / "nope", good], fresh_store)
    assert [(f.location, f.code) for f in report.failures] == [(str(tmp_path / "nope"), "E104")]
    assert fresh_store.count() == 1


# -- big inputs are refused without being read into memory ---------------------------


def _peak_while(fn) -> tuple[list, int]:
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", ["huge.txt", "huge.html", "huge", "huge.json"])
def test_50mb_file_fails_naming_its_size_without_being_read(tmp_path: Path, name: str) -> None:
    path = _sparse(tmp_path / name, 50 * MB)
    items, peak = _peak_while(lambda: list(read_path(path, IngestOptions())))
    assert [(i.code, i.location) for i in items] == [("E106", str(path))]
    assert "52.4 MB" in items[0].reason and "16.8 MB limit" in items[0].reason
    assert peak < 2 * MB


def test_50mb_jsonl_of_nul_bytes_is_binary_without_being_read(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "huge.jsonl", 50 * MB)
    items, peak = _peak_while(lambda: list(read_path(path, IngestOptions())))
    assert [(i.code, i.location) for i in items] == [("E101", str(path))]
    assert peak < 2 * MB


def test_over_long_jsonl_line_fails_alone_without_being_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    with path.open("w") as handle:
        handle.write(json.dumps(GOOD_LINE) + "\n")
        handle.write('{"text": "' + "x" * (20 * MB) + '"}\n')
        handle.write(json.dumps({"text": "The last line is read as well as the first."}) + "\n")
    items, peak = _peak_while(lambda: list(read_path(path, IngestOptions(max_bytes=MB))))
    assert [(i.location, type(i).__name__) for i in items] == [
        (f"{path}:1", "RawDocument"),
        (f"{path}:2", "IngestFailure"),
        (f"{path}:3", "RawDocument"),
    ]
    assert items[1].code == "E106" and "21.0 MB" in items[1].reason
    assert peak < 8 * MB  # a few read buffers of max_bytes, never the 21 MB line


def test_gzip_bomb_fails_without_being_decompressed_whole(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb") as handle:
        for _ in range(40):
            handle.write(b"a" * MB)
    items, peak = _peak_while(lambda: list(read_path(path, IngestOptions(max_bytes=MB))))
    assert [(i.code, i.location) for i in items] == [("E106", str(path))]
    assert "once decompressed" in items[0].reason
    assert peak < 4 * MB


def test_max_bytes_lets_a_big_file_in(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(GOOD_TEXT * 2000)  # about 0.4 MB
    (refused,) = list(read_path(path, IngestOptions(max_bytes=100_000)))
    (accepted,) = list(read_path(path, IngestOptions(max_bytes=MB)))
    assert refused.code == "E106"
    assert accepted.content == GOOD_TEXT * 2000


# -- a folder of 10 000 files ----------------------------------------------------------


@pytest.fixture
def folder_of_small_files(tmp_path: Path):
    """Makes a folder of N one-paragraph text files; removes it afterwards, so the next
    run's cleanup of old temporary folders does not walk 10 000 files."""
    made: list[Path] = []

    def make(count: int) -> Path:
        folder = tmp_path / f"many-{count}"
        folder.mkdir()
        made.append(folder)
        for n in range(count):
            (folder / f"{n:05d}.txt").write_text(
                f"Report {n}: the council met on Monday to discuss item {n} of the agenda, "
                "which concerns road repairs.\n"
            )
        return folder

    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


def test_folder_of_10000_files_is_all_ingested(fresh_store, folder_of_small_files) -> None:
    folder = folder_of_small_files(10_000)
    # The language is given so the test measures ingest and store, not language detection.
    report = ingest_paths([folder], fresh_store, ingest_options=IngestOptions(language="en"))
    assert report.ok, report.failures[:3]
    assert (report.files, len(report.added), fresh_store.count()) == (10_000, 10_000, 10_000)


def test_folder_of_1000_files_through_the_whole_clean_stage(
    fresh_store, folder_of_small_files
) -> None:
    folder = folder_of_small_files(1_000)
    report = ingest_paths([folder], fresh_store)
    assert report.ok, report.failures[:3]
    assert fresh_store.count() == 1_000
    assert {a.language for a in fresh_store.iter_articles(limit=50)} == {"en"}


# -- the CLI: one line per failure, exit status ----------------------------------------


def _ingest_cli(*args: str):
    return CliRunner().invoke(cli, ["ingest", *args])


def test_cli_exit_status_is_1_when_anything_failed(bad_batch: Path, db_path: Path) -> None:
    result = _ingest_cli(str(bad_batch), "--db", str(db_path))
    assert result.exit_code == 1, result.output
    flat = re.sub(r"\s+", "", result.stderr)  # rich may wrap a long line; see below
    for location, code, _ in EXPECTED_FAILURES:
        assert re.sub(r"\s+", "", f"{bad_batch}/{location}:") in flat, location
        assert f"[{code}]" in flat
    assert f"{len(GOOD_LOCATIONS)} added" in result.stderr


def test_cli_exit_status_is_0_when_nothing_failed(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    result = _ingest_cli(str(tmp_path / "good.txt"), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "error" not in result.stderr


def test_cli_prints_exactly_one_clean_line_per_failure(bad_batch: Path, db_path: Path) -> None:
    result = _ingest_cli(str(bad_batch), "--db", str(db_path))
    lines = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert len(lines) == len(EXPECTED_FAILURES)
    for location, code, words in EXPECTED_FAILURES:
        (line,) = [x for x in lines if x.startswith(f"error {bad_batch}/{location}: ")]
        assert words in line and line.endswith(f"[{code}]")


def test_page_cut_after_its_title_fails_clearly(fresh_store, tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    path.write_text('<!doctype html><html><head><title>Storm</title></head><body><div class="a')
    report = ingest_paths([path], fresh_store)
    assert [f.code for f in report.failures] == ["E120"]
    assert fresh_store.count() == 0
