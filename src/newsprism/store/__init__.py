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

__all__ = ["DEFAULT_DB", "SQLiteStore", "Store", "open_store"]


def open_store(location: str | Path | None = None) -> Store:
    """Open (creating and migrating on first use) the store at ``location``."""
    location = str(location or DEFAULT_DB)
    if "://" in location:
        raise StoreError(f"unsupported store URL {location!r}: only SQLite files so far",
                         code="E204")  # fmt: skip
    return SQLiteStore(Path(location))
