"""``newsprism db copy``: a whole store from one backend to another, verified.

Every table is copied in key order, in one transaction on the target (a copy that
fails leaves the target as it was), with ``articles.rowid`` kept as it is: the ingest
order the clusterer reads (its counters name rowids). Then each table is checked on
both sides: the number of rows and a SHA-256 digest of the table's rows as a set (the
sum of each row's SHA-256, so the backends' text collations cannot reorder it), values
normalised (bytes as hex, whole numbers as integers): a copy that lost or changed one
value says which table. The full-text index is not copied: each backend builds its own
from the articles (FTS5 triggers, a generated tsvector).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsprism.errors import StoreError
from newsprism.store.articles import ARTICLE_COLUMNS
from newsprism.store.clusterer import PROFILE_COLUMNS
from newsprism.store.protocol import Store

# (table, columns, key order), parents before children (foreign keys).
TABLES: list[tuple[str, tuple[str, ...], str]] = [
    ("articles", ("rowid", *ARTICLE_COLUMNS), "rowid"),
    ("removed_lines", ("article_id", "seq", "position", "text", "reason"), "article_id, seq"),
    ("ingest_failures", ("location", "code", "reason", "seen_at"), "location, code"),
    ("stories", ("id", "label", "key_entities", "size", "first_seen", "last_seen", "frozen",
                 "updated_at"), "id"),
    ("story_articles", ("article_id", "story_id", "seq", "duplicate_of", "score"), "article_id"),
    ("article_features", ("article_id", "version", "headline", "titled", "embedding",
                          "minhash", "shingles", "title_terms", "body_terms", "entity_terms",
                          "entities", "published", "language", "context", "lead_weekdays"),
     "article_id"),
    ("lsh_buckets", ("band", "bucket", "article_id"), "band, bucket, article_id"),
    ("cluster_state", PROFILE_COLUMNS, "story_id"),
    ("cluster_meta", ("key", "value"), "key"),
    ("story_weeks", ("week", "story_id"), "week, story_id"),
    ("cross_vectors", ("article_id", "version", "vector"), "article_id"),
    ("story_analyses", ("story_id", "key", "version", "members", "analysis", "seconds",
                        "created_at", "index_version"), "story_id"),
    ("analysis_entities", ("story_id", "entity_id", "key", "by_name", "name", "type",
                           "aliases", "mentions"), "key, story_id, entity_id"),
    ("analysis_terms", ("story_id", "article_id", "term", "category", "count", "quoted",
                        "attributed"),
     "story_id, article_id, term, category, count, quoted, attributed"),
    ("analysis_voices", ("story_id", "article_id", "speaker", "count"),
     "story_id, article_id, speaker, count"),
    ("story_model", ("id", "version", "recorded_at", "context"), "id"),
]  # fmt: skip
CHUNK = 1000


@dataclass
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_hash: str
    target_hash: str

    @property
    def ok(self) -> bool:
        return (self.source_rows, self.source_hash) == (self.target_rows, self.target_hash)


@dataclass
class CopyReport:
    """What ``copy_store`` copied, and the check of every table."""

    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    def as_dict(self) -> dict[str, Any]:
        return {"from": self.source, "to": self.target, "ok": self.ok,
                "tables": [{"table": t.table, "rows": t.source_rows,
                            "copied_rows": t.target_rows, "sha256": t.source_hash,
                            "copied_sha256": t.target_hash, "ok": t.ok}
                           for t in self.tables]}  # fmt: skip


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, float) and value.is_integer():
        return int(value)  # a whole REAL read back as an integer is the same value
    return value


def table_digest(store: Store, table: str, columns: tuple[str, ...], order: str
                 ) -> tuple[int, str]:  # fmt: skip
    """Rows and digest of one table: the sum (mod 2^256) of each row's SHA-256."""
    total = 0
    rows = 0
    for row in store.dump_rows(table, columns, order):
        line = json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode()
        total = (total + int.from_bytes(hashlib.sha256(line).digest(), "big")) % 2**256
        rows += 1
    return rows, f"{total:064x}"


Progress = Callable[[str, int, int], None]  # (table, rows done, rows in all)


def copy_store(source: Store, target: Store, *, on_progress: Progress | None = None
               ) -> CopyReport:  # fmt: skip
    """Copy every table of ``source`` into the empty store ``target``, then check both.

    Raises:
        StoreError: E221 when the target already holds articles or stories, E222 when
            the two stores are at different schema versions.
    """
    if source.schema_version != target.schema_version:
        raise StoreError(f"{source.location} is at schema version {source.schema_version}, "
                         f"{target.location} at {target.schema_version}: open both with this "
                         "newsprism first (it migrates them)", code="E222")  # fmt: skip
    if target.count() or target.count_stories():
        raise StoreError(f"{target.location} is not empty: db copy writes into an empty store "
                         "only", code="E221")  # fmt: skip
    counts = {table: source.count_rows(table) for table, _, _ in TABLES}
    with target.transaction():
        for table, columns, order in TABLES:
            done = 0
            for chunk in _chunks(source.dump_rows(table, columns, order)):
                target.load_rows(table, columns, chunk)
                done += len(chunk)
                if on_progress:
                    on_progress(table, done, counts[table])
        target.after_load()
    report = CopyReport(source.location, target.location)
    for table, columns, order in TABLES:
        rows, digest = table_digest(source, table, columns, order)
        copied, copied_digest = table_digest(target, table, columns, order)
        report.tables.append(TableCheck(table, rows, copied, digest, copied_digest))
    return report


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class BulkSQL:
    """Whole tables in and out (a mixin of every backend, for ``db copy``)."""

    conn: Any

    def count_rows(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def dump_rows(self, table: str, columns: tuple[str, ...], order: str
                  ) -> Iterator[tuple[Any, ...]]:  # fmt: skip
        """Every row of ``table`` (the ``columns``), in ``order``, read as it goes."""
        cursor = self.conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
        while rows := cursor.fetchmany(CHUNK):
            yield from (tuple(r) for r in rows)

    def load_rows(self, table: str, columns: tuple[str, ...],
                  rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
        """Insert rows as they are (inside the caller's transaction)."""
        marks = ", ".join("?" for _ in columns)
        self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                              f"{self._overriding(table)}VALUES ({marks})", rows)  # fmt: skip

    def _overriding(self, table: str) -> str:
        return ""

    def after_load(self) -> None:
        """What the backend does once the tables are loaded (inside the transaction)."""
