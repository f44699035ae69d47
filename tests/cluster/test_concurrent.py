"""Two writers on one store at once (issue 11): two ``newsprism ingest`` processes, or an
ingest and the web's uploads. Before the story lock, each process decided from its own
copy of the clusterer's state: up to a third of the articles ended marked as near-copies
of themselves, and the profiles counted articles twice.

The promise (docs/architecture.md, "Concurrent writers"): every article in exactly one
story, no article a copy of itself, the profiles in step, and the stories exactly those
that one clusterer gives the articles in the order the story steps took them, which is
what an ingest that had committed the same batches in that order would have made.
"""

from __future__ import annotations

import json
import logging
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from newsprism.cluster import recluster
from newsprism.errors import StoreError
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.store.stories import self_copies
from tests.cluster.conftest import memberships, open_copy
from tests.cluster.newsroom import (
    assert_consistent,
    build_stream,
    replayed,
    start_ingest,
    write_stream,
)
from tests.conftest import ROOT
from tests.test_crash_resume import _count
from tests.web.conftest import Server

BATCH = 5  # small batches: many story steps, so the two processes' steps interleave


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The generated stream as 14 JSON Lines files of 10 items (137 in all)."""
    return write_stream(tmp_path_factory.mktemp("newsroom") / "in", build_stream())


@pytest.mark.parametrize("inputs", ["halves", "overlapping"])
def test_two_ingests_started_together_leave_consistent_stories(
    inputs: str, files: list[Path], store_location: str
) -> None:
    """On both backends: on PostgreSQL the story lock is an advisory lock."""
    first, second = (files[:7], files[7:]) if inputs == "halves" else (files[:10], files[4:])
    db = store_location
    procs = [start_ingest(part, db, batch_size=BATCH) for part in (first, second)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    with open_store(db) as store:
        assert store.count() == 137
        assert_consistent(store)
        assert memberships(store) == replayed(store)


def test_uploads_during_an_ingest_take_the_same_lock(files: list[Path], tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    open_store(db).close()
    server = Server(db)
    try:
        proc = start_ingest(files[:7], db, batch_size=BATCH)
        deadline = time.monotonic() + 120
        while _count(db) == 0:  # the ingest has committed its first batch
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        for path in files[7:]:
            response = httpx.post(f"{server.url}/api/upload", timeout=120,
                                  files=[("files", (path.name, path.read_bytes()))])  # fmt: skip
            assert response.status_code == 200, response.text
            assert response.json()["failed"] == 0
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    finally:
        server.stop()
    with open_store(db) as store:
        assert store.count() == 137
        assert_consistent(store)
        assert memberships(store) == replayed(store)


HOLD = """
import sys
from newsprism.store import open_store
with open_store(sys.argv[1]) as store, store.story_lock():
    print("held", flush=True)
    sys.stdin.read()
"""


def test_the_story_lock_dies_with_its_holder(store_location: str) -> None:
    db = store_location
    open_store(db).close()
    command = [sys.executable, "-c", HOLD, str(db)]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          cwd=ROOT / "src") as holder, open_store(db) as store:  # fmt: skip
        try:
            assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
            with pytest.raises(StoreError) as busy, store.story_lock(wait=False):
                pass
            assert busy.value.code == "E209" and f"pid {holder.pid}" in str(busy.value)
            holder.send_signal(signal.SIGKILL)
            assert holder.wait(timeout=30) == -signal.SIGKILL
            _lock_freed(store)  # free again: no stale lock to clear
        finally:
            holder.kill()


def _lock_freed(store: object, seconds: float = 30.0) -> None:
    """Take the story lock once its dead holder's hold is gone. PostgreSQL ends a
    killed client's session (and its advisory locks) when its server process sees the
    socket close, a moment after the kill: a fresh clone's CI run met the lock still held
    right after ``wait()`` returned. Nothing is cleared by hand; the lock must come free
    by itself within ``seconds``, else the last E209 fails the test."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with store.story_lock(wait=False):  # type: ignore[attr-defined]
                return
        except StoreError as busy:
            if busy.code != "E209" or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_a_store_with_self_copies_is_reported_and_repaired_by_recluster(
    files: list[Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "news.db"
    with open_store(db) as store:
        assert ingest_paths(files[:10], store, batch_size=BATCH).ok
    with open_copy(db, tmp_path / "clean.db") as clean:
        recluster(clean)
        expected = memberships(clean)
    with open_store(db) as store:  # what two ingests at once used to leave
        store.conn.execute("UPDATE story_articles SET duplicate_of = article_id "
                           "WHERE rowid IN (SELECT rowid FROM story_articles LIMIT 7)")  # fmt: skip
    listed = subprocess.run([sys.executable, "-m", "newsprism", "stories", "--db", str(db)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT / "src",
                            check=True)  # fmt: skip
    warning = " ".join(listed.stderr.split())
    assert "7 stored articles are marked as near-copies of themselves" in warning
    assert "newsprism recluster" in warning and "[E211]" in warning
    with open_store(db) as store, caplog.at_level(logging.WARNING):
        assert ingest_paths(files[10:], store, batch_size=BATCH).ok  # an ingest logs it too
        assert "[E211]" in caplog.text
    rebuilt = subprocess.run([sys.executable, "-m", "newsprism", "recluster", "--db", str(db),
                              "--format", "json"], capture_output=True, text=True, timeout=300,
                             cwd=ROOT / "src", check=True)  # fmt: skip
    assert json.loads(rebuilt.stdout)["self_copies_repaired"] == 7
    with open_store(db) as store:
        assert self_copies(store) == 0
        assert_consistent(store)
    with open_store(tmp_path / "clean.db") as clean:
        assert ingest_paths(files[10:], clean, batch_size=BATCH).ok
        recluster(clean)
        with open_store(db) as store:
            assert memberships(store) == memberships(clean) != expected
