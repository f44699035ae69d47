"""The store stage: where articles live between runs.

Everything outside this package talks to the ``Store`` protocol, so a PostgreSQL
backend can be added beside ``SQLiteStore`` without touching the stages; ``open_store``
picks the backend from the location (a path today; a ``postgresql://`` URL later).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

from newsprism.errors import StoreError
from newsprism.models import Article, IngestFailure
from newsprism.store.sqlite import SQLiteStore

DEFAULT_DB = "newsprism.db"

__all__ = ["DEFAULT_DB", "SQLiteStore", "Store", "open_store"]


class Store(Protocol):
    """What the stages need from a store."""

    schema_version: int

    def add_batch(self, articles: Iterable[Article], failures: Iterable[IngestFailure] = (), *,
                  on_rejected: Callable[[IngestFailure], None] | None = None
                  ) -> int: ...  # fmt: skip
    def forget_failures(self, locations: Iterable[str]) -> None: ...
    def known_hashes(self, hashes: Iterable[str]) -> set[str]: ...
    def count(self) -> int: ...
    def get(self, article_id: str) -> Article | None: ...
    def iter_articles(self, *, limit: int | None = None) -> Iterator[Article]: ...
    def failures(self) -> list[IngestFailure]: ...
    def close(self) -> None: ...


def open_store(location: str | Path | None = None) -> SQLiteStore:
    """Open (creating and migrating on first use) the store at ``location``."""
    location = str(location or DEFAULT_DB)
    if "://" in location:
        raise StoreError(f"unsupported store URL {location!r}: only SQLite files so far",
                         code="E204")  # fmt: skip
    return SQLiteStore(Path(location))
