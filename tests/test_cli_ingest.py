"""The ingest, articles and show commands through click's CliRunner, on a real store file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsprism.cli import cli
from newsprism.models import Article
from newsprism.store import open_store

STORY = (
    "Council Approves New Budget For Roads\n\n"
    "The regional council approved the new budget on Monday after a debate that lasted six "
    "hours. Officials said the first repairs would begin in April.\n\n"
    "Read more: Mayor promises new bus lanes\n"
)
ITEM = {
    "url": "https://wire.example/farmers",
    "title": "Farmers Protest Fuel Tax",
    "text": "Farmers protested in the capital on Thursday against the new fuel tax. Police "
    "estimated the crowd at five thousand.",
    "outlet": "Wire",
    "language": "en",
    "published": "2024-03-07T18:30:00+05:30",
}
ARTICLE_FIELDS = {
    "id", "source_path", "source_line", "url", "title", "outlet", "language", "published_at",
    "published_at_original", "date_reason", "text", "paragraphs", "removed", "stamps",
    "provenance", "content_hash", "encoding", "raw_format",
}  # fmt: skip


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder with one text article and one JSON Lines item."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY)
    (folder / "wire.jsonl").write_text(json.dumps(ITEM) + "\n")
    return folder


@pytest.fixture
def ingested_db(inputs: Path, db_path: Path) -> Path:
    """A store that holds the two articles of ``inputs``."""
    result = run("ingest", str(inputs), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    return db_path


def _listed(db_path: Path) -> list[dict]:
    result = run("articles", "--db", str(db_path), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- ingest ------------------------------------------------------------------------


def test_ingest_json_report(inputs: Path, db_path: Path) -> None:
    result = run("ingest", str(inputs), "--db", str(db_path), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report == {
        "files": 2,
        "added": 2,
        "already_stored": 0,
        "failed": 0,
        "failures": [],
        "skipped": 0,
        "skipped_reasons": {},
        "workers": 1,
        "db": str(db_path),
        "articles_in_store": 2,
    }


def test_ingest_json_report_of_a_rerun_and_a_failure(ingested_db: Path, inputs: Path) -> None:
    (inputs / "empty.txt").write_text("")
    result = run("ingest", str(inputs), "--db", str(ingested_db), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["files"], report["added"], report["already_stored"]) == (3, 0, 2)
    assert (report["failed"], report["articles_in_store"]) == (1, 2)
    assert report["failures"] == [
        {"location": str(inputs / "empty.txt"), "code": "E102", "reason": "empty file (no text)"}
    ]


def test_ingest_text_summary_goes_to_stderr(inputs: Path, db_path: Path) -> None:
    result = run("ingest", str(inputs), "--db", str(db_path))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert f"2 added, 0 already stored, 0 failed (2 files); 2 articles in {db_path}" in " ".join(
        result.stderr.split()
    )


def test_ingest_creates_the_store_from_the_environment(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env" / "store.db"
    monkeypatch.setenv("NEWSPRISM_DB", str(path))
    assert run("ingest", str(inputs)).exit_code == 0
    assert path.is_file()


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], ("Wire", "https://wire.example/farmers", "en")),
        (["--outlet", "Cli Outlet"], ("Cli Outlet", "https://wire.example/farmers", "en")),
        (["--url", "https://cli.example/x"], ("Wire", "https://cli.example/x", "en")),
        (["--lang", "fr"], ("Wire", "https://wire.example/farmers", "fr")),
    ],
    ids=["item-fields", "outlet", "url", "lang"],
)
def test_ingest_overrides(inputs: Path, db_path: Path, options: list[str], expected) -> None:
    result = run("ingest", str(inputs / "wire.jsonl"), "--db", str(db_path), *options)
    assert result.exit_code == 0, result.output
    (article,) = _listed(db_path)
    assert (article["outlet"], article["url"], article["language"]) == expected


def test_ingest_into_a_file_that_is_not_sqlite(inputs: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(bytes(range(256)) * 8)
    result = run("ingest", str(inputs), "--db", str(bad))
    assert result.exit_code == 2  # the run itself failed, not some items (1)
    message = result.stderr.strip()
    assert message.startswith("Error: [E201]") and str(bad) in message
    assert "\n" not in message and "Traceback" not in result.output


# -- error lines: one line each, names as a user would type them ------------------


@pytest.fixture
def hostile_names(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Empty files whose names hold a newline, ESC, U+202E and a byte that is not UTF-8,
    each with the name its error line must show."""
    folder = tmp_path / "names"
    folder.mkdir()
    names = {
        "new\nline.txt": "new\\nline.txt",
        "esc\x1b[31mred.txt": "esc\\x1b[31mred.txt",
        "rlo\u202etxt.exe": "rlo\\u202etxt.exe",
        "tab\tand\\slash.txt": "tab\\tand\\\\slash.txt",
        os.fsdecode(b"caf\xe9.txt"): "caf\\xe9.txt",
    }
    for name in names:
        try:
            (folder / name).write_bytes(b"")
        except (OSError, UnicodeError):
            pytest.skip(f"this file system refuses the name {name!r}")
    return folder, names


def test_error_lines_escape_file_names(hostile_names) -> None:
    folder, names = hostile_names
    db = folder.parent / "names.db"
    result = run("ingest", str(folder), "--db", str(db))
    assert result.exit_code == 1
    lines = [line for line in result.stderr.split("\n") if line.startswith("error ")]
    assert sorted(lines) == sorted(
        f"error {folder}/{shown}: empty file (no text) [E102]" for shown in names.values()
    )
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    shown = result.stderr.encode("utf-8", "backslashreplace").decode()  # a raw surrogate
    assert "\\udc" not in shown and "\ufffd" not in shown


def test_json_report_and_store_use_the_same_escaped_names(hostile_names) -> None:
    folder, names = hostile_names
    db = folder.parent / "names.db"
    result = run("ingest", str(folder), "--db", str(db), "--format", "json")
    shown = {f"{folder}/{name}" for name in names.values()}
    assert {f["location"] for f in json.loads(result.stdout)["failures"]} == shown
    with open_store(db) as store:
        assert {f.location for f in store.failures()} == shown


def test_invalid_json_message_reads_once(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "cut.jsonl").write_text('{"text": "unterminated')  # cut: no newline
    result = run("ingest", str(tmp_path / "cut.jsonl"), "--db", str(db_path))
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("error ")]
    assert line.endswith(": invalid JSON: Unterminated string starting at column 10 [E109]")


def test_ingest_requires_a_path() -> None:
    result = run("ingest")
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


# -- articles and show -------------------------------------------------------------


def test_articles_json_has_the_public_fields(ingested_db: Path, inputs: Path) -> None:
    listed = _listed(ingested_db)
    assert len(listed) == 2
    for article in listed:
        assert article.keys() >= ARTICLE_FIELDS
        assert "raw" not in article
        for removed in article["removed"]:
            assert set(removed) == {"text", "reason"}
    wire, story = listed  # the dated item first
    assert wire["source_path"] == str(inputs / "wire.jsonl") and wire["source_line"] == 1
    assert (wire["title"], wire["outlet"], wire["language"]) == (
        "Farmers Protest Fuel Tax", "Wire", "en",
    )  # fmt: skip
    assert wire["published_at"] == "2024-03-07T13:00:00Z"
    assert wire["published_at_original"] == "2024-03-07T18:30:00+05:30"
    assert wire["url"] == "https://wire.example/farmers"
    assert story["source_path"] == str(inputs / "story.txt") and story["source_line"] is None
    assert story["title"] == "Council Approves New Budget For Roads"
    assert story["published_at"] is None and story["published_at_original"] is None
    assert story["text"].startswith("The regional council approved the new budget")
    assert story["removed"] == [
        {"text": "Council Approves New Budget For Roads", "reason": "title"},
        {"text": "Read more: Mayor promises new bus lanes", "reason": "read-more"},
    ]


def test_articles_limit(ingested_db: Path) -> None:
    result = run("articles", "--db", str(ingested_db), "--format", "json", "--limit", "1")
    assert [a["title"] for a in json.loads(result.stdout)] == ["Farmers Protest Fuel Tax"]


def test_articles_table_lists_every_article(ingested_db: Path) -> None:
    result = run("articles", "--db", str(ingested_db))
    assert result.exit_code == 0
    assert "2 articles" in result.stdout and "Wire" in result.stdout


@pytest.mark.parametrize("length", [16, 8, 4])
def test_show_json_by_id_or_prefix(ingested_db: Path, length: int) -> None:
    story = next(a for a in _listed(ingested_db) if a["source_line"] is None)
    result = run("show", story["id"][:length], "--db", str(ingested_db), "--format", "json")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown == story


def test_show_text_has_removed_lines_with_reasons(ingested_db: Path) -> None:
    story = next(a for a in _listed(ingested_db) if a["source_line"] is None)
    result = run("show", story["id"], "--db", str(ingested_db))
    assert result.exit_code == 0
    for words in ("read-more", "Read more: Mayor promises new bus lanes", "title", story["id"]):
        assert words in result.stdout


@pytest.mark.parametrize("article_id", ["0000000000000000", "zzzz", "____"])
def test_show_unknown_id_is_a_one_line_error(ingested_db: Path, article_id: str) -> None:
    result = run("show", article_id, "--db", str(ingested_db))
    assert result.exit_code != 0
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message == f"Error: no article with id {article_id!r} in {ingested_db}"


@pytest.fixture
def db_with_shared_prefix(db_path: Path) -> Path:
    """A store with two articles whose ids both start with ``abcd``."""
    with open_store(db_path) as store:
        store.add_batch([
            Article(id=h[:16], content_hash=h, source_path=f"/in/{n}.txt", text="Body.",
                    raw="Body.", raw_format="text")
            for n, h in enumerate(("abcd1" + "0" * 59, "abcd2" + "0" * 59))
        ])  # fmt: skip
    return db_path


def test_show_ambiguous_prefix_is_a_one_line_error(db_with_shared_prefix: Path) -> None:
    result = run("show", "abcd", "--db", str(db_with_shared_prefix))
    assert result.exit_code != 0
    assert result.stderr.strip() == "Error: [E203] article id prefix 'abcd' is ambiguous"
    assert run("show", "abcd2", "--db", str(db_with_shared_prefix)).exit_code == 0


def test_show_text_lists_a_live_blogs_entry_times(db_path: Path) -> None:
    """Issue 16: each entry's time on a line of its own, not the provenance's JSON text."""
    from newsprism.clean import clean_document
    from newsprism.models import RawDocument
    from tests.clean.test_live_blog import TIMES, live_page

    article = clean_document(RawDocument("live.html", live_page(), "html"))
    with open_store(db_path) as store:
        store.add_batch([article])
    result = run("show", article.id, "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "live entries" in result.stdout and "live_blog: markup, 3 entries" in result.stdout
    assert all(t in result.stdout for t in TIMES)
    assert '"first_words"' not in result.stdout  # the JSON text is not printed
