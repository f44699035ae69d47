"""The clusterer's state in the store: features, LSH buckets, story profiles, counters.

A session (:class:`Session`) loads only the *live* stories (their profiles and members)
and the counters; everything older is read on demand through :class:`StoreBacking` by
primary key or index (a band bucket, a frozen story that a near-copy revives). So
opening costs O(live stories), and one article costs the same in a store of a thousand
articles or of a million.

The live centroids are not stored: each session puts them in its exact look-up
(``cluster.live``), whose answers depend on the live stories alone, not on the history
of the session. So a new process continues exactly as the old one would have, and an
ingest resumed after a kill decides exactly as an uninterrupted one.

Writes, per saved batch, in this order: the features (idempotent), then the memberships
and labels through ``store.stories.save_memberships`` (one transaction), then the
profiles, buckets and counters (one transaction). A kill between the last two leaves
memberships that the profiles do not include yet; the next session finds them (by
``seq``, above the saved counter) and applies them before anything else. A ``recluster``
marks the store while it replaces everything; a session that finds the mark rebuilds
the profiles from whatever memberships were committed.

Every story step runs under the store's story lock (``SQLiteStore.story_lock``): one
process at a time reads this state, decides and writes it back. A session that finds
that another writer saved since its own save (``stale``) is dropped and reopened.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from newsprism.cluster import features as feats
from newsprism.cluster.faults import kill_point
from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import (
    LABEL_POOL,
    Cluster,
    Decision,
    Member,
    StreamClusterer,
    span_weeks,
    week_of,
)
from newsprism.cluster.terms import pack, unpack
from newsprism.dedup import MAX_BUCKET
from newsprism.errors import StoreError
from newsprism.models import Article
from newsprism.store.cross_vectors import load_vectors, save_vectors
from newsprism.store.sqlite import SQLiteStore
from newsprism.store.stories import (
    Membership,
    StoryLabel,
    save_memberships,
    self_copies_warning,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# The frozen stories of a stretch of weeks. CROSS JOIN makes SQLite start from the weeks:
# left to itself it scanned every frozen story (index on ``frozen``), which grows with
# the store. Parameters: first week, last week, end, start.
FROZEN_BETWEEN = (
    "SELECT c.story_id, c.emb_sum FROM story_weeks w "
    "CROSS JOIN cluster_state c ON c.story_id = w.story_id "
    "WHERE w.week BETWEEN ? AND ? AND c.frozen = 1 AND c.t_first <= ? AND c.t_last >= ? "
    "GROUP BY c.story_id ORDER BY c.story_id"
)
FEATURE_CHUNK = 256


# --- articles and features ------------------------------------------------------------


def stream_sort(rows: Iterable[tuple[int, str, str | None]]) -> list[str]:
    """Ids of ``(rowid, id, published_at)`` rows in stream order.

    Publication time, then ingest order. An undated article takes the time of the dated
    article ingested just before it (a file read with its neighbours stays beside them),
    rather than going to the end, where the story it belongs to may be frozen already.
    """
    keyed = []
    carried = ""
    for rowid, article_id, published in sorted(rows, key=lambda r: r[0]):
        carried = published or carried
        keyed.append(((published or carried, rowid), article_id))
    return [article_id for _, article_id in sorted(keyed)]


def light_articles(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Article]:
    """The fields of ``ids`` that features read (no raw input, no removed lines), in order."""
    found: dict[str, Article] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            "SELECT id, content_hash, source_path, title, text, paragraphs, published_at, "
            "language "
            f"FROM articles WHERE id IN ({marks})", chunk,
        ):  # fmt: skip
            found[row["id"]] = Article(
                id=row["id"], content_hash=row["content_hash"], source_path=row["source_path"],
                text=row["text"], raw="", raw_format="text", title=row["title"],
                paragraphs=json.loads(row["paragraphs"]), published_at=row["published_at"],
                language=row["language"],
            )  # fmt: skip
    return [found[i] for i in ids]


class StoredTexts:
    """Title + lead of stored articles by id, for the cross-language path: read only when
    a story crosses languages (``cluster.crosslang``). It also keeps that path's
    multilingual vectors in the store (``cluster.crosslang.VectorCache``), so that the
    next session does not embed them again."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __call__(self, ids: Sequence[str]) -> dict[str, str]:
        from newsprism.cluster.crosslang import cross_text

        present = [r[0] for r in self.conn.execute(
            f"SELECT id FROM articles WHERE id IN ({', '.join('?' for _ in ids)})", list(ids))]
        return {a.id: cross_text(a) for a in light_articles(self.conn, present)}

    def load_vectors(self, ids: Sequence[str], version: str) -> dict[str, np.ndarray]:
        return load_vectors(self.conn, ids, version)

    def save_vectors(self, vectors: Mapping[str, np.ndarray], version: str) -> None:
        save_vectors(self.conn, vectors, version)


def store_texts(conn: sqlite3.Connection) -> StoredTexts:
    """The :class:`StoredTexts` of a store's connection."""
    return StoredTexts(conn)


def stored_features(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, ArticleFeatures]:
    """Stored features of the current version for ``ids`` (missing ids are absent)."""
    out: dict[str, ArticleFeatures] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"SELECT * FROM article_features WHERE version = ? AND article_id IN ({marks})",
            [feats.FEATURES_VERSION, *chunk],
        ):
            out[row["article_id"]] = feats.from_row(row)
    return out


def write_features(store: SQLiteStore, items: Iterable[ArticleFeatures]) -> None:
    """Insert or replace feature rows in one transaction."""
    rows = [feats.to_row(f) for f in items]
    if not rows:
        return
    columns = ", ".join(feats.ROW_COLUMNS)
    marks = ", ".join("?" for _ in feats.ROW_COLUMNS)
    with _transaction(store):
        store.conn.executemany(
            f"INSERT OR REPLACE INTO article_features ({columns}) VALUES ({marks})",
            [[r[c] for c in feats.ROW_COLUMNS] for r in rows],
        )


def ensure_features(store: SQLiteStore, ids: Sequence[str], embedder: str,
                    on_progress: Progress | None = None) -> dict[str, ArticleFeatures]:  # fmt: skip
    """Features of ``ids``: read when stored, else computed (in chunks) and stored."""
    have = stored_features(store.conn, ids)
    missing = [i for i in ids if i not in have]
    for start in range(0, len(missing), FEATURE_CHUNK):
        chunk = missing[start : start + FEATURE_CHUNK]
        computed = compute_features(light_articles(store.conn, chunk), embedder)
        write_features(store, computed)
        have.update((f.article_id, f) for f in computed)
        if on_progress:
            on_progress(min(start + FEATURE_CHUNK, len(missing)), len(missing))
    return have


# --- reading older state ---------------------------------------------------------------


class StoreBacking:
    """What a session reads from the store on demand (see ``stream.Backing``)."""

    def __init__(self, store: SQLiteStore) -> None:
        self.conn = store.conn

    def buckets(self, keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[str]]:
        out: dict[tuple[int, int], list[str]] = {}
        for band, bucket in keys:
            ids = [r[0] for r in self.conn.execute(
                "SELECT article_id FROM lsh_buckets WHERE band = ? AND bucket = ? "
                "ORDER BY article_id LIMIT ?", (band, bucket, MAX_BUCKET))]  # fmt: skip
            if ids:
                out[(band, bucket)] = ids
        return out

    def signature(self, article_id: str) -> np.ndarray | None:
        row = self.conn.execute(
            "SELECT minhash FROM article_features WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else np.frombuffer(row[0], dtype="<u4").astype(np.uint32)

    def membership(self, article_id: str) -> tuple[str, str | None] | None:
        row = self.conn.execute(
            "SELECT story_id, duplicate_of FROM story_articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def load_cluster(self, story_id: str, before_seq: int) -> Cluster | None:
        cluster = self.load_profile(story_id)
        if cluster is not None:
            # One story: the index on (story_id, seq) stops after LABEL_POOL rows, where
            # the windowed query of _members would read every member of a big story.
            cluster.members = [_member(row) for row in self.conn.execute(
                "SELECT f.article_id, f.headline, f.titled, f.embedding, f.body_terms "
                "FROM story_articles s JOIN article_features f ON f.article_id = s.article_id "
                "WHERE s.story_id = ? AND s.seq < ? ORDER BY s.seq LIMIT ?",
                (story_id, before_seq, LABEL_POOL))]  # fmt: skip
        return cluster

    def load_profile(self, story_id: str) -> Cluster | None:
        row = self.conn.execute(
            "SELECT * FROM cluster_state WHERE story_id = ?", (story_id,)
        ).fetchone()
        return None if row is None else cluster_from_row(row)

    def frozen_between(self, start: float, end: float) -> tuple[list[str], np.ndarray]:
        """Ids and unit centroids (rows) of the stored frozen stories whose span meets
        ``[start, end]``, read through ``story_weeks``."""
        rows = self.conn.execute(
            FROZEN_BETWEEN,
            (week_of(start), week_of(end), end, start),
        ).fetchall()
        if not rows:
            return [], np.zeros((0, 0), dtype=np.float32)
        sums = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f8").reshape(len(rows), -1)
        lengths = np.linalg.norm(sums, axis=1, keepdims=True)
        unit = np.divide(sums, lengths, out=np.zeros_like(sums), where=lengths > 0)
        return [r[0] for r in rows], unit.astype(np.float32)


def _members(conn: sqlite3.Connection, where: str, params: tuple, before_seq: int
             ) -> dict[str, list[Member]]:  # fmt: skip
    """The first ``LABEL_POOL`` members by story, in stream order (what the clusterer
    keeps of them); only those the profiles already include (``seq < before_seq``:
    during a repair, later ones are still to be applied)."""
    out: dict[str, list[Member]] = {}
    for row in conn.execute(
        "SELECT s.story_id, f.article_id, f.headline, f.titled, f.embedding, f.body_terms "
        "FROM (SELECT story_id, article_id, seq, "
        "      row_number() OVER (PARTITION BY story_id ORDER BY seq) AS n "
        f"     FROM story_articles s WHERE {where} AND s.seq < ?) s "
        "JOIN article_features f ON f.article_id = s.article_id "
        "WHERE s.n <= ? ORDER BY s.seq", (*params, before_seq, LABEL_POOL),
    ):  # fmt: skip
        out.setdefault(row["story_id"], []).append(_member(row))
    return out


def _member(row: sqlite3.Row) -> Member:
    embedding = np.frombuffer(row["embedding"], dtype="<f4").astype(np.float32)
    # Every member's terms are read, the core's used (the first core_members: the clusterer
    # applies its own cut, so a store read and a pass in memory compare alike).
    return Member(row["article_id"], row["headline"], bool(row["titled"]), embedding,
                  unpack(row["body_terms"]))  # fmt: skip


def cluster_to_row(c: Cluster) -> tuple:
    return (
        c.story_id, c.founder, c.count, np.asarray(c.emb_sum, dtype="<f8").tobytes(),
        pack(c.title, "<f8"), pack(c.body, "<f8"), pack(c.entities, "<f8"),
        json.dumps(c.names, ensure_ascii=False), c.t_first, c.t_last, c.last_seq, int(c.frozen),
        c.language,
    )  # fmt: skip


def cluster_from_row(row: Any) -> Cluster:
    return Cluster(
        story_id=row["story_id"], founder=row["founder"], count=row["count"],
        emb_sum=np.frombuffer(row["emb_sum"], dtype="<f8").astype(np.float64),
        title=unpack(row["title_terms"], "<f8"), body=unpack(row["body_terms"], "<f8"),
        entities=unpack(row["entity_terms"], "<f8"), names=json.loads(row["names"]),
        t_first=row["t_first"], t_last=row["t_last"], last_seq=row["last_seq"],
        frozen=bool(row["frozen"]), language=row["language"],
    )  # fmt: skip


# --- counters -------------------------------------------------------------------------


def read_meta(conn: sqlite3.Connection) -> dict[str, Any]:
    meta = {r[0]: json.loads(r[1]) for r in conn.execute("SELECT key, value FROM cluster_meta")}
    meta.setdefault("seq", 0)
    meta.setdefault("watermark", None)
    meta.setdefault("floor", 0)
    meta.setdefault("replacing", False)
    meta.setdefault("token", None)
    return meta


def _write_meta(conn: sqlite3.Connection, **values: Any) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO cluster_meta (key, value) VALUES (?, ?)",
        [(k, json.dumps(v)) for k, v in values.items()],
    )


class _transaction:
    """``BEGIN IMMEDIATE … COMMIT``, rolled back on any error (StoreError E202)."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store

    def __enter__(self) -> None:
        self.store.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        conn = self.store.conn
        if exc is None:
            conn.execute("COMMIT")
            return
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"{self.store.path}: write failed: {exc}", code="E202") from exc


# --- sessions -------------------------------------------------------------------------


def labels_of(clusters: Iterable[Cluster]) -> dict[str, StoryLabel]:
    return {c.story_id: StoryLabel(c.label(), c.key_entities(), c.frozen) for c in clusters}


def last_of(decisions: Sequence[Decision]) -> list[str] | None:
    """``[article, story]`` of the latest decision: the mark a later run checks."""
    return [decisions[-1].article_id, decisions[-1].story_id] if decisions else None


def memberships_of(decisions: Iterable[Decision]) -> list[Membership]:
    return [Membership(d.article_id, d.story_id, d.seq, d.duplicate_of, d.score)
            for d in decisions]  # fmt: skip


def save_state(store: SQLiteStore, clusters: Sequence[Cluster],
               signatures: Sequence[tuple[str, np.ndarray]], *, replace: bool = False,
               **meta: Any) -> str:  # fmt: skip
    """Write story profiles, LSH buckets and counters in one transaction.

    Returns:
        The new random ``token`` written with the counters: a session that finds
        another one in the store knows that another writer saved since its own save.
    """
    from newsprism.dedup import band_keys

    conn = store.conn
    with _transaction(store):
        if replace:
            conn.execute("DELETE FROM cluster_state")
            conn.execute("DELETE FROM lsh_buckets")
            conn.execute("DELETE FROM story_weeks")
        conn.executemany(
            "INSERT OR REPLACE INTO cluster_state (story_id, founder, count, emb_sum, "
            "title_terms, body_terms, entity_terms, names, t_first, t_last, last_seq, frozen, "
            "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [cluster_to_row(c) for c in clusters],
        )
        # Spans only grow, so the weeks a story touched stay valid; new ones are added.
        conn.executemany(
            "INSERT OR IGNORE INTO story_weeks (week, story_id) VALUES (?, ?)",
            [(week, c.story_id) for c in clusters if c.t_first is not None
             and c.t_last is not None for week in span_weeks(c.t_first, c.t_last)],
        )  # fmt: skip
        conn.executemany(
            "INSERT OR IGNORE INTO lsh_buckets (band, bucket, article_id) VALUES (?, ?, ?)",
            [(band, bucket, a) for a, sig in signatures for band, bucket in band_keys(sig)],
        )
        token = secrets.token_hex(8)
        _write_meta(conn, **meta, token=token)
    return token


def drift(conn: sqlite3.Connection, meta: dict[str, Any]) -> str:
    """How the saved profiles stand against the committed memberships.

    ``"none"``: in step. ``"behind"``: memberships newer than the profiles (a kill
    between the two commits of a save): apply them. ``"apart"``: the memberships are
    not the ones the profiles were built from (an interrupted ``recluster``, or another
    writer): rebuild the profiles from the memberships. The checks are index look-ups
    and two counts, so they cost next to nothing per run.
    """
    if meta["replacing"]:
        return "apart"
    top = conn.execute("SELECT max(seq) FROM story_articles").fetchone()[0]
    saved = meta["seq"] - 1 if meta["seq"] else None
    if top is None or saved is None:
        return "none" if top is None and saved is None and not _count(conn, "cluster_state") \
            else "apart"  # fmt: skip
    last = conn.execute(
        "SELECT article_id, story_id FROM story_articles WHERE seq = ? ORDER BY article_id "
        "LIMIT 1", (saved,),
    ).fetchone()  # fmt: skip
    if last is None or list(last) != meta.get("last"):
        return "apart"
    if top > saved:
        return "behind"
    if top < saved or _count(conn, "stories") != _count(conn, "cluster_state"):
        return "apart"
    return "none"


def _count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def needs_work(store: SQLiteStore) -> bool:
    """Whether an article waits for a story, or the profiles lag behind the memberships."""
    conn = store.conn
    meta = read_meta(conn)
    if drift(conn, meta) != "none":
        return True
    return conn.execute(
        "SELECT 1 FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
        "WHERE a.rowid > ? AND s.article_id IS NULL LIMIT 1", (meta["floor"],),
    ).fetchone() is not None  # fmt: skip


def end_replace(store: SQLiteStore) -> None:
    """Take off the mark that ``recluster`` puts on while it replaces every story."""
    with _transaction(store):
        _write_meta(store.conn, replacing=False)


class Session:
    """The clusterer over one store: live stories loaded, older state read on demand.

    Args:
        store: an open store.
        model: the model (by default the packaged one).
    """

    def __init__(self, store: SQLiteStore, model: ClusterModel | None = None) -> None:
        self.store = store
        self.model = model or load_model()
        self.idf = model_idf(self.model)
        if warning := self_copies_warning(store):
            log.warning("%s", warning)
        self._repair()
        self.clusterer = self._load()

    def _load(self) -> StreamClusterer:
        conn = self.store.conn
        meta = read_meta(conn)
        self.floor: int = meta["floor"]
        self.token: str | None = meta["token"]
        live = [cluster_from_row(r)
                for r in conn.execute("SELECT * FROM cluster_state WHERE frozen = 0")]  # fmt: skip
        members = _members(
            conn,
            "s.story_id IN (SELECT story_id FROM cluster_state WHERE frozen = 0)",
            (),
            meta["seq"],
        )
        for cluster in live:
            cluster.members = members.get(cluster.story_id, [])
        return StreamClusterer(self.model, self.idf, backing=StoreBacking(self.store), live=live,
                               seq=meta["seq"], watermark=meta["watermark"],
                               texts=store_texts(conn))  # fmt: skip

    # -- crash recovery ---------------------------------------------------------------

    def _repair(self) -> None:
        """Bring the profiles in line with the committed memberships (after a kill)."""
        conn = self.store.conn
        meta = read_meta(conn)
        state = drift(conn, meta)
        if state == "apart":
            log.warning("story profiles disagree with the memberships; rebuilding them")
            self._replay(from_seq=None, clusterer=StreamClusterer(self.model, self.idf),
                         replace=True)  # fmt: skip
        elif state == "behind":
            log.warning("applying the memberships a killed run left unapplied")
            self._replay(from_seq=meta["seq"], clusterer=self._load(), replace=False)

    def _replay(self, from_seq: int | None, clusterer: StreamClusterer, replace: bool) -> None:
        """Apply committed memberships (all, or from ``from_seq``) to the profiles, in order."""
        conn = self.store.conn
        rows = conn.execute(
            "SELECT article_id, story_id, seq, duplicate_of, score FROM story_articles "
            "WHERE seq >= ? ORDER BY seq, article_id", (from_seq or -(2**62),),
        ).fetchall()  # fmt: skip
        have = ensure_features(self.store, [r["article_id"] for r in rows], self.model.embedder)
        rowids = _rowids(conn, [r["article_id"] for r in rows])
        for row in rows:
            clusterer.seq = row["seq"]
            clusterer.apply(have[row["article_id"]], row["story_id"],
                            duplicate_of=row["duplicate_of"], score=row["score"])  # fmt: skip
        _, touched, signatures = clusterer.drain()
        floor = max([read_meta(conn)["floor"], *rowids.values()])
        last = [rows[-1]["article_id"], rows[-1]["story_id"]] if rows else None
        save_state(self.store, touched, signatures, replace=replace, seq=clusterer.seq,
                   watermark=clusterer.watermark, floor=floor, replacing=False,
                   last=last)  # fmt: skip

    # -- incremental ----------------------------------------------------------------

    def stale(self) -> bool:
        """Whether the store moved on since this session loaded or saved it: another
        writer's save (another token), or memberships the profiles do not match.
        Checked under the story lock before each step; a stale session is dropped."""
        meta = read_meta(self.store.conn)
        return meta["token"] != self.token or drift(self.store.conn, meta) != "none"

    def pending(self) -> list[str]:
        """Articles not in any story yet, above the saved floor, in stream order.

        Within what arrives together, the clusterer sees events in the order they
        happened (:func:`stream_sort`).
        """
        rows = self.store.conn.execute(
            "SELECT a.rowid, a.id, a.published_at "
            "FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
            "WHERE a.rowid > ? AND s.article_id IS NULL", (self.floor,),
        ).fetchall()  # fmt: skip
        return stream_sort(tuple(r) for r in rows)

    def assign_pending(self, on_progress: Progress | None = None) -> list[Decision]:
        """Assign every pending article to a story and save; returns the decisions."""
        ids = self.pending()
        if not ids:
            return []
        have = ensure_features(self.store, ids, self.model.embedder)
        kill_point("features-saved")
        for n, article_id in enumerate(ids, start=1):
            self.clusterer.add(have[article_id])
            if on_progress:
                on_progress(n, len(ids))
        rowids = _rowids(self.store.conn, ids)
        return self.save(floor=max(self.floor, *rowids.values()))

    def save(self, floor: int) -> list[Decision]:
        decisions, touched, signatures = self.clusterer.drain()
        save_memberships(self.store, memberships_of(decisions), labels_of(touched))
        kill_point("memberships-saved")
        self.token = save_state(
            self.store, touched, signatures, seq=self.clusterer.seq,
            watermark=self.clusterer.watermark, floor=floor, replacing=False,
            last=last_of(decisions) or read_meta(self.store.conn).get("last"),
        )  # fmt: skip
        self.clusterer.forget_saved()
        self.floor = floor
        return decisions


def _rowids(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        out.update((r[0], r[1]) for r in conn.execute(
            f"SELECT id, rowid FROM articles WHERE id IN ({marks})", chunk))  # fmt: skip
    return out
