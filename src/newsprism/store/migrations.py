"""Schema migrations: named functions applied in order, each recorded in a table.

The shape of sqlite-utils' ``Migrations``: a migration never changes once released;
a schema change is a new function appended to ``MIGRATIONS``. ``schema_version`` is
the number of migrations applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from newsprism.errors import StoreError

Migration = tuple[str, Callable[[sqlite3.Connection], None]]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (``executescript`` would COMMIT the open transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def _m001_articles(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source_path TEXT NOT NULL,
            source_line INTEGER,
            url TEXT,
            title TEXT,
            outlet TEXT,
            language TEXT,
            published_at TEXT,
            published_at_original TEXT,
            date_reason TEXT,
            text TEXT NOT NULL,
            paragraphs TEXT NOT NULL,       -- JSON list of strings
            stamps TEXT NOT NULL,           -- JSON list of Stamp objects
            provenance TEXT NOT NULL,       -- JSON object: field -> how it was learned
            raw TEXT NOT NULL,
            raw_format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published_at ON articles(published_at);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE TABLE removed_lines (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, position, reason)
        );
        CREATE INDEX removed_lines_reason ON removed_lines(reason);
        """,
    )


def _m002_ingest_failures(conn: sqlite3.Connection) -> None:
    # Failures are kept so a later run (or the web upload page) can show what went wrong.
    run_script(
        conn,
        """
        CREATE TABLE ingest_failures (
            location TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (location, code)
        );
        """,
    )


def _m003_removed_lines_in_order(conn: sqlite3.Connection) -> None:
    # The key (article_id, position, reason) silently dropped a removed line whose
    # position and reason matched another's (every line without a position is -1):
    # lines are now keyed by their order in the article, and none is ever dropped.
    run_script(
        conn,
        """
        CREATE TABLE removed_lines_003 (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,           -- order in Article.removed
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        );
        INSERT INTO removed_lines_003 (article_id, seq, position, text, reason)
            SELECT article_id,
                   row_number() OVER (PARTITION BY article_id ORDER BY position, rowid) - 1,
                   position, text, reason
            FROM removed_lines;
        DROP TABLE removed_lines;
        ALTER TABLE removed_lines_003 RENAME TO removed_lines;
        CREATE INDEX removed_lines_reason ON removed_lines(reason);
        """,
    )


def _m004_stories(conn: sqlite3.Connection) -> None:
    # Stories are the unit every later stage (compare, web) works on: one row per story,
    # one row per member article. An article belongs to exactly one story (a story of
    # one when nothing else reports its event). ``duplicate_of`` keeps a near-copy
    # (syndicated wire, re-post) in the story with its own outlet, pointing at the first
    # copy seen; ``seq`` is arrival order, so a story's history can be replayed.
    run_script(
        conn,
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            key_entities TEXT NOT NULL DEFAULT '[]',   -- JSON list of names
            size INTEGER NOT NULL,
            first_seen TEXT,                           -- ISO 8601 UTC
            last_seen TEXT,
            frozen INTEGER NOT NULL DEFAULT 0,         -- older than the live window
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stories_last_seen ON stories(last_seen);
        CREATE INDEX stories_size ON stories(size);
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            duplicate_of TEXT,
            score REAL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id, seq);
        """,
    )


MIGRATIONS: list[Migration] = [
    ("001_articles", _m001_articles),
    ("002_ingest_failures", _m002_ingest_failures),
    ("003_removed_lines_in_order", _m003_removed_lines_in_order),
    ("004_stories", _m004_stories),
]


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now.

    The connection must be in autocommit mode (``isolation_level=None``): transactions
    are opened here explicitly.

    Raises:
        StoreError: E201 when the store was migrated by a newer newsprism (it records
            migrations this version does not know).
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = _applied(conn)
    unknown = sorted(done - {name for name, _ in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"store written by a newer newsprism (unknown migrations: {', '.join(unknown)}); "
            "upgrade newsprism",
            code="E201",
        )
    applied: list[str] = []
    for name, migrate in MIGRATIONS:
        if name in done:
            continue
        # Each migration and its record commit together, or not at all. The check is
        # repeated inside the write lock: another process may have just applied it.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if name in _applied(conn):
                conn.execute("COMMIT")
                continue
            migrate(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", (name,)
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _applied(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM _migrations")}


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM _migrations").fetchone()[0]
