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

Every story step runs under the store's story lock (``Store.story_lock``): one
process at a time reads this state, decides and writes it back. A session that finds
that another writer saved since its own save (``stale``) is dropped and reopened.

The SQL is the store's (``newsprism.store.clusterer``): this module turns its rows into
the clusterer's objects and back.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from newsprism.cluster import features as feats
from newsprism.cluster.faults import kill_point
from newsprism.cluster.features import ArticleFeatures, BandKeys, compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf, storable
from newsprism.cluster.stream import (
    LABEL_POOL,
    Cluster,
    Decision,
    Member,
    MemberRef,
    StreamClusterer,
    span_weeks,
    week_of,
)
from newsprism.cluster.terms import pack, unpack
from newsprism.dedup import MAX_BUCKET
from newsprism.models import Article
from newsprism.store import Store
from newsprism.store.stories import Membership, StoryLabel

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
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


def light_articles(store: Store, ids: Sequence[str]) -> list[Article]:
    """The fields of ``ids`` that features read (no raw input, no removed lines), in order."""
    return store.light_articles(ids)


class StoredTexts:
    """Title + lead of stored articles by id, for the cross-language path: read only when
    a story crosses languages (``cluster.crosslang``). It also keeps that path's
    multilingual vectors in the store (``cluster.crosslang.VectorCache``; the table
    ``cross_vectors``), so that the next session does not embed them again."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __call__(self, ids: Sequence[str]) -> dict[str, str]:
        from newsprism.cluster.crosslang import cross_text

        return {a.id: cross_text(a) for a in self.store.light_articles(ids, present_only=True)}

    def load_vectors(self, ids: Sequence[str], version: str) -> dict[str, np.ndarray]:
        """Stored float32 vectors of ``ids`` written by ``version`` (others absent)."""
        return {a: np.frombuffer(blob, dtype="<f4").astype(np.float32)
                for a, blob in self.store.cross_vectors(ids, version).items()}  # fmt: skip

    def save_vectors(self, vectors: Mapping[str, np.ndarray], version: str) -> None:
        """Keep ``vectors`` (as little-endian float32) for the stored articles among them."""
        self.store.save_cross_vectors(
            {a: np.asarray(v, dtype="<f4").tobytes() for a, v in vectors.items()}, version)


def store_texts(store: Store) -> StoredTexts:
    """The :class:`StoredTexts` of a store."""
    return StoredTexts(store)


def stored_features(store: Store, ids: Sequence[str], *,
                    with_context: bool = False) -> dict[str, ArticleFeatures]:  # fmt: skip
    """Stored features of the current version for ``ids`` (missing ids are absent;
    ``with_context``: rows without a context vector count as missing too)."""
    rows = store.feature_rows(ids, feats.FEATURES_VERSION)
    found = (feats.from_row(row) for row in rows)
    return {f.article_id: f for f in found if f.context is not None or not with_context}


def write_features(store: Store, items: Iterable[ArticleFeatures]) -> None:
    """Insert or replace feature rows in one transaction."""
    store.write_feature_rows([feats.to_row(f) for f in items], feats.ROW_COLUMNS)


def ensure_features(store: Store, ids: Sequence[str], embedder: str,
                    on_progress: Progress | None = None,
                    context: str = "") -> dict[str, ArticleFeatures]:  # fmt: skip
    """Features of ``ids``: read when stored, else computed (in chunks) and stored.

    With a ``context`` embedder, a stored row without a context vector is computed again.
    Computed features are returned as they read back (``features.stored_form``), so a
    decision is the same whether its features were just computed or read."""
    have = stored_features(store, ids, with_context=bool(context))
    missing = [i for i in ids if i not in have]
    for start in range(0, len(missing), FEATURE_CHUNK):
        chunk = missing[start : start + FEATURE_CHUNK]
        computed = compute_features(store.light_articles(chunk), embedder, context)
        write_features(store, computed)
        have.update((f.article_id, feats.stored_form(f)) for f in computed)
        if on_progress:
            on_progress(min(start + FEATURE_CHUNK, len(missing)), len(missing))
    return have


# --- reading older state ---------------------------------------------------------------


class StoreBacking:
    """What a session reads from the store on demand (see ``stream.Backing``)."""

    def __init__(self, store: Store, *, core_members: int = LABEL_POOL,
                 with_log: bool = True) -> None:  # fmt: skip
        """``core_members``: how many first members' body terms the model reads (the
        rest are not unpacked: 0.43 of 0.94 s per 400 joins at 100 000 articles, measured);
        ``with_log``: whether a story's member log is read (only the split step uses it)."""
        self.store = store
        self.core_members = core_members
        self.with_log = with_log

    def buckets(self, keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[str]]:
        return self.store.buckets_members(keys, MAX_BUCKET)  # one statement for all bands

    def signature(self, article_id: str) -> np.ndarray | None:
        found = self.store.minhash_of(article_id)
        return None if found is None else np.frombuffer(found, dtype="<u4").astype(np.uint32)

    def membership(self, article_id: str) -> tuple[str, str | None] | None:
        return self.store.membership_of(article_id)

    def load_cluster(self, story_id: str, before_seq: int) -> Cluster | None:
        cluster = self.load_profile(story_id)
        if cluster is not None:
            rows = self.store.first_members(story_id, before_seq, LABEL_POOL)
            cluster.members = [_member(row, n < self.core_members) for n, row in enumerate(rows)]
            if self.with_log:
                cluster.log = [_ref(r) for r in self.store.member_refs(story_id, before_seq)]
        return cluster

    def features(self, ids: Sequence[str]) -> dict[str, ArticleFeatures]:
        """The stored features of ``ids`` (the split step reads a story's members)."""
        return stored_features(self.store, ids)

    def load_profile(self, story_id: str) -> Cluster | None:
        row = self.store.profile_row(story_id)
        return None if row is None else cluster_from_row(row)

    def frozen_between(self, start: float, end: float) -> tuple[list[str], np.ndarray]:
        """Ids and unit centroids (rows) of the stored frozen stories whose span meets
        ``[start, end]``, read through ``story_weeks``."""
        rows = self.store.frozen_rows_between(week_of(start), week_of(end), start, end)
        if not rows:
            return [], np.zeros((0, 0), dtype=np.float32)
        sums = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f8").reshape(len(rows), -1)
        lengths = np.linalg.norm(sums, axis=1, keepdims=True)
        unit = np.divide(sums, lengths, out=np.zeros_like(sums), where=lengths > 0)
        return [r[0] for r in rows], unit.astype(np.float32)


def _live_members(store: Store, before_seq: int,
                  core_members: int) -> dict[str, list[Member]]:  # fmt: skip
    """The first ``LABEL_POOL`` members of each live story, in stream order (what the
    clusterer keeps of them); only those the profiles already include."""
    out: dict[str, list[Member]] = {}
    for row in store.live_members(before_seq, LABEL_POOL):
        members = out.setdefault(row["story_id"], [])
        members.append(_member(row, len(members) < core_members))
    return out


def _ref(row: Any) -> MemberRef:
    return MemberRef(row["seq"], row["article_id"], row["duplicate_of"], row["score"])


def _member(row: Any, core: bool) -> Member:
    """A member as the clusterer keeps it: body terms only for the story's core (the
    first ``core_members``), as ``Cluster.absorb`` keeps them in a pass in memory; its
    lead's weekdays (NULL in a row from before migration 014: none)."""
    embedding = np.frombuffer(row["embedding"], dtype="<f4").astype(np.float32)
    return Member(row["article_id"], row["headline"], bool(row["titled"]), embedding,
                  unpack(row["body_terms"]) if core else {},
                  row["lead_weekdays"] or 0)  # fmt: skip


def cluster_to_row(c: Cluster) -> tuple:
    return (
        c.story_id, c.founder, c.count, np.asarray(c.emb_sum, dtype="<f8").tobytes(),
        pack(c.title, "<f8"), pack(c.body, "<f8"), pack(c.entities, "<f8"),
        json.dumps(c.names, ensure_ascii=False), c.t_first, c.t_last, c.last_seq, int(c.frozen),
        c.language, None if c.ctx_sum is None else np.asarray(c.ctx_sum, dtype="<f8").tobytes(),
    )  # fmt: skip


def cluster_from_row(row: Any) -> Cluster:
    return Cluster(
        story_id=row["story_id"], founder=row["founder"], count=row["count"],
        emb_sum=np.frombuffer(row["emb_sum"], dtype="<f8").astype(np.float64),
        title=unpack(row["title_terms"], "<f8"), body=unpack(row["body_terms"], "<f8"),
        entities=unpack(row["entity_terms"], "<f8"), names=json.loads(row["names"]),
        t_first=row["t_first"], t_last=row["t_last"], last_seq=row["last_seq"],
        frozen=bool(row["frozen"]), language=row["language"],
        ctx_sum=None if row["ctx_sum"] is None
        else np.frombuffer(row["ctx_sum"], dtype="<f8").astype(np.float64),
    )  # fmt: skip


# --- counters -------------------------------------------------------------------------


def read_meta(store: Store) -> dict[str, Any]:
    """The clusterer's counters: seq, watermark, floor, replacing, token, last."""
    return store.cluster_meta()


# --- sessions -------------------------------------------------------------------------


def labels_of(clusters: Iterable[Cluster]) -> dict[str, StoryLabel]:
    return {c.story_id: StoryLabel(c.label(), c.key_entities(), c.frozen) for c in clusters}


def last_of(decisions: Sequence[Decision]) -> list[str] | None:
    """``[article, story]`` of the latest decision: the mark a later run checks."""
    return [decisions[-1].article_id, decisions[-1].story_id] if decisions else None


def memberships_of(decisions: Iterable[Decision]) -> list[Membership]:
    return [Membership(d.article_id, d.story_id, d.seq, d.duplicate_of, d.score)
            for d in decisions]  # fmt: skip


def save_state(store: Store, clusters: Sequence[Cluster],
               signatures: Sequence[BandKeys], *, replace: bool = False,
               removed: Iterable[str] = (), **meta: Any) -> str:  # fmt: skip
    """Write story profiles, LSH buckets and counters in one transaction.

    Returns:
        The new random ``token`` written with the counters: a session that finds
        another one in the store knows that another writer saved since its own save.
    """
    token = secrets.token_hex(8)
    store.save_cluster_state(
        [cluster_to_row(c) for c in clusters],
        # Spans only grow, so the weeks a story touched stay valid; new ones are added.
        [(week, c.story_id) for c in clusters if c.t_first is not None
         and c.t_last is not None for week in span_weeks(c.t_first, c.t_last)],
        [(band, bucket, a) for a, keys in signatures for band, bucket in keys],
        {**meta, "token": token}, replace=replace, removed=removed,
    )  # fmt: skip
    return token


def drift(store: Store, meta: dict[str, Any]) -> str:
    """How the saved profiles stand against the committed memberships.

    ``"none"``: in step. ``"behind"``: memberships newer than the profiles (a kill
    between the two commits of a save): apply them. ``"apart"``: the memberships are
    not the ones the profiles were built from (an interrupted ``recluster``, or another
    writer): rebuild the profiles from the memberships. The checks are index look-ups
    and two counts, so they cost next to nothing per run.
    """
    if meta["replacing"]:
        return "apart"
    top = store.max_seq()
    saved = meta["seq"] - 1 if meta["seq"] else None
    if top is None or saved is None:
        return "none" if top is None and saved is None and not store.count_profiles() \
            else "apart"  # fmt: skip
    last = store.membership_at(saved)
    if last is None or last != meta.get("last"):
        return "apart"
    if top > saved:
        return "behind"
    if top < saved or store.count_stories() != store.count_profiles():
        return "apart"
    return "none"


def needs_work(store: Store) -> bool:
    """Whether an article waits for a story, or the profiles lag behind the memberships."""
    meta = read_meta(store)
    if drift(store, meta) != "none":
        return True
    return bool(store.unclustered_above(meta["floor"], first_only=True))


def end_replace(store: Store) -> None:
    """Take off the mark that ``recluster`` puts on while it replaces every story."""
    store.write_cluster_meta(replacing=False)


class Session:
    """The clusterer over one store: live stories loaded, older state read on demand.

    Args:
        store: an open store.
        model: the model (by default the packaged one).
    """

    def __init__(self, store: Store, model: ClusterModel | None = None) -> None:
        self.store = store
        self.model = storable(model or load_model(), store.story_model_context())
        self.idf = model_idf(self.model)
        if warning := store.self_copies_warning():
            log.warning("%s", warning)
        self._repair()
        self.clusterer = self._load()

    def _load(self) -> StreamClusterer:
        meta = read_meta(self.store)
        self.floor: int = meta["floor"]
        self.token: str | None = meta["token"]
        self.saved_seq: int = meta["seq"]
        live = [cluster_from_row(r) for r in self.store.live_profile_rows()]
        core = self.model.core_members
        with_log = self.model.split_scale > 0 or self.model.merge_scale > 0
        members = _live_members(self.store, meta["seq"], core)
        logs: dict[str, list[MemberRef]] = {}
        for row in self.store.member_refs(None, meta["seq"]) if with_log else ():
            logs.setdefault(row["story_id"], []).append(_ref(row))
        for cluster in live:
            cluster.members = members.get(cluster.story_id, [])
            cluster.log = logs.get(cluster.story_id, [])
        backing = StoreBacking(self.store, core_members=core, with_log=with_log)
        return StreamClusterer(self.model, self.idf, backing=backing, live=live,
                               seq=meta["seq"], watermark=meta["watermark"],
                               texts=store_texts(self.store),
                               features=backing.features)  # fmt: skip

    # -- crash recovery ---------------------------------------------------------------

    def _repair(self) -> None:
        """Bring the profiles in line with the committed memberships (after a kill)."""
        meta = read_meta(self.store)
        state = drift(self.store, meta)
        if state == "apart":
            log.warning("story profiles disagree with the memberships; rebuilding them")
            fresh = StreamClusterer(self.model, self.idf,
                                    features=StoreBacking(self.store).features)
            self._replay(from_seq=None, clusterer=fresh, replace=True)
        elif state == "behind":
            log.warning("applying the memberships a killed run left unapplied")
            self._replay(from_seq=meta["seq"], clusterer=self._load(), replace=False)

    def _replay(self, from_seq: int | None, clusterer: StreamClusterer, replace: bool) -> None:
        """Apply committed memberships (all, or from ``from_seq``) to the profiles, in order."""
        rows = self.store.memberships_from(from_seq or None)
        have = ensure_features(self.store, [r["article_id"] for r in rows], self.model.embedder,
                               context=self.model.context_embedder)  # fmt: skip
        rowids = self.store.rowids([r["article_id"] for r in rows])
        for row in rows:
            clusterer.seq = row["seq"]
            clusterer.apply(have[row["article_id"]], row["story_id"],
                            duplicate_of=row["duplicate_of"], score=row["score"])  # fmt: skip
        _, touched, signatures = clusterer.drain()
        floor = max([read_meta(self.store)["floor"], *rowids.values()])
        last = [rows[-1]["article_id"], rows[-1]["story_id"]] if rows else None
        save_state(self.store, touched, signatures, replace=replace, seq=clusterer.seq,
                   watermark=clusterer.watermark, floor=floor, replacing=False,
                   last=last)  # fmt: skip

    # -- incremental ----------------------------------------------------------------

    def stale(self) -> bool:
        """Whether the store moved on since this session loaded or saved it: another
        writer's save (another token), or memberships the profiles do not match.
        Checked under the story lock before each step; a stale session is dropped."""
        meta = read_meta(self.store)
        return meta["token"] != self.token or drift(self.store, meta) != "none"

    def pending(self) -> list[str]:
        """Articles not in any story yet, above the saved floor, in stream order.

        Within what arrives together, the clusterer sees events in the order they
        happened (:func:`stream_sort`).
        """
        return stream_sort(self.store.unclustered_above(self.floor))

    def assign_pending(self, on_progress: Progress | None = None) -> list[Decision]:
        """Assign every pending article to a story and save; returns the decisions."""
        ids = self.pending()
        if not ids:
            return []
        have = ensure_features(self.store, ids, self.model.embedder,
                               context=self.model.context_embedder)
        kill_point("features-saved")
        for n, article_id in enumerate(ids, start=1):
            self.clusterer.add(have[article_id])
            if on_progress:
                on_progress(n, len(ids))
        rowids = self.store.rowids(ids)
        pending = set(ids)
        return [d for d in self.save(floor=max(self.floor, *rowids.values()))
                if d.article_id in pending]  # fmt: skip

    def save(self, floor: int) -> list[Decision]:
        """Write what changed since the last save: memberships (one transaction), then
        profiles and counters (another). Returns the decisions written, moved ones too.

        A split that moved members an earlier save stored rewrites their memberships;
        the profiles saved before no longer match them, so the store is marked first
        (``replacing``, as ``recluster`` marks it): a kill before the profiles are saved
        makes the next session rebuild them from the memberships (exact, since a
        profile is its members replayed in stream order, ``cluster.split``)."""
        decisions, touched, signatures = self.clusterer.drain()
        removed = self.clusterer.take_removed()
        rewrites = any(d.seq < self.saved_seq for d in decisions)
        if rewrites:
            self.store.write_cluster_meta(replacing=True)
            kill_point("split-marked")
        self.store.save_memberships(memberships_of(decisions), labels_of(touched))
        kill_point("memberships-saved")
        if rewrites:
            kill_point("split-memberships-saved")
        self.token = save_state(
            self.store, touched, signatures, removed=removed, seq=self.clusterer.seq,
            watermark=self.clusterer.watermark, floor=floor, replacing=False,
            last=last_of(decisions) or read_meta(self.store).get("last"),
        )  # fmt: skip
        self.clusterer.forget_saved()
        self.floor, self.saved_seq = floor, self.clusterer.seq
        return decisions

