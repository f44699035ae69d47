"""Schema migrations: named functions applied in order, each recorded in a table.

The shape of sqlite-utils' ``Migrations``: a migration never changes once released;
a schema change is a new function appended to ``MIGRATIONS``. ``schema_version`` is
the number of migrations applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

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


MIGRATIONS: list[Migration] = [
    ("001_articles", _m001_articles),
    ("002_ingest_failures", _m002_ingest_failures),
]


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now.

    The connection must be in autocommit mode (``isolation_level=None``): transactions
    are opened here explicitly.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied: list[str] = []
    for name, migrate in MIGRATIONS:
        if name in done:
            continue
        # Each migration and its record commit together, or not at all.
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrate(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", (name,)
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM _migrations").fetchone()[0]
