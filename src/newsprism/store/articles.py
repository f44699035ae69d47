"""Articles and ingest failures in the store: the writes of ingest, the reads of every stage.

Rows are dicts at this boundary; the Article dataclass is rebuilt on the way out.
Writes come in batches, one transaction each, so a crash or kill mid-ingest loses at
most the batch in flight, and a re-run skips every article already committed
(``content_hash`` is UNIQUE and is checked before any cleaning work is done).

The SQL is the common subset of SQLite and PostgreSQL (``?`` placeholders, ``ON
CONFLICT``), written once for every backend (``store/backend.py``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from newsprism.errors import StoreError
from newsprism.models import Article, IngestFailure, RemovedLine, Stamp

ARTICLE_COLUMNS = (
    "id", "content_hash", "source_path", "source_line", "url", "title", "outlet", "language",
    "published_at", "published_at_original", "date_reason", "text", "paragraphs", "stamps",
    "provenance", "raw", "raw_format", "encoding", "ingested_at", "crawled_at",
)  # fmt: skip
CHUNK = 500  # ids per IN (...) list: far below every backend's parameter limit


def now_utc() -> str:
    """The current time as the store writes it (ISO 8601, UTC, seconds)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterator[list[str]]:
    """``ids`` in lists of at most ``size`` (for ``IN (...)`` look-ups)."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def marks(n: int) -> str:
    """``?, ?, …`` for ``n`` parameters."""
    return ", ".join("?" for _ in range(n))


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
        "ingested_at": now_utc(),
        "crawled_at": article.crawled_at,
    }


def row_to_article(row: Any, removed: list[RemovedLine]) -> Article:
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


_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({marks(len(ARTICLE_COLUMNS))}) "
    "ON CONFLICT (content_hash) DO NOTHING"
)


class ArticlesSQL:
    """The articles half of a store (a mixin: the backend gives ``conn``,
    ``transaction()``, ``location`` and ``row_errors``)."""

    conn: Any
    location: str
    row_errors: tuple[type[BaseException], ...]
    transaction: Callable[..., Any]

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
        value the database refuses), the batch is rolled back and written again one
        article per transaction: each refused article becomes an E206 failure, recorded
        with the others and passed to ``on_rejected``, and the rest of the batch is
        stored. Any other write error (locked, disk full, I/O) is the store's, not the
        item's: the batch is rolled back and StoreError E202 raised.

        Returns:
            How many articles were new.
        """
        articles, failures = list(articles), list(failures)
        try:
            return self._write(articles, failures)
        except self.row_errors:
            pass  # rolled back; find the row, keep the others
        added = 0
        for article in articles:
            try:
                added += self._write([article], [])
            except self.row_errors as exc:
                reason = f"cannot store this item: {type(exc).__name__}: {exc}"
                failures.append(IngestFailure(article.location, reason, "E206"))
                if on_rejected is not None:
                    on_rejected(failures[-1])
        self._write([], failures)
        return added

    def _write(self, articles: list[Article], failures: list[IngestFailure]) -> int:
        """One transaction: the articles and the failures, or nothing (then it raises)."""
        added = 0
        with self.transaction(keep=self.row_errors):
            for article in articles:
                row = article_to_row(article)
                cursor = self.conn.execute(_INSERT_ARTICLE, [row[c] for c in ARTICLE_COLUMNS])
                if cursor.rowcount:
                    added += 1
                    self.conn.executemany(
                        "INSERT INTO removed_lines (article_id, seq, position, text, reason) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [(article.id, seq, r.position, r.text, r.reason)
                         for seq, r in enumerate(article.removed)],
                    )  # fmt: skip
            self.conn.executemany(
                "INSERT INTO ingest_failures (location, code, reason, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (location, code) DO UPDATE SET reason = excluded.reason, "
                "seen_at = excluded.seen_at",
                [(f.location, f.code, f.reason, now_utc()) for f in failures],
            )
        return added

    def forget_failures(self, locations: Iterable[str]) -> None:
        """Drop recorded failures of items that have now been ingested (one transaction)."""
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM ingest_failures WHERE location = ?", [(loc,) for loc in locations]
            )

    # -- reads -----------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already (to skip cleaning them)."""
        found: set[str] = set()
        for chunk in chunks(list(hashes)):
            sql = f"SELECT content_hash FROM articles WHERE content_hash IN ({marks(len(chunk))})"
            found.update(row[0] for row in self.conn.execute(sql, chunk))
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

    def light_articles(self, ids: Sequence[str], *, present_only: bool = False
                       ) -> list[Article]:  # fmt: skip
        """The fields of ``ids`` that the clusterer's features read (no raw input, no
        removed lines), in the order of ``ids``; an id not stored is an error, or skipped
        with ``present_only`` (the cross-language path asks for ids it has only seen)."""
        found: dict[str, Article] = {}
        for chunk in chunks(ids):
            for row in self.conn.execute(
                "SELECT id, content_hash, source_path, title, text, paragraphs, published_at, "
                f"language FROM articles WHERE id IN ({marks(len(chunk))})", chunk,
            ):  # fmt: skip
                found[row["id"]] = Article(
                    id=row["id"], content_hash=row["content_hash"],
                    source_path=row["source_path"], text=row["text"], raw="", raw_format="text",
                    title=row["title"], paragraphs=json.loads(row["paragraphs"]),
                    published_at=row["published_at"], language=row["language"],
                )  # fmt: skip
        return [found[i] for i in ids if not present_only or i in found]
