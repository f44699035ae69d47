"""The store stage: where articles, stories, the clusterer's state and analyses live.

Everything outside this package talks to the :class:`Store` protocol (``protocol.py``)
and writes no SQL; :func:`open_store` picks the backend from the location. The package,
by topic: ``sqlite.py`` (the SQLite connection and its one ``transaction()``),
``articles.py``, ``stories.py``, ``clusterer.py`` (the clusterer's state),
``analyses.py`` (the analysis cache), ``search.py``, ``aggregates.py`` (the web's reads
across the store), ``migrations.py`` and ``lock.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsprism.errors import StoreError
from newsprism.store.protocol import Store
from newsprism.store.sqlite import SQLiteStore

DEFAULT_DB = "newsprism.db"

__all__ = ["DEFAULT_DB", "SQLiteStore", "Store", "StorePool", "is_url", "open_store"]


def is_url(location: str | Path) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than an SQLite file."""
    return str(location).startswith(("postgresql://", "postgres://"))


class StorePool:
    """Stores over pooled connections, for a server's requests: on PostgreSQL a
    ``psycopg_pool.ConnectionPool`` (a connection costs a server process); the
    database is migrated once, when the pool opens."""

    def __init__(self, url: str, size: int = 8) -> None:
        from newsprism.store.postgres import open_pool

        self.url = url
        self._pool = open_pool(url, size)

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A store on a borrowed connection, given back idle when the block ends."""
        from newsprism.store.postgres import PostgresStore

        with self._pool.connection() as raw:
            store = PostgresStore(self.url, raw=raw)
            try:
                yield store
            finally:
                store.rollback()

    def close(self) -> None:
        self._pool.close()


def open_store(location: str | Path | None = None) -> Store:
    """Open (creating and migrating on first use) the store at ``location``: an SQLite
    file path, or a ``postgresql://USER[:PASSWORD]@HOST:PORT/DB`` URL (the database
    must exist; its tables are created on first use)."""
    location = str(location or DEFAULT_DB)
    if is_url(location):
        from newsprism.store.postgres import PostgresStore  # psycopg only when asked for

        return PostgresStore(location)
    if "://" in location:
        raise StoreError(f"unsupported store URL {location!r}: an SQLite file path or a "
                         "postgresql:// URL", code="E204")  # fmt: skip
    return SQLiteStore(Path(location))
