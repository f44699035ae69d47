"""Fixtures of the clusterer tests: the hand-written stream on disk, stores built from it,
and the same stream as gold items with the founder-guard study script (its tests)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from newsprism.eval.clustering import GoldItem
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store
from tests.cluster.corpus import REPORTS, gold_items, study_script, write_jsonl


@pytest.fixture(scope="module")
def items() -> list[GoldItem]:
    """The hand-written stream as one training stream of gold items (the study tests)."""
    return gold_items()


@pytest.fixture(scope="module")
def guards() -> object:
    """scripts/founder_guards.py as a module (the founder-guard tests of sessions 25–26)."""
    return study_script("founder_guards")


@pytest.fixture
def stream_file(tmp_path: Path) -> Path:
    """The hand-written stream as one JSON Lines file."""
    return write_jsonl(tmp_path / "in" / "stream.jsonl", REPORTS)


@pytest.fixture
def stream_store(fresh_store: SQLiteStore, stream_file: Path) -> SQLiteStore:
    """A store with the hand-written stream ingested (and so clustered)."""
    report = ingest_paths([stream_file], fresh_store)
    assert report.ok, report.failures
    return fresh_store


def memberships(store: SQLiteStore) -> list[tuple]:
    """Every (article, story, seq, duplicate_of, score), by article id."""
    return [tuple(r) for r in store.conn.execute(
        "SELECT article_id, story_id, seq, duplicate_of, score FROM story_articles "
        "ORDER BY article_id")]  # fmt: skip


def stories(store: SQLiteStore) -> list[tuple]:
    """Every story row but its update time."""
    return [tuple(r) for r in store.conn.execute(
        "SELECT id, label, key_entities, size, first_seen, last_seen, frozen FROM stories "
        "ORDER BY id")]  # fmt: skip


def profiles(store: SQLiteStore) -> list[tuple]:
    """The clusterer's saved state: story profiles, buckets, counters (but the random
    token each save writes, which only says which save was the last)."""
    conn = store.conn
    return [
        [tuple(r) for r in conn.execute("SELECT * FROM cluster_state ORDER BY story_id")],
        [
            tuple(r)
            for r in conn.execute("SELECT * FROM lsh_buckets ORDER BY band, bucket, article_id")
        ],
        [
            tuple(r)
            for r in conn.execute("SELECT * FROM cluster_meta WHERE key != 'token' ORDER BY key")
        ],
    ]


def partition(store: SQLiteStore, key: str = "title") -> dict[str, frozenset[str]]:
    """Stories as sets of article ``key`` values (title or outlet), by story id."""
    out: dict[str, set[str]] = {}
    for row in store.conn.execute(
        f"SELECT s.story_id, a.{key} FROM story_articles s JOIN articles a ON a.id = s.article_id"
    ):
        out.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}


def open_copy(source: Path, target: Path) -> SQLiteStore:
    """A byte copy of a store file (WAL checkpointed first), opened."""
    with closing(sqlite3.connect(source)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target.write_bytes(source.read_bytes())
    return open_store(target)
