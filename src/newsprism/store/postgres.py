"""The PostgreSQL store: ``--db postgresql://USER@HOST:PORT/DB``, for archives that many
people and workers share.

The SQL is the store's own (the topic mixins, written in the common subset of SQLite and
PostgreSQL); this module gives them a connection that speaks it (:class:`PgConnection`:
``?`` placeholders, rows read by name or position), one :meth:`PostgresStore.transaction`,
the story lock and PostgreSQL's full-text search. What differs from SQLite, and why:

- Every write transaction takes one advisory lock (``pg_schema.WRITE_KEY``) for its
  length: writers commit one at a time, as SQLite's ``BEGIN IMMEDIATE`` makes them. The
  clusterer relies on it: ``articles.rowid`` (an identity column) must grow in commit
  order, or a story step could pass over a batch another process committed late with
  lower numbers. Readers never wait.
- The story lock is a session advisory lock (``pg_schema.STORY_KEY``): one process at a
  time assigns stories; the server drops it when the holder's connection ends, kill -9
  included.
- Search uses a generated ``tsvector`` column (``simple`` configuration: no stemming, as
  FTS5; accents are kept) ranked by ``ts_rank`` with a title weighing five times the
  body, and ``ts_headline`` for the marked title and snippet. The user's query syntax is
  the same (:func:`newsprism.store.search.ts_query`).
- Text may not hold NUL characters: such an item is refused as E206 (one item lost,
  the batch stored), where SQLite stores it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from newsprism.errors import StoreError
from newsprism.store.aggregates import AggregatesSQL
from newsprism.store.analyses import AnalysesSQL
from newsprism.store.articles import ArticlesSQL
from newsprism.store.clusterer import ClusterStateSQL
from newsprism.store.copy import BulkSQL
from newsprism.store.pg_schema import STORY_KEY, WRITE_KEY, apply_pg_migrations, pg_schema_version
from newsprism.store.search import _CLOSE, _OPEN, SNIPPET_WORDS, SearchSQL, ts_query
from newsprism.store.stories import StoriesSQL

_ROW_ERRORS = (psycopg.IntegrityError, psycopg.DataError, psycopg.errors.ProgramLimitExceeded,
               ValueError, OverflowError)  # fmt: skip
_PASSWORD = re.compile(r"(://[^:/@]*):[^@]*@")


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return _PASSWORD.sub(r"\1:***@", url)


class Row(tuple):
    """A result row read by position (``row[0]``) or by column name (``row["id"]``)."""

    _index: dict[str, int]

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    index = {d.name: n for n, d in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row._index = index
        return row

    return make


@lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """A psycopg connection (autocommit) that takes the store's SQL as it is written."""

    def __init__(self, raw: psycopg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> psycopg.Cursor:
        if not params:
            return self.raw.execute(sql.replace("?", "%s") if "?" in sql else sql)
        return self.raw.execute(_pg_sql(sql), list(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [list(r) for r in rows]
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(_pg_sql(sql), rows)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def connection_options() -> dict[str, Any]:
    """How the store's connections are opened (here, and by the web's pool): autocommit
    (transactions are explicit), rows by name and position."""
    return {"autocommit": True, "row_factory": _row_factory,
            "application_name": f"newsprism pid {os.getpid()}"}  # who holds a lock


def connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url, **connection_options())


def open_pool(url: str, size: int) -> Any:
    """A ``psycopg_pool.ConnectionPool`` of connections configured as :func:`connect`'s."""
    from psycopg_pool import ConnectionPool

    open_store_once = PostgresStore(url)  # migrate before the first borrowed connection
    open_store_once.close()
    return ConnectionPool(url, min_size=1, max_size=size, kwargs=connection_options(),
                          open=True, name="newsprism")  # fmt: skip


class PostgresSearch(SearchSQL):
    """Search on the generated ``articles.fts`` tsvector (migration 006)."""

    def _query(self, query: str) -> str | None:
        return ts_query(query)

    def _source(self, fts: str | None) -> tuple[str, list[Any]]:
        if fts is None:
            return "FROM articles a WHERE 1 = 1", []
        return ("FROM articles a CROSS JOIN to_tsquery('simple', ?) AS q WHERE a.fts @@ q",
                [fts])  # fmt: skip

    def _rank(self) -> str:
        # weights {D, C, B, A}: the body (B) 0.2, the title (A) 1.0, as bm25's 1 and 5
        return "ts_rank('{0.1, 0.1, 0.2, 1.0}', a.fts, q) DESC"

    def _marked(self) -> str:
        marks = f'StartSel="{_OPEN}", StopSel="{_CLOSE}"'
        return (f"ts_headline('simple', coalesce(a.title, ''), q, '{marks}, HighlightAll=true') "
                f"AS marked_title, ts_headline('simple', a.text, q, '{marks}, "
                f"MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1, "
                "FragmentDelimiter=\"…\"') AS marked")  # fmt: skip


class PostgresStore(ArticlesSQL, StoriesSQL, ClusterStateSQL, AnalysesSQL, PostgresSearch,
                    AggregatesSQL, BulkSQL):  # fmt: skip
    """A store in a PostgreSQL database. Use as a context manager, or call ``close()``.

    Args:
        url: ``postgresql://USER[:PASSWORD]@HOST:PORT/DB``.
        raw: an open connection to use instead of connecting (a pool's, ``web/db.py``);
            it is not migrated, and ``close()`` leaves it to its owner.
    """

    backend = "postgresql"
    row_errors = _ROW_ERRORS
    # PostgreSQL has no CROSS JOIN … ON; the planner starts from the weeks by itself.
    FROZEN_BETWEEN = (
        "SELECT c.story_id, c.emb_sum FROM story_weeks w "
        "JOIN cluster_state c ON c.story_id = w.story_id "
        "WHERE w.week BETWEEN ? AND ? AND c.frozen = 1 AND c.t_first <= ? AND c.t_last >= ? "
        "GROUP BY c.story_id ORDER BY c.story_id"
    )
    CURRENT_ANALYSES = (
        "SELECT x.story_id FROM story_analyses x JOIN stories s ON s.id = x.story_id "
        "WHERE x.version = ? AND s.size = json_array_length(x.members::json) "
        "AND NOT EXISTS (SELECT 1 FROM json_array_elements_text(x.members::json) j(value) "
        "WHERE NOT EXISTS (SELECT 1 FROM story_articles m "
        "WHERE m.article_id = j.value AND m.story_id = x.story_id))"
    )

    def __init__(self, url: str, raw: psycopg.Connection | None = None) -> None:
        self.url, self._owned = url, raw is None
        try:
            self.conn = PgConnection(raw if raw is not None else connect(url))
        except psycopg.Error as exc:
            raise StoreError(f"{redact(url)}: cannot open store: {exc}".strip(),
                             code="E201") from exc  # fmt: skip
        if self._owned:
            try:
                apply_pg_migrations(self.conn)
            except (psycopg.Error, StoreError) as exc:
                self.conn.close()
                code = exc.code if isinstance(exc, StoreError) else "E201"
                raise StoreError(f"{self.location}: {exc}", code=code) from exc
        self._story_depth = 0

    # -- lifecycle -------------------------------------------------------------------

    @property
    def location(self) -> str:
        """The database URL, without its password."""
        return redact(self.url)

    def close(self) -> None:
        if self._story_depth:
            self._story_depth = 1
            self._release_story_lock()
        if self._owned:
            self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return pg_schema_version(self.conn)

    # -- whole tables (db copy) ------------------------------------------------------

    def dump_rows(self, table: str, columns: tuple[str, ...], order: str
                  ) -> Iterator[tuple[Any, ...]]:  # fmt: skip
        """Every row, read through a server-side cursor in one snapshot (not all at once)."""
        with self.conn.raw.transaction(), self.conn.raw.cursor(name=f"dump_{table}") as cursor:
            cursor.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
            yield from (tuple(r) for r in cursor)

    def _overriding(self, table: str) -> str:
        return "OVERRIDING SYSTEM VALUE " if table == "articles" else ""  # keep the rowids

    def after_load(self) -> None:
        """The next article numbers continue after the copied ones."""
        self.conn.execute("SELECT setval(pg_get_serial_sequence('articles', 'rowid'), "
                          "coalesce(max(rowid), 0) + 1, false) FROM articles")  # fmt: skip

    # -- transactions and locks ------------------------------------------------------

    @contextmanager
    def transaction(self, *, keep: tuple[type[BaseException], ...] = ()) -> Iterator[None]:
        """``BEGIN … COMMIT`` around the block, holding the write lock; rolled back on
        any error. A database error becomes StoreError E202, unless one of ``keep``."""
        try:
            self.conn.execute("BEGIN")
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_KEY,))
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.rollback()
            if isinstance(exc, psycopg.Error) and not isinstance(exc, keep):
                raise StoreError(f"{self.location}: write failed: {exc}", code="E202") from exc
            raise

    def rollback(self) -> None:
        """Abandon a transaction left open by an error."""
        if not self.conn.raw.closed and self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def story_lock(self, *, wait: bool = True) -> Iterator[None]:
        """Hold the story lock (a session advisory lock) for the block; re-entrant.

        Raises:
            StoreError: E209 when ``wait`` is False and another session holds it.
        """
        if self._story_depth == 0:
            if wait:
                self.conn.execute("SELECT pg_advisory_lock(?)", (STORY_KEY,))
            elif not self.conn.execute("SELECT pg_try_advisory_lock(?)",
                                       (STORY_KEY,)).fetchone()[0]:  # fmt: skip
                raise StoreError(f"{self.location}: another process ({self._story_holder()}) "
                                 "is assigning stories in this store", code="E209")  # fmt: skip
        self._story_depth += 1
        try:
            yield
        finally:
            self._release_story_lock()

    def _story_holder(self) -> str:
        """Who holds the story lock, as its connection names itself ("newsprism pid N")."""
        row = self.conn.execute(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = ? "
            "AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database "
            "WHERE datname = current_database())", (STORY_KEY,),
        ).fetchone()  # fmt: skip
        name = row[0] if row else ""
        return name.removeprefix("newsprism ") if name.startswith("newsprism pid") else "pid ?"

    def _release_story_lock(self) -> None:
        self._story_depth -= 1
        if self._story_depth == 0 and not self.conn.raw.closed:
            self.conn.execute("SELECT pg_advisory_unlock(?)", (STORY_KEY,))
