"""Kill -9 in the middle of an ingest: what was committed survives, a re-run does the rest.

On both backends: an SQLite file, and a PostgreSQL database (``store_location``)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsprism.clean import clean_document
from newsprism.ingest import IngestOptions, read_path
from newsprism.models import RawDocument
from newsprism.pipeline import ingest_paths
from newsprism.store import is_url, open_store
from tests.cluster.newsroom import assert_consistent

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

FILES = 600
DUPLICATES = 20  # files whose text is another file's: they are the same article
BATCH = 20


def _story(n: int) -> str:
    return (
        f"Council Vote Number {n} On Road Repairs\n\n"
        f"The regional council held vote number {n} on Monday after a long debate about the "
        "road repairs planned for the spring.\n\n"
        f"Read more: Mayor promises bus lane number {n}\n\n"
        "Officials said the first works would begin in April, starting with the bridge.\n"
    )


@pytest.fixture
def big_folder(tmp_path: Path) -> Path:
    """FILES text files; the last DUPLICATES repeat the text of the first ones."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(FILES):
        text = _story(n if n < FILES - DUPLICATES else n - (FILES - DUPLICATES))
        (folder / f"{n:04d}.txt").write_text(text)
    return folder


def _count(db: Path | str) -> int:
    if is_url(db):
        return _pg_count(str(db))
    db = Path(db)
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def _pg_count(url: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=2) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except psycopg.Error:
        return 0  # not migrated yet


@pytest.fixture
def killed_db(big_folder: Path, store_location: str) -> tuple[str, int]:
    """A store whose ingest was SIGKILLed after its first batches were committed."""
    kill_ingest_after(big_folder, store_location, batch_size=BATCH, rows=2 * BATCH,
                      cwd=big_folder.parent)  # fmt: skip
    return store_location, _count(store_location)


def kill_ingest_after(folder: Path, db: Path | str, *, batch_size: int, rows: int,
                      cwd: Path | None = None) -> None:  # fmt: skip
    """Run ``newsprism ingest`` in a child process and SIGKILL it once ``rows`` articles
    are committed (polling the file read-only, as another process would)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsprism", "ingest", str(folder), "--db", str(db),
         "--batch-size", str(batch_size)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd or Path(db).parent,
        env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while _count(db) < rows:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "no batch committed within 60 s"
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _expected_removed(path: Path) -> list[tuple[str, str, int]]:
    (raw,) = list(read_path(path, IngestOptions()))
    assert isinstance(raw, RawDocument)
    return [(r.text, r.reason, r.position) for r in clean_document(raw).removed]


def test_committed_batches_survive_a_kill(killed_db: tuple[str, int]) -> None:
    db, committed = killed_db
    assert 2 * BATCH <= committed < FILES - DUPLICATES  # killed mid-way
    assert committed % BATCH == 0  # whole batches only: no half-written transaction
    with open_store(db) as store:
        if not is_url(db):
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.count() == committed
        articles = list(store.iter_articles())
        assert len({a.content_hash for a in articles}) == committed
        for article in articles:
            expected = _expected_removed(Path(article.source_path))
            assert [(r.text, r.reason, r.position) for r in article.removed] == expected
            assert len(expected) == 2  # the title and the read-more line
        (lines,) = store.conn.execute("SELECT count(*) FROM removed_lines").fetchone()
        assert lines == 2 * committed


def test_rerun_after_a_kill_finishes_without_duplicates(
    killed_db: tuple[str, int], big_folder: Path
) -> None:
    db, committed = killed_db
    with open_store(db) as store:
        before = {a.id: a for a in store.iter_articles()}
        report = ingest_paths([big_folder], store, batch_size=BATCH)
        assert report.ok, report.failures
        assert len(report.added) == FILES - DUPLICATES - committed
        assert report.already_stored == committed + DUPLICATES
        assert store.count() == FILES - DUPLICATES
        rows = store.conn.execute(
            "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT source_path) "
            "FROM articles"
        ).fetchone()
        assert tuple(rows) == (FILES - DUPLICATES,) * 3
        (lines,) = store.conn.execute("SELECT count(*) FROM removed_lines").fetchone()
        assert lines == 2 * (FILES - DUPLICATES)
        for article_id, article in before.items():
            assert store.get(article_id) == article  # untouched by the re-run
        assert_consistent(store)  # and every article in one story, the state in step


def test_rerun_through_the_cli_after_a_kill(killed_db: tuple[str, int], big_folder: Path):
    db, _ = killed_db
    subprocess.run(
        [sys.executable, "-m", "newsprism", "ingest", str(big_folder), "--db", str(db),
         "--batch-size", str(BATCH)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert _count(db) == FILES - DUPLICATES
