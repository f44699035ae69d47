"""The SQLite store: one file, WAL journal, explicit transactions, migrations on open.

This module is the SQLite backend's own part: the connection, its one
:meth:`SQLiteStore.transaction`, the story lock (``store/lock.py``) and the errors that
are an item's rather than the store's. What the store holds and answers is written once
for every backend, in the topic modules whose mixins the class is made of: articles
(``articles.py``), stories (``stories.py``), the clusterer's state (``clusterer.py``),
analyses (``analyses.py``), search (``search.py``) and the web's aggregate reads
(``aggregates.py``).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsprism.errors import StoreError
from newsprism.store.aggregates import AggregatesSQL
from newsprism.store.analyses import AnalysesSQL
from newsprism.store.articles import ARTICLE_COLUMNS, ArticlesSQL, article_to_row, row_to_article
from newsprism.store.clusterer import ClusterStateSQL
from newsprism.store.copy import BulkSQL
from newsprism.store.lock import StoreLock
from newsprism.store.migrations import apply_migrations, schema_version
from newsprism.store.search import SQLiteSearch
from newsprism.store.stories import StoriesSQL

__all__ = ["SQLiteStore", "article_to_row", "row_to_article"]
_ARTICLE_COLUMNS = ARTICLE_COLUMNS  # the name callers imported before articles.py

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


class SQLiteStore(ArticlesSQL, StoriesSQL, ClusterStateSQL, AnalysesSQL, SQLiteSearch,
                  AggregatesSQL, BulkSQL):  # fmt: skip
    """Articles in one SQLite file. Use as a context manager, or call ``close()``."""

    backend = "sqlite"
    row_errors = _ROW_ERRORS

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

    @property
    def location(self) -> str:
        """Where the store is, as the user names it (the file path)."""
        return str(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    # -- transactions and locks ------------------------------------------------------

    @contextmanager
    def transaction(self, *, keep: tuple[type[BaseException], ...] = ()) -> Iterator[None]:
        """``BEGIN IMMEDIATE … COMMIT`` around the block, rolled back on any error.

        A database error becomes StoreError E202 naming the store, unless it is one of
        ``keep`` (``add_batch`` keeps an item's own errors, to store the rest).
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, keep):
                raise StoreError(f"{self.path}: write failed: {exc}", code="E202") from exc
            raise

    def rollback(self) -> None:
        """Abandon a transaction left open by an error (the web's upload, after a bug)."""
        if self.conn.in_transaction:
            self.conn.rollback()

    @contextmanager
    def story_lock(self, *, wait: bool = True) -> Iterator[None]:
        """Hold the store's story lock for the block: one process at a time assigns
        articles to stories (``store/lock.py``: ``flock`` on a side file). Re-entrant on
        this store object; a killed holder releases it.

        Raises:
            StoreError: E209 when ``wait`` is False and another process holds it.
        """
        self._story_lock.acquire(wait)
        try:
            yield
        finally:
            self._story_lock.release()
