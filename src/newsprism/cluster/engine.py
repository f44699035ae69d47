"""Running the clusterer over a store: after each ingest batch, or all over again.

``StoryAssigner`` is the ingest hook: after each committed batch it assigns the articles
that are in no story yet (the batch, plus anything a killed run left behind) and saves.

``recluster`` rebuilds every story from the store. The per-article features come first:
stored ones of the current version are reused (they are computed once per article);
the missing ones are computed by :func:`~newsprism.cluster.features.compute_features`,
either here (``engine="local"``) or in partitions on a Dask cluster (``engine="dask"``:
a ``LocalCluster`` by default, or the scheduler at an address). Then one sequential pass
in publication order assigns every article, and the result replaces all stories in one
transaction. The pass is the same code for both engines and the features are the same
pure function of the same articles, so both engines give the same stories.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsprism.cluster.faults import kill_point
from newsprism.cluster.features import FEATURES_VERSION, ArticleFeatures, compute_features
from newsprism.cluster.model import (
    ClusterModel,
    load_model,
    load_named_model,
    model_idf,
    storable,
    stories_model_name,
)
from newsprism.cluster.state import (
    FEATURE_CHUNK,
    Session,
    end_replace,
    labels_of,
    last_of,
    memberships_of,
    needs_work,
    save_state,
    store_texts,
    stored_features,
    stream_sort,
    write_features,
)
from newsprism.cluster.stream import StreamClusterer
from newsprism.errors import NewsprismError
from newsprism.store import Store

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
StepProgress = Callable[[str, int, int], None]  # (step, done, total)


class StoryAssigner:
    """The ingest hook: assign what is not in a story yet, after each committed batch.

    Each call holds the store's story lock (``Store.story_lock``), so one process
    at a time reads, decides and writes stories. The session (model, live stories) is
    opened on the first call that has work and kept for the rest of the run, unless
    another writer saved in between: then it is dropped and reopened from the store,
    inside the lock, so no decision is made from a state another process changed.
    """

    def __init__(self, store: Store, model: ClusterModel | None = None) -> None:
        # Checked now, not when the first article comes: a wrong model fails at once,
        # before any article of the run is stored.
        self.store = store
        self.model = storable(model or load_model(), store.story_model_context())
        self.session: Session | None = None
        self.assigned = 0

    def __call__(self) -> int:
        kill_point("story-step")
        with self.store.story_lock():
            kill_point("story-locked")
            if self.session is not None and self.session.stale():
                self.session = None  # another writer saved since: continue from its state
            if self.session is None:
                if not needs_work(self.store):
                    return 0  # nothing to assign, no model to load
                self.session = Session(self.store, self.model)
            decisions = self.session.assign_pending()
            if decisions:
                self.store.record_story_model(self.session.model.version, rebuilt=False,
                                              context=self.model.context_embedder)  # fmt: skip
        self.assigned += len(decisions)
        return len(decisions)


def cluster_pending(store: Store, model: ClusterModel | None = None) -> int:
    """Assign every article that is in no story yet; returns how many were assigned."""
    return StoryAssigner(store, model)()


def built_model(store: Store) -> ClusterModel:
    """The packaged model the store's stories were built with (``--stories-model``), the
    default one for a store without stories: what a caller with no option of its own (a
    web upload) adds stories with."""
    return load_named_model(stories_model_name(store.story_model_context() or ""))


@dataclass
class ReclusterReport:
    """What a ``recluster`` did."""

    engine: str
    articles: int
    stories: int
    duplicates: int
    features_computed: int
    workers: int | None = None
    self_copies: int = 0  # corrupt memberships found before, and so repaired

    def as_dict(self) -> dict:
        return {"engine": self.engine, "articles": self.articles, "stories": self.stories,
                "duplicates": self.duplicates, "features_computed": self.features_computed,
                "workers": self.workers,
                "self_copies_repaired": self.self_copies}  # fmt: skip


def stream_order(store: Store) -> tuple[list[str], int]:
    """All article ids in stream order (``state.stream_sort``), and the highest rowid."""
    rows = store.stream_rows()
    return stream_sort(rows), max((r[0] for r in rows), default=0)


def recluster(
    store: Store,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    processes: bool = True,
    refeature: bool = False,
    model: ClusterModel | None = None,
    on_progress: StepProgress | None = None,
) -> ReclusterReport:
    """Rebuild every story in the store from scratch.

    Args:
        store: an open store.
        engine: ``"local"`` or ``"dask"`` (features in parallel partitions).
        scheduler: a Dask scheduler address (``tcp://host:8786``); None starts a
            ``LocalCluster`` of ``workers`` workers with one thread each.
        workers, processes: LocalCluster workers, as processes (True) or threads.
        refeature: recompute every article's features, not only missing or outdated ones.
        model: the model (default: packaged), recorded by the store; with a context
            embedder (``--stories-model minilm``) missing context vectors are computed.
        on_progress: called with (step, done, total) for "features" and "stories".

    Returns:
        Counts of articles, stories and near-copies, and of features computed.

    Raises:
        NewsprismError: E430 for an unknown engine, E431 when the Dask cluster fails.
    """
    if engine not in ENGINES:
        raise NewsprismError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}",
                             code="E430")  # fmt: skip
    model = model or load_model()
    spec = (model.embedder, model.context_embedder)
    ids, _ = stream_order(store)
    missing = ids if refeature or _other_context(store, spec[1]) else \
        _missing_features(store, ids, spec[1])  # fmt: skip
    step = (lambda d, t: on_progress("features", d, t)) if on_progress else None
    if engine == "local":
        _local_features(store, missing, spec, step)
    else:
        _dask_features(store, missing, spec, scheduler, workers, processes, step)
    with store.story_lock():
        # The pass and the replacement hold the story lock, so no ingest assigns stories
        # meanwhile; articles committed since the features step are in the pass too.
        ids, top_rowid = stream_order(store)
        late = _missing_features(store, ids, spec[1])
        _local_features(store, late, spec, None)
        corrupt = store.self_copies()
        if corrupt:
            log.warning("warning %s: %d stored articles were marked as near-copies of "
                        "themselves; rebuilt [E211]", store.location, corrupt)  # fmt: skip
        articles, stories, duplicates = _replace_stories(store, model, ids, top_rowid,
                                                         on_progress)  # fmt: skip
    return ReclusterReport(
        engine=engine, articles=articles, stories=stories, duplicates=duplicates,
        features_computed=len(missing) + len(late),
        workers=None if engine == "local" else workers, self_copies=corrupt,
    )  # fmt: skip


def _replace_stories(store: Store, model: ClusterModel, ids: Sequence[str],
                     top_rowid: int, on_progress: StepProgress | None
                     ) -> tuple[int, int, int]:  # fmt: skip
    """One pass over ``ids`` (stream order, features stored), then every story replaced;
    returns the numbers of articles, stories and near-copies."""
    clusterer = StreamClusterer(model, model_idf(model), texts=store_texts(store),
                                features=lambda chosen: stored_features(store, chosen))
    for start in range(0, len(ids), FEATURE_CHUNK):
        chunk = ids[start : start + FEATURE_CHUNK]
        have = stored_features(store, chunk)
        for article_id in chunk:
            clusterer.add(have[article_id])
        if on_progress:
            on_progress("stories", min(start + FEATURE_CHUNK, len(ids)), len(ids))
    decisions, clusters, signatures = clusterer.drain()
    # The mark goes in with the new profiles and comes off once the memberships are in:
    # a kill in between is seen by the next session, which rebuilds the profiles.
    save_state(store, clusters, signatures, replace=True, seq=clusterer.seq,
               watermark=clusterer.watermark, floor=top_rowid, replacing=True,
               last=last_of(decisions))  # fmt: skip
    store.save_memberships(memberships_of(decisions), labels_of(clusters), replace_all=True)
    end_replace(store)
    store.record_story_model(model.version, rebuilt=True, context=model.context_embedder)
    return len(decisions), len(clusters), sum(d.duplicate_of is not None for d in decisions)


def _other_context(store: Store, context: str) -> bool:
    """Whether the stored context vectors may be another embedder's than ``context``:
    the stories were built with another (or none, which leaves earlier vectors in place).
    A stored vector does not say which cut made it (``minilm-onnx`` reads 256 word
    pieces, ``minilm-onnx/lead64`` 64), so switching recomputes them all."""
    built_with = store.story_model_context()
    return bool(context) and built_with is not None and built_with != context


def _missing_features(store: Store, ids: Sequence[str], context: str) -> list[str]:
    """``ids`` without stored features of this version (or, for a model with a context
    embedder, without a context vector: a store built with the packaged model)."""
    have = store.featured_ids(FEATURES_VERSION, with_context=bool(context))
    return [i for i in ids if i not in have]


def _chunks(ids: Sequence[str]) -> list[list[str]]:
    return [list(ids[i : i + FEATURE_CHUNK]) for i in range(0, len(ids), FEATURE_CHUNK)]


def _local_features(store: Store, ids: Sequence[str], spec: tuple[str, str],
                    on_progress: Callable[[int, int], None] | None) -> None:  # fmt: skip
    """Features of ``ids`` computed here; ``spec``: the model's embedder and context one."""
    done = 0
    for chunk in _chunks(ids):
        write_features(store, compute_features(store.light_articles(chunk), *spec))
        done += len(chunk)
        if on_progress:
            on_progress(done, len(ids))


def _dask_features(store: Store, ids: Sequence[str], spec: tuple[str, str], scheduler: str | None,
                   workers: int, processes: bool,
                   on_progress: Callable[[int, int], None] | None) -> None:  # fmt: skip
    """Features of ``ids`` computed in partitions on a Dask cluster, written here.

    The store never leaves this process: partitions of articles (without their raw
    input) go to the workers and features come back, so a remote cluster needs no access
    to the store. At most two partitions per worker are in flight, which bounds the
    memory on both sides.
    """
    if not ids:
        return
    from dask.distributed import as_completed

    from newsprism.cleaning_pool import dask_client

    with dask_client(scheduler, workers, processes=processes,
                     what="recluster --engine dask") as client:  # fmt: skip
        chunks = iter(_chunks(ids))
        in_flight = as_completed()

        def submit() -> bool:
            chunk = next(chunks, None)
            if chunk is None:
                return False
            in_flight.add(client.submit(compute_features, store.light_articles(chunk),
                                        *spec, pure=False))  # fmt: skip
            return True

        for _ in range(2 * max(1, workers)):
            if not submit():
                break
        done = 0
        for future in in_flight:
            result: list[ArticleFeatures] = future.result()
            write_features(store, result)
            done += len(result)
            if on_progress:
                on_progress(done, len(ids))
            submit()
