"""End to end: a folder of hostile items between good articles, through the real CLI in a
subprocess. Exit status 1, one readable error line per bad item, every good article
stored, and a re-run that stores nothing new and says the same."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = (
    "Council Approves New Budget For Roads\n\n"
    "The regional council approved the new budget on {day} after a debate that lasted six "
    "hours. Officials said the first repairs would begin in April.\n"
)
NESTED = "[" * 100_000 + "]" * 100_000
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Port '
    "reopens</title><link>{link}</link><description>&lt;p&gt;The port reopened on {day} after "
    "the strike ended {ref} and ships queued outside.&lt;/p&gt;&lt;p&gt;&lt;a href="
    '"/2024/other"&gt;Read the other story about the strike&lt;/a&gt;&lt;/p&gt;</description>'
    "</item></channel></rss>"
)
NAV_PAGE = (
    "<!doctype html><html><head><title>Home</title></head><body><nav><ul>"
    '<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport'
    '</a></li><li><a href="/about">About us</a></li></ul></nav></body></html>'
)
CONFIG_XML = '<?xml version="1.0"?>\n<configuration><setting>value</setting></configuration>\n'


def _line(day: str) -> str:
    return json.dumps({"text": f"Farmers protested in the capital on {day} against the tax."})


# name (bytes: not UTF-8) -> content; None for the special files made below.
FILES: dict[str | bytes, str | bytes | None] = {
    "000-good.txt": GOOD.format(day="Monday"),
    "010-nested.json": NESTED,
    "020-nested-line.jsonl": f"{_line('Monday')}\n{NESTED}\n{_line('Tuesday')}\n",
    b"030-caf\xe9.txt": GOOD.format(day="Tuesday"),
    b"031-\xff.txt": "",
    "040-surrogate.jsonl": '{"text": "The vote on the tax \\ud800 passed on Wednesday."}\n',
    "050-charref.rss": FEED.format(link="https://news.example/a", day="Monday", ref="&#xD800;"),
    "051-charref.rss": FEED.format(link="https://news.example/b", day="Friday", ref="&#99999999;"),
    "060-pipe.txt": None,
    "061-socket.txt": None,
    "070-new\nline.txt": "",
    "071-esc\x1b[31mred.txt": "",
    "072-rlo\u202etxt.exe": "",
    "080-bad-url.rss": FEED.format(link="https://news.example[/2024/budget", day="Sunday", ref=""),
    "090-stray-byte.txt": GOOD.format(day="Wed").encode().replace(b" the new", b" \x81the new"),
    "100-nav.html": NAV_PAGE,
    "101-config.xml": CONFIG_XML,
    "110-passwd.txt": None,
    "999-good.jsonl": f"{_line('Thursday')}\n{_line('Friday')}\n",
}  # fmt: skip
# (shown name, code) of each error line; shown names as `ls -b` would print them.
EXPECTED_ERRORS = {
    ("010-nested.json", "E109"),
    ("020-nested-line.jsonl:2", "E109"),
    ("031-\\xff.txt", "E102"),
    ("060-pipe.txt", "E114"),
    ("061-socket.txt", "E114"),
    ("070-new\\nline.txt", "E102"),
    ("071-esc\\x1b[31mred.txt", "E102"),
    ("072-rlo\\u202etxt.exe", "E102"),
    ("100-nav.html", "E121"),
    ("101-config.xml", "E122"),
    ("110-passwd.txt", "E115"),
}
STORED = {
    "000-good.txt", "020-nested-line.jsonl", "030-caf\\xe9.txt", "040-surrogate.jsonl",
    "050-charref.rss", "051-charref.rss", "080-bad-url.rss", "090-stray-byte.txt",
    "999-good.jsonl", "zz-after/good.txt",
}  # fmt: skip
N_ARTICLES = 12  # two lines of 020, two of 999, one for every other stored file


@pytest.fixture
def hostile_folder(tmp_path: Path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "zz-after").mkdir()
    (folder / "zz-after" / "good.txt").write_text(GOOD.format(day="Saturday"))
    server = socket.socket(socket.AF_UNIX)
    for name, content in FILES.items():
        path = Path(os.fsdecode(bytes(folder) + b"/" + name)) if isinstance(name, bytes) \
            else folder / name  # fmt: skip
        if name == "060-pipe.txt":
            os.mkfifo(path)
        elif name == "061-socket.txt":
            server.bind(str(path))
        elif name == "110-passwd.txt":
            path.symlink_to("/etc/passwd")
        else:
            path.write_bytes(content.encode() if isinstance(content, str) else content)
    yield folder
    server.close()


def _ingest(folder: Path, db: Path, *options: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COLUMNS": "400"}
    return subprocess.run(
        [sys.executable, "-m", "newsprism", "ingest", str(folder), "--db", str(db), *options],
        capture_output=True, env=env, timeout=600,  # a hang fails the test instead of the run
    )  # fmt: skip


def _error_lines(stderr: bytes, folder: Path) -> list[tuple[str, str]]:
    text = stderr.decode("utf-8")  # strict: every byte printed is valid UTF-8
    lines = [line for line in text.split("\n") if line.startswith("error ")]
    found = []
    for line in lines:
        assert line.startswith(f"error {folder}/"), line
        assert line.isprintable(), line  # no control or bidi character reaches the terminal
        where, _, rest = line.removeprefix(f"error {folder}/").partition(": ")
        found.append((where, rest.rsplit("[", 1)[1].rstrip("]")))
    return found


def test_hostile_folder_through_the_cli(hostile_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    first = _ingest(hostile_folder, db)
    assert first.returncode == 1, first.stderr.decode(errors="replace")[-3000:]
    errors = _error_lines(first.stderr, hostile_folder)
    assert sorted(errors) == sorted(EXPECTED_ERRORS)  # one line per bad item, no other
    assert b"Traceback" not in first.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source_path, text FROM articles").fetchall()
    assert len(rows) == N_ARTICLES
    assert {path.removeprefix(f"{hostile_folder}/") for path, _ in rows} == STORED
    assert not any("root:" in text for _, text in rows)

    again = _ingest(hostile_folder, db, "--format", "json")
    assert again.returncode == 1
    assert sorted(_error_lines(again.stderr, hostile_folder)) == sorted(EXPECTED_ERRORS)
    report = json.loads(again.stdout)
    assert (report["added"], report["already_stored"]) == (0, N_ARTICLES)
    assert report["articles_in_store"] == N_ARTICLES
