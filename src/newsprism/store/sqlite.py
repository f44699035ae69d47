"""The SQLite store: one file, WAL journal, explicit transactions, migrations on open.

Rows are dicts at this boundary; the Article dataclass is rebuilt on the way out.
Writes come in batches, one transaction each, so a crash or kill mid-ingest loses at
most the batch in flight, and a re-run skips every article already committed
(``content_hash`` is UNIQUE and is checked before any cleaning work is done).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsprism.errors import StoreError
from newsprism.models import Article, IngestFailure, RemovedLine, Stamp
from newsprism.store.lock import StoreLock
from newsprism.store.migrations import apply_migrations, schema_version

_ARTICLE_COLUMNS = (
    "id", "content_hash", "source_path", "source_line", "url", "title", "outlet", "language",
    "published_at", "published_at_original", "date_reason", "text", "paragraphs", "stamps",
    "provenance", "raw", "raw_format", "encoding", "ingested_at", "crawled_at",
)  # fmt: skip


# Write errors caused by one row's values: a constraint (NOT NULL, a trigger), a value too
# big, a parameter SQLite cannot bind, text that is not valid Unicode (UnicodeEncodeError
# is a ValueError). Any other error is the store's, whichever row was being written.
_ROW_ERRORS = (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError, ValueError,
               OverflowError)  # fmt: skip


def _retry_while_locked(step: Callable[[], object], seconds: float = 30.0) -> None:
    """Run ``step``, retrying while another connection holds a lock SQLite will not wait on.

    The busy timeout covers ordinary writes, but not every case of processes opening a
    new store at once: switching a fresh file to WAL, or WAL recovery, can answer
    "database is locked" at once. The step is idempotent (the pragma, or migrations that
    re-check what is applied inside their write lock), so it is simply tried again.
    """
    deadline = time.monotonic() + seconds
    delay = 0.01
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def article_to_row(article: Article) -> dict[str, Any]:
    """Flatten an Article into the ``articles`` row (lists and dicts as JSON)."""
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "source_path": article.source_path,
        "source_line": article.source_line,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "language": article.language,
        "published_at": article.published_at,
        "published_at_original": article.published_at_original,
        "date_reason": article.date_reason,
        "text": article.text,
        "paragraphs": json.dumps(article.paragraphs, ensure_ascii=False),
        "stamps": json.dumps([s.as_dict() for s in article.stamps], ensure_ascii=False),
        "provenance": json.dumps(article.provenance, ensure_ascii=False),
        "raw": article.raw,
        "raw_format": article.raw_format,
        "encoding": article.encoding,
        "ingested_at": _now(),
        "crawled_at": article.crawled_at,
    }


def row_to_article(row: sqlite3.Row, removed: list[RemovedLine]) -> Article:
    return Article(
        id=row["id"],
        content_hash=row["content_hash"],
        source_path=row["source_path"],
        source_line=row["source_line"],
        text=row["text"],
        raw=row["raw"],
        raw_format=row["raw_format"],
        url=row["url"],
        title=row["title"],
        outlet=row["outlet"],
        language=row["language"],
        published_at=row["published_at"],
        published_at_original=row["published_at_original"],
        date_reason=row["date_reason"],
        removed=removed,
        paragraphs=json.loads(row["paragraphs"]),
        stamps=[Stamp(**s) for s in json.loads(row["stamps"])],
        provenance=json.loads(row["provenance"]),
        encoding=row["encoding"],
        crawled_at=row["crawled_at"],
    )


class SQLiteStore:
    """Articles in one SQLite file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            _retry_while_locked(lambda: conn.execute("PRAGMA journal_mode=WAL"))
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            _retry_while_locked(lambda: apply_migrations(conn))
        except (sqlite3.DatabaseError, OSError, StoreError) as exc:
            if conn is not None:
                conn.close()  # a half-open connection would leak its file handle
            if isinstance(exc, StoreError):
                raise StoreError(f"{self.path}: {exc.args[0]}", code=exc.code) from exc
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise StoreError(f"{self.path}: cannot open store: {reason}", code="E201") from exc
        self.conn = conn
        self._story_lock = StoreLock(self.path)

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    @contextmanager
    def story_lock(self, *, wait: bool = True) -> Iterator[None]:
        """Hold the store's story lock for the block: one process at a time assigns
        articles to stories (``store/lock.py``; a PostgreSQL store will take an advisory
        lock here). Re-entrant on this store object; a killed holder releases it.

        Raises:
            StoreError: E209 when ``wait`` is False and another process holds it.
        """
        self._story_lock.acquire(wait)
        try:
            yield
        finally:
            self._story_lock.release()

    # -- writes ----------------------------------------------------------------------

    def add_batch(
        self,
        articles: Iterable[Article],
        failures: Iterable[IngestFailure] = (),
        *,
        on_rejected: Callable[[IngestFailure], None] | None = None,
    ) -> int:
        """Insert articles (skipping known content hashes) and failures in one transaction.

        When one article's row cannot be written for a reason of its own (a constraint, a
        value SQLite refuses), the batch is rolled back and written again one article per
        transaction: each refused article becomes an E206 failure, recorded with the
        others and passed to ``on_rejected``, and the rest of the batch is stored. Any
        other write error (locked, disk full, I/O) is the store's, not the item's: the
        batch is rolled back and StoreError E202 raised.

        Returns:
            How many articles were new.
        """
        articles, failures = list(articles), list(failures)
        try:
            return self._write(articles, failures)
        except _ROW_ERRORS:
            pass  # rolled back; find the row, keep the others
        added = 0
        for article in articles:
            try:
                added += self._write([article], [])
            except _ROW_ERRORS as exc:
                reason = f"cannot store this item: {type(exc).__name__}: {exc}"
                failures.append(IngestFailure(article.location, reason, "E206"))
                if on_rejected is not None:
                    on_rejected(failures[-1])
        self._write([], failures)
        return added

    def _write(self, articles: list[Article], failures: list[IngestFailure]) -> int:
        """One transaction: the articles and the failures, or nothing (then it raises)."""
        added = 0
        placeholders = ", ".join("?" for _ in _ARTICLE_COLUMNS)
        insert = (
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({placeholders}) "
            "ON CONFLICT(content_hash) DO NOTHING"
        )
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for article in articles:
                row = article_to_row(article)
                cursor = self.conn.execute(insert, [row[c] for c in _ARTICLE_COLUMNS])
                if cursor.rowcount:
                    added += 1
                    self.conn.executemany(
                        "INSERT INTO removed_lines (article_id, seq, position, text, reason) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [
                            (article.id, seq, r.position, r.text, r.reason)
                            for seq, r in enumerate(article.removed)
                        ],
                    )
            self.conn.executemany(
                "INSERT INTO ingest_failures (location, code, reason, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(location, code) DO UPDATE SET reason=excluded.reason, "
                "seen_at=excluded.seen_at",
                [(f.location, f.code, f.reason, _now()) for f in failures],
            )
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, _ROW_ERRORS):
                raise StoreError(f"{self.path}: write failed: {exc}", code="E202") from exc
            raise
        return added

    def forget_failures(self, locations: Iterable[str]) -> None:
        """Drop recorded failures of items that have now been ingested (one transaction)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany(
                "DELETE FROM ingest_failures WHERE location = ?", [(loc,) for loc in locations]
            )
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"{self.path}: write failed: {exc}", code="E202") from exc
            raise

    # -- reads -----------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already (to skip cleaning them)."""
        wanted = list(hashes)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", chunk
                )
            )
        return found

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def _removed_for(self, article_id: str) -> list[RemovedLine]:
        return [
            RemovedLine(r["text"], r["reason"], r["position"])
            for r in self.conn.execute(
                "SELECT text, reason, position FROM removed_lines WHERE article_id = ? "
                "ORDER BY seq",
                (article_id,),
            )
        ]

    def get(self, article_id: str) -> Article | None:
        """An article by id, or by a unique id prefix (at least 4 characters)."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            # substr, not LIKE: `%` and `_` in what the user typed are not wildcards
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2",
                (len(article_id), article_id),
            ).fetchall()
            if len(rows) > 1:
                raise StoreError(f"article id prefix {article_id!r} is ambiguous", code="E203")
            row = rows[0] if rows else None
        return None if row is None else row_to_article(row, self._removed_for(row["id"]))

    def iter_articles(self, *, limit: int | None = None) -> Iterator[Article]:
        """All articles, newest publication first (undated last), then by id."""
        sql = "SELECT * FROM articles ORDER BY published_at IS NULL, published_at DESC, id" + (
            " LIMIT ?" if limit else ""
        )
        for row in self.conn.execute(sql, (limit,) if limit else ()).fetchall():
            yield row_to_article(row, self._removed_for(row["id"]))

    def failures(self) -> list[IngestFailure]:
        return [
            IngestFailure(r["location"], r["reason"], r["code"])
            for r in self.conn.execute(
                "SELECT location, reason, code FROM ingest_failures ORDER BY location"
            )
        ]
