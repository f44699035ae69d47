"""The store stage: where articles, stories, the clusterer's state and analyses live.

Everything outside this package talks to the :class:`Store` protocol (``protocol.py``)
and writes no SQL; :func:`open_store` picks the backend from the location. The package,
by topic: ``sqlite.py`` (the SQLite connection and its one ``transaction()``),
``articles.py``, ``stories.py``, ``clusterer.py`` (the clusterer's state),
``analyses.py`` (the analysis cache), ``search.py``, ``aggregates.py`` (the web's reads
across the store), ``migrations.py`` and ``lock.py``.
"""

from __future__ import annotations

from pathlib import Path

from newsprism.errors import StoreError
from newsprism.store.protocol import Store
from newsprism.store.sqlite import SQLiteStore

DEFAULT_DB = "newsprism.db"

__all__ = ["DEFAULT_DB", "SQLiteStore", "Store", "is_url", "open_store"]


def is_url(location: str | Path) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than an SQLite file."""
    return str(location).startswith(("postgresql://", "postgres://"))


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
