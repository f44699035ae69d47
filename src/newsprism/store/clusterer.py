"""The story clusterer's state in the store: features, LSH buckets, profiles, counters.

This is the SQL half of ``newsprism.cluster.state``: rows in, rows out. What the rows
mean (arrays packed as little-endian bytes, profiles as ``Cluster`` objects) is the
clusterer's business; the store only keeps them and answers the look-ups the clusterer
makes by primary key or index, so one article costs the same in a store of any size.
Tables: ``article_features``, ``lsh_buckets``, ``cluster_state`` (a story's profile),
``story_weeks`` (the weeks a story spans), ``cluster_meta`` (JSON counters) and
``cross_vectors`` (the cross-language path's multilingual vectors, a cache).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from newsprism.store.articles import chunks, marks

# The frozen stories of a stretch of weeks. CROSS JOIN makes SQLite start from the weeks:
# left to itself it scanned every frozen story (index on ``frozen``), which grows with
# the store. Parameters: first week, last week, end, start.
# Buckets read by one statement (a UNION ALL; SQLite allows 500 terms by default).
BUCKETS_PER_STATEMENT = 50
FROZEN_BETWEEN = (
    "SELECT c.story_id, c.emb_sum FROM story_weeks w "
    "CROSS JOIN cluster_state c ON c.story_id = w.story_id "
    "WHERE w.week BETWEEN ? AND ? AND c.frozen = 1 AND c.t_first <= ? AND c.t_last >= ? "
    "GROUP BY c.story_id ORDER BY c.story_id"
)
PROFILE_COLUMNS = ("story_id", "founder", "count", "emb_sum", "title_terms", "body_terms",
                   "entity_terms", "names", "t_first", "t_last", "last_seq", "frozen",
                   "language", "ctx_sum")  # fmt: skip
META_DEFAULTS: dict[str, Any] = {"seq": 0, "watermark": None, "floor": 0, "replacing": False,
                                 "token": None}  # fmt: skip


def upsert(table: str, columns: Sequence[str], key: str) -> str:
    """``INSERT … ON CONFLICT (key) DO UPDATE`` of every column: a replace that every
    backend reads the same (SQLite's ``INSERT OR REPLACE`` is its own)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks(len(columns))}) "
            f"ON CONFLICT ({key}) DO UPDATE SET {updates}")  # fmt: skip


class ClusterStateSQL:
    """The clusterer's tables (a mixin, as ``articles.ArticlesSQL``)."""

    conn: Any
    transaction: Callable[..., Any]
    FROZEN_BETWEEN = FROZEN_BETWEEN  # a backend may plan it its own way

    # -- features --------------------------------------------------------------------

    def feature_rows(self, ids: Sequence[str], version: int) -> list[Any]:
        """Stored ``article_features`` rows of ``version`` for ``ids`` (missing ids absent)."""
        rows: list[Any] = []
        for chunk in chunks(ids):
            rows.extend(self.conn.execute(
                "SELECT * FROM article_features WHERE version = ? "
                f"AND article_id IN ({marks(len(chunk))})", [version, *chunk],
            ))  # fmt: skip
        return rows

    def featured_ids(self, version: int, *, with_context: bool = False) -> set[str]:
        """Every article with features of ``version`` stored (``with_context``: and a
        context vector, which only a model with a context embedder computes)."""
        rows = self.conn.execute(
            "SELECT article_id FROM article_features WHERE version = ?"
            + (" AND context IS NOT NULL" if with_context else ""), (version,)
        )
        return {r[0] for r in rows}

    def write_feature_rows(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]
                           ) -> None:  # fmt: skip
        """Insert or replace ``article_features`` rows in one transaction."""
        if not rows:
            return
        with self.transaction():
            self.conn.executemany(upsert("article_features", columns, "article_id"),
                                  [[r[c] for c in columns] for r in rows])  # fmt: skip

    # -- the cross-language path's vectors --------------------------------------------

    def cross_vectors(self, ids: Sequence[str], version: str) -> dict[str, bytes]:
        """Stored ``cross_vectors`` of ``ids`` written by ``version`` (others absent)."""
        out: dict[str, bytes] = {}
        for chunk in chunks(ids):
            out.update((r[0], bytes(r[1])) for r in self.conn.execute(
                "SELECT article_id, vector FROM cross_vectors WHERE version = ? "
                f"AND article_id IN ({marks(len(chunk))})", [version, *chunk]))  # fmt: skip
        return out

    def save_cross_vectors(self, vectors: Mapping[str, bytes], version: str) -> None:
        """Insert or replace the vectors of the stored articles among ``vectors`` (a pass
        in memory offers ids that are no article: they are skipped)."""
        ids = list(vectors)
        present: set[str] = set()
        for chunk in chunks(ids):
            present.update(r[0] for r in self.conn.execute(
                f"SELECT id FROM articles WHERE id IN ({marks(len(chunk))})", chunk))  # fmt: skip
        rows = [[a, version, vectors[a]] for a in ids if a in present]
        if rows:
            with self.transaction():
                self.conn.executemany(
                    upsert("cross_vectors", ("article_id", "version", "vector"), "article_id"),
                    rows)

    def minhash_of(self, article_id: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT minhash FROM article_features WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else bytes(row[0])

    # -- near-copies and memberships -------------------------------------------------

    def bucket_members(self, band: int, bucket: int, limit: int) -> list[str]:
        """The first ``limit`` articles of one LSH bucket, by id."""
        return [r[0] for r in self.conn.execute(
            "SELECT article_id FROM lsh_buckets WHERE band = ? AND bucket = ? "
            "ORDER BY article_id LIMIT ?", (band, bucket, limit))]  # fmt: skip

    def buckets_members(self, keys: Sequence[tuple[int, int]], limit: int
                        ) -> dict[tuple[int, int], list[str]]:  # fmt: skip
        """:meth:`bucket_members` of every ``(band, bucket)`` in ``keys`` (empty buckets
        absent), in one statement per ``BUCKETS_PER_STATEMENT`` keys: the story step looks
        up every band of every article, and on PostgreSQL each statement is a round trip
        (20 of them per article were two thirds of ingest's statements)."""
        found: dict[tuple[int, int], list[str]] = {}
        keys = list(dict.fromkeys(keys))  # each bucket once
        for start in range(0, len(keys), BUCKETS_PER_STATEMENT):
            chunk = keys[start : start + BUCKETS_PER_STATEMENT]
            sql = " UNION ALL ".join(
                "SELECT * FROM (SELECT band, bucket, article_id FROM lsh_buckets "
                f"WHERE band = ? AND bucket = ? ORDER BY article_id LIMIT ?) AS k{n}"
                for n in range(len(chunk))
            )
            params = [v for band, bucket in chunk for v in (band, bucket, limit)]
            for band, bucket, article_id in self.conn.execute(sql, params):
                found.setdefault((band, bucket), []).append(article_id)
        # in the order of ``keys``, each bucket by id (as bucket_members gives them)
        return {k: sorted(found[k]) for k in keys if k in found}

    def membership_of(self, article_id: str) -> tuple[str, str | None] | None:
        """``(story_id, duplicate_of)`` of an article, or None when in no story."""
        row = self.conn.execute(
            "SELECT story_id, duplicate_of FROM story_articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def memberships_from(self, seq: int | None) -> list[Any]:
        """Memberships from ``seq`` on (all when None), in order: what a repair replays."""
        return self.conn.execute(
            "SELECT article_id, story_id, seq, duplicate_of, score FROM story_articles "
            "WHERE seq >= ? ORDER BY seq, article_id", (-(2**62) if seq is None else seq,),
        ).fetchall()  # fmt: skip

    def first_members(self, story_id: str, before_seq: int, limit: int) -> list[Any]:
        """A story's first ``limit`` members (features rows: article_id, headline, titled,
        embedding, body_terms, lead_weekdays) below ``before_seq``. The index on
        (story_id, seq) stops after ``limit`` rows, where :meth:`live_members` would read
        every member of a big story."""
        return self.conn.execute(
            "SELECT f.article_id, f.headline, f.titled, f.embedding, f.body_terms, "
            "f.lead_weekdays FROM story_articles s "
            "JOIN article_features f ON f.article_id = s.article_id "
            "WHERE s.story_id = ? AND s.seq < ? ORDER BY s.seq LIMIT ?",
            (story_id, before_seq, limit),
        ).fetchall()

    def live_members(self, before_seq: int, limit: int) -> list[Any]:
        """The first ``limit`` members of every live story, in stream order (rows with
        story_id, article_id, headline, titled, embedding, body_terms, lead_weekdays); only
        those below ``before_seq`` (during a repair, later ones are still to be applied)."""
        return self.conn.execute(
            "SELECT s.story_id, f.article_id, f.headline, f.titled, f.embedding, f.body_terms, "
            "f.lead_weekdays FROM (SELECT story_id, article_id, seq, "
            "      row_number() OVER (PARTITION BY story_id ORDER BY seq) AS n "
            "      FROM story_articles s WHERE s.story_id IN "
            "      (SELECT story_id FROM cluster_state WHERE frozen = 0) AND s.seq < ?) s "
            "JOIN article_features f ON f.article_id = s.article_id "
            "WHERE s.n <= ? ORDER BY s.seq", (before_seq, limit),
        ).fetchall()  # fmt: skip

    def member_refs(self, story_id: str | None, before_seq: int) -> list[Any]:
        """Every membership of one story (``story_id``), or of every live story (None),
        below ``before_seq``, in stream order: rows of story_id, article_id, seq,
        duplicate_of, score. The split step reads a story's members through these (its
        profile alone does not say who they are); an index seek on (story_id, seq)."""
        where = ("s.story_id = ?" if story_id is not None else
                 "s.story_id IN (SELECT story_id FROM cluster_state WHERE frozen = 0)")
        params = (story_id, before_seq) if story_id is not None else (before_seq,)
        return self.conn.execute(
            "SELECT s.story_id, s.article_id, s.seq, s.duplicate_of, s.score "
            f"FROM story_articles s WHERE {where} AND s.seq < ? ORDER BY s.seq", params,
        ).fetchall()  # fmt: skip

    # -- profiles --------------------------------------------------------------------

    def profile_row(self, story_id: str) -> Any | None:
        return self.conn.execute(
            "SELECT * FROM cluster_state WHERE story_id = ?", (story_id,)
        ).fetchone()

    def live_profile_rows(self) -> list[Any]:
        return self.conn.execute("SELECT * FROM cluster_state WHERE frozen = 0").fetchall()

    def frozen_rows_between(self, first_week: int, last_week: int, start: float, end: float
                            ) -> list[tuple[str, bytes]]:  # fmt: skip
        """``(story_id, emb_sum)`` of the frozen stories whose span meets ``[start, end]``,
        read through ``story_weeks``."""
        rows = self.conn.execute(self.FROZEN_BETWEEN, (first_week, last_week, end, start))
        return [(r[0], bytes(r[1])) for r in rows]

    def count_profiles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM cluster_state").fetchone()[0]

    def save_cluster_state(self, profiles: Iterable[Sequence[Any]],
                           weeks: Iterable[tuple[int, str]],
                           buckets: Iterable[tuple[int, int, str]], meta: Mapping[str, Any],
                           *, replace: bool = False, removed: Iterable[str] = ()
                           ) -> None:  # fmt: skip
        """Profiles (rows in ``PROFILE_COLUMNS`` order), story weeks, LSH buckets and
        counters in one transaction; with ``replace`` the old ones go first. The
        profiles and weeks of ``removed`` stories (merged into another) are deleted."""
        with self.transaction():
            if replace:
                for table in ("cluster_state", "lsh_buckets", "story_weeks"):
                    self.conn.execute(f"DELETE FROM {table}")
            for table in ("cluster_state", "story_weeks"):
                self.conn.executemany(f"DELETE FROM {table} WHERE story_id = ?",
                                      [(story_id,) for story_id in sorted(removed)])  # fmt: skip
            self.conn.executemany(upsert("cluster_state", PROFILE_COLUMNS, "story_id"),
                                  [list(p) for p in profiles])  # fmt: skip
            self.conn.executemany(
                "INSERT INTO story_weeks (week, story_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                list(weeks),
            )
            self.conn.executemany(
                "INSERT INTO lsh_buckets (band, bucket, article_id) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING", list(buckets),
            )  # fmt: skip
            self._write_meta(meta)

    # -- counters --------------------------------------------------------------------

    def cluster_meta(self) -> dict[str, Any]:
        """The clusterer's counters (``META_DEFAULTS`` for those never written)."""
        stored = {r[0]: json.loads(r[1])
                  for r in self.conn.execute("SELECT key, value FROM cluster_meta")}  # fmt: skip
        return {**META_DEFAULTS, **stored}

    def write_cluster_meta(self, **values: Any) -> None:
        """Set some counters, in a transaction of their own."""
        with self.transaction():
            self._write_meta(values)

    def _write_meta(self, values: Mapping[str, Any]) -> None:
        self.conn.executemany(
            "INSERT INTO cluster_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(k, json.dumps(v)) for k, v in values.items()],
        )

    # -- where the memberships stand -------------------------------------------------

    def max_seq(self) -> int | None:
        return self.conn.execute("SELECT max(seq) FROM story_articles").fetchone()[0]

    def membership_at(self, seq: int) -> list[str] | None:
        """``[article_id, story_id]`` of the first membership of ``seq``, or None."""
        row = self.conn.execute(
            "SELECT article_id, story_id FROM story_articles WHERE seq = ? "
            "ORDER BY article_id LIMIT 1", (seq,),
        ).fetchone()  # fmt: skip
        return None if row is None else [row[0], row[1]]

    def unclustered_above(self, floor: int, *, first_only: bool = False
                          ) -> list[tuple[int, str, str | None]]:  # fmt: skip
        """``(rowid, id, published_at)`` of the articles in no story with a rowid above
        ``floor`` (ingest order); ``first_only`` stops at one (is there any?)."""
        rows = self.conn.execute(
            "SELECT a.rowid, a.id, a.published_at "
            "FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
            "WHERE a.rowid > ? AND s.article_id IS NULL" + (" LIMIT 1" if first_only else ""),
            (floor,),
        )  # fmt: skip
        return [(r[0], r[1], r[2]) for r in rows]

    def rowids(self, ids: Sequence[str]) -> dict[str, int]:
        """Each article's ingest order number (``rowid``)."""
        out: dict[str, int] = {}
        for chunk in chunks(ids):
            sql = f"SELECT id, rowid FROM articles WHERE id IN ({marks(len(chunk))})"
            out.update((r[0], r[1]) for r in self.conn.execute(sql, chunk))
        return out

    def stream_rows(self) -> list[tuple[int, str, str | None]]:
        """``(rowid, id, published_at)`` of every article."""
        rows = self.conn.execute("SELECT rowid, id, published_at FROM articles")
        return [(r[0], r[1], r[2]) for r in rows]
