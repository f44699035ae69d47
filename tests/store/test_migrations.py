"""Schema migrations: applied in order on first open, recorded, never twice, all or nothing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.models import RemovedLine
from newsprism.store import migrations, open_store
from newsprism.store.migrations import MIGRATIONS, apply_migrations, schema_version

NAMES = [name for name, _ in MIGRATIONS]


@pytest.fixture
def connect():
    """Opens plain autocommit connections to a store file, and closes them afterwards."""
    opened: list[sqlite3.Connection] = []

    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        opened.append(conn)
        return conn

    yield _connect
    for conn in opened:
        conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {r[0] for r in rows if not r[0].startswith("sqlite_")}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r["name"] for r in conn.execute(f"PRAGMA table_info({table})")]


@pytest.fixture
def migrated_db(db_path: Path) -> Path:
    """A store file created (and so migrated) by opening it once."""
    open_store(db_path).close()
    return db_path


@pytest.fixture
def version_2_db(db_path: Path, connect) -> Path:
    """A store file as newsprism left it before migration 003, with two articles' lines."""
    conn = connect(db_path)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, migrate in MIGRATIONS[:2]:
        migrate(conn)
        conn.execute("INSERT INTO _migrations VALUES (?, '2024-01-01 00:00:00')", (name,))
    for article_id in ("a" * 16, "b" * 16):
        conn.execute(
            "INSERT INTO articles (id, content_hash, source_path, text, paragraphs, stamps, "
            "provenance, raw, raw_format, encoding, ingested_at) "
            "VALUES (?, ?, '/in/x.txt', 'Body.', '[]', '[]', '{}', 'Raw.', 'text', 'utf-8', "
            "'2024-01-01T00:00:00Z')",
            (article_id, article_id * 4),
        )
    conn.executemany(
        "INSERT INTO removed_lines (article_id, position, text, reason) VALUES (?, ?, ?, ?)",
        [
            ("a" * 16, 9, "Advertisement", "advertisement"),
            ("a" * 16, 0, "The Headline", "title"),
            ("a" * 16, 4, "Share on Facebook", "share-link"),
            ("b" * 16, 2, "Read more: elsewhere", "read-more"),
        ],
    )
    conn.close()
    return db_path


def test_first_open_creates_the_schema(migrated_db: Path, connect) -> None:
    conn = connect(migrated_db)
    assert {"_migrations", "articles", "removed_lines", "ingest_failures", "stories",
            "story_articles"} <= _tables(conn)  # fmt: skip
    assert [r["name"] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")] == NAMES
    assert "content_hash" in _columns(conn, "articles")
    assert "raw" in _columns(conn, "articles")
    assert _columns(conn, "removed_lines") == ["article_id", "seq", "position", "text", "reason"]
    assert schema_version(conn) == len(MIGRATIONS) == len(NAMES)


def test_schema_version_is_the_number_of_migrations(migrated_db: Path) -> None:
    with open_store(migrated_db) as store:
        assert store.schema_version == len(MIGRATIONS)


def test_reopening_is_a_no_op(migrated_db: Path, connect) -> None:
    conn = connect(migrated_db)
    before = conn.execute("SELECT name, applied_at FROM _migrations ORDER BY name").fetchall()
    schema = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert apply_migrations(conn) == []
    open_store(migrated_db).close()
    after = conn.execute("SELECT name, applied_at FROM _migrations ORDER BY name").fetchall()
    assert [tuple(r) for r in after] == [tuple(r) for r in before]
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema


def test_first_open_applies_every_migration_by_name(db_path: Path, connect) -> None:
    conn = connect(db_path)
    assert apply_migrations(conn) == NAMES
    assert apply_migrations(conn) == []


def test_old_store_is_upgraded_keeping_its_removed_lines(version_2_db: Path) -> None:
    with open_store(version_2_db) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.get("a" * 16).removed == [
            RemovedLine("The Headline", "title", 0),
            RemovedLine("Share on Facebook", "share-link", 4),
            RemovedLine("Advertisement", "advertisement", 9),
        ]
        assert store.get("b" * 16).removed == [RemovedLine("Read more: elsewhere", "read-more", 2)]
        seqs = store.conn.execute(
            "SELECT article_id, seq FROM removed_lines ORDER BY article_id, seq"
        ).fetchall()
        assert [tuple(r) for r in seqs] == [("a" * 16, 0), ("a" * 16, 1), ("a" * 16, 2),
                                            ("b" * 16, 0)]  # fmt: skip
        index = store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'removed_lines' "
            "AND sql IS NOT NULL"
        ).fetchall()
        assert [r[0] for r in index] == ["removed_lines_reason"]


def test_a_failing_migration_leaves_no_trace(db_path: Path, monkeypatch, connect) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk on fire")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, ("999_broken", broken)])
    with pytest.raises(StoreError) as caught:
        open_store(db_path)
    assert caught.value.code == "E201"
    assert "disk on fire" in str(caught.value) and str(db_path) in str(caught.value)
    conn = connect(db_path)
    assert "half_done" not in _tables(conn)
    assert schema_version(conn) == len(MIGRATIONS)  # the ones before it are kept
    monkeypatch.undo()
    with open_store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)


def test_store_from_a_newer_newsprism_is_refused(migrated_db: Path, connect) -> None:
    conn = connect(migrated_db)
    conn.execute("INSERT INTO _migrations VALUES ('900_from_the_future', datetime('now'))")
    conn.close()
    with pytest.raises(StoreError) as caught:
        open_store(migrated_db)
    assert caught.value.code == "E201"
    assert "newer newsprism" in str(caught.value) and "900_from_the_future" in str(caught.value)


def test_a_migration_applied_meanwhile_by_another_opener_is_not_rerun(
    db_path: Path, connect, monkeypatch
) -> None:
    # Opener A holds the write lock inside migration 001 while opener B reads which
    # migrations are done (none yet, A has not committed) and then waits for the lock.
    inside = threading.Event()
    (first_name, first), *rest = MIGRATIONS

    def slow_first(conn: sqlite3.Connection) -> None:
        inside.set()
        time.sleep(0.3)
        first(conn)

    monkeypatch.setattr(migrations, "MIGRATIONS", [(first_name, slow_first), *rest])
    errors: list[BaseException] = []

    def open_once(wait: threading.Event | None) -> None:
        if wait is not None:
            wait.wait(10)
        try:
            open_store(db_path).close()
        except BaseException as exc:  # collected, then asserted in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=open_once, args=(w,)) for w in (None, inside)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    conn = connect(db_path)
    assert schema_version(conn) == len(MIGRATIONS)


def test_concurrent_first_opens_migrate_once(db_path: Path, connect) -> None:
    start = threading.Barrier(6)
    errors: list[BaseException] = []

    def open_once() -> None:
        start.wait()
        try:
            open_store(db_path).close()
        except BaseException as exc:  # collected, then asserted in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=open_once) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    conn = connect(db_path)
    assert schema_version(conn) == len(MIGRATIONS)


def test_a_store_with_stories_from_before_012_reads_as_built_by_the_packaged_model(
        db_path: Path, connect) -> None:  # fmt: skip
    """Migration 012 (the MiniLM context vectors): a store that holds stories built
    before it keeps them, says they were built with the packaged model, and a
    ``recluster --stories-model minilm`` then computes every missing vector."""
    from newsprism.cluster import recluster
    from newsprism.cluster.model import load_named_model
    from newsprism.pipeline import ingest_paths
    from tests.cluster.corpus import REPORTS, write_jsonl

    with open_store(db_path) as store:
        assert ingest_paths([write_jsonl(db_path.parent / "in.jsonl", REPORTS)], store).ok
        stories = store.count_stories()
    conn = connect(db_path)  # back to the schema of 011, as an older newsprism left it
    for table, column in (("article_features", "context"), ("cluster_state", "ctx_sum"),
                          ("story_model", "context")):  # fmt: skip
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DELETE FROM _migrations WHERE name = '012_context_vectors'")
    conn.close()
    with open_store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.count_stories() == stories and store.story_model_context() == ""
        report = recluster(store, model=load_named_model("minilm"))
        assert report.features_computed == len(REPORTS)
        assert store.story_model_context() == "minilm-onnx"
