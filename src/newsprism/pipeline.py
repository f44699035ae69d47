"""Stage order over a stream: ingest -> clean -> store -> stories, in committed batches.

A bad item never stops the batch: its failure is reported through ``on_failure`` and
recorded in the store, and the run goes on. Already-stored content is recognised by
its hash before any cleaning, so a re-run after a crash only does the remaining work.
After each committed batch, the articles that are in no story yet join one
(``newsprism.cluster``); a re-run finds none, so it changes no story.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.clean import CleanOptions
from newsprism.cleaning_pool import CleanPool, InlinePool, Pending, clean_one, internal_failure
from newsprism.display import display_path
from newsprism.ingest import IngestOptions, Item, discover_files, read_path
from newsprism.models import Article, IngestFailure, RawDocument, SkippedItem
from newsprism.store import Store

if TYPE_CHECKING:
    from newsprism.cluster.model import ClusterModel

ProgressHook = Callable[[int, int], None]  # (files done, files in all)
FailureHook = Callable[[IngestFailure], None]
CommitHook = Callable[["IngestReport"], None]  # after each committed batch
# A batch is also committed once its items hold this many characters: 200 items near
# the 16 MB size limit would otherwise be held at once, raw and cleaned (the hostile
# corpus of docs/benchmarks.md peaked at 974 MB that way, with 2 such items and 6 long
# lines in one batch). At the default limit, an item near it fills a batch alone; one
# item still costs what its own size costs.
BATCH_CHARS = 16 * 1024 * 1024


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)  # ids of new articles
    already_stored: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    files: int = 0
    clustered: int = 0  # articles assigned to a story during this run
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> items not articles
    workers: int = 1

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "added": len(self.added),
            "already_stored": self.already_stored,
            "failed": len(self.failures),
            "failures": [
                {"location": f.location, "code": f.code, "reason": f.reason} for f in self.failures
            ],
            "skipped": sum(self.skipped.values()),
            "skipped_reasons": dict(sorted(self.skipped.items())),
            "workers": self.workers,
        }


def _read_safely(path: Path, options: IngestOptions) -> Iterator[Item]:
    """``read_path``, where a reader bug (an exception it did not turn into a failure) is
    E199 for that file: the items read before it stay, and the next file is read."""
    try:
        yield from read_path(path, options)
    except Exception as exc:
        yield internal_failure("reading", display_path(path), exc)


@dataclass
class _Batch:
    """One batch between its hash check and its commit: what goes to the store, in order.

    ``slots`` keeps the input order of the items to store: an int is the index of a
    result of ``pending``; a RawDocument is an item whose content was in a batch still
    in flight when this one was checked (decided at commit, as one process would have).
    """

    raws: list[RawDocument]
    failures: list[IngestFailure]
    slots: list[int | tuple[RawDocument, str]]
    pending: Pending
    digests: set[str]


class _Batcher:
    """Collects items, has each batch cleaned by the pool, and commits the batches in
    the order they were read, one transaction each. With a pool of workers, up to
    ``depth`` batches are cleaned while this process reads and commits."""

    def __init__(self, store: Store, report: IngestReport, options: CleanOptions, size: int,
                 on_failure: FailureHook | None, after_commit: Callable[[], int] | None = None,
                 pool: CleanPool | None = None, on_commit: CommitHook | None = None,
                 model: ClusterModel | None = None) -> None:  # fmt: skip
        self.store, self.report, self.options, self.size = store, report, options, size
        self.on_failure, self.after_commit, self.on_commit = on_failure, after_commit, on_commit
        self.pool = pool or InlinePool()
        self.depth = 0 if isinstance(self.pool, InlinePool) else 1
        # With workers, they also compute the story features (the story step would read
        # the same pure function of the same article; here it is off the writer's core).
        # (``model``: the clusterer model, None for the packaged one.)
        spec = _feature_spec(model) if after_commit and self.depth else None
        self.embedder, self.context = spec or (None, "")
        self.queue: deque[_Batch] = deque()
        self.in_flight: set[str] = set()  # digests of items cleaned but not committed yet
        self.raws: list[RawDocument] = []
        self.failures: list[IngestFailure] = []
        self.chars = 0  # characters of content in self.raws

    def fail(self, failure: IngestFailure) -> None:
        """A failure to record with the next batch, and to report now."""
        self.failures.append(failure)
        self.tell(failure)

    def tell(self, failure: IngestFailure) -> None:
        """Report a failure (the store records the ones it finds itself)."""
        self.report.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)

    def add(self, item: Item) -> None:
        if isinstance(item, SkippedItem):
            self.report.skipped[item.reason] += 1
            return
        if isinstance(item, IngestFailure):
            self.fail(item)
        else:
            self.raws.append(item)
            self.chars += len(item.content)
        if len(self.raws) + len(self.failures) >= self.size or self.chars >= BATCH_CHARS:
            self.flush()

    def _hashed(self, raws: list[RawDocument]) -> list[tuple[RawDocument, str]]:
        """Each item with its content hash; an item that cannot be hashed fails alone."""
        hashed = []
        for raw in raws:
            try:
                hashed.append((raw, raw.content_hash))
            except Exception as exc:
                self.fail(internal_failure("hashing", raw.location, exc))
        return hashed

    def flush(self) -> None:
        """Close the current batch: check its hashes, send it to be cleaned, and commit
        the batches that are over the pool's depth."""
        raws, self.raws = self.raws, []
        self.chars = 0
        hashed = self._hashed(raws)
        known = self.store.known_hashes(digest for _, digest in hashed)
        to_clean: list[RawDocument] = []
        slots: list[int | tuple[RawDocument, str]] = []
        seen: set[str] = set()
        for raw, digest in hashed:
            if digest in known or digest in seen:
                self.report.already_stored += 1
            elif digest in self.in_flight:
                slots.append((raw, digest))
            else:
                seen.add(digest)
                slots.append(len(to_clean))
                to_clean.append(raw)
        failures, self.failures = self.failures, []
        self.in_flight |= seen
        pending = self.pool.submit(to_clean, self.options, self.embedder, self.context)
        self.queue.append(_Batch(raws, failures, slots, pending, seen))
        while len(self.queue) > self.depth:
            self._commit(self.queue.popleft())

    def drain(self) -> None:
        """Close the last batch and commit every batch still in flight."""
        self.flush()
        while self.queue:
            self._commit(self.queue.popleft())

    def _articles(self, batch: _Batch) -> list[Article]:
        """The batch's articles in input order; its cleaning failures are told."""
        results = batch.pending.result()
        late = [slot for slot in batch.slots if isinstance(slot, tuple)]
        known = self.store.known_hashes(digest for _, digest in late) if late else set()
        articles: list[Article] = []
        for slot in batch.slots:
            if isinstance(slot, tuple):  # committed by an earlier batch, or failed there
                raw, digest = slot
                if digest in known:
                    self.report.already_stored += 1
                    continue
                known.add(digest)
                result = clean_one(raw, self.options)
            else:
                result = results[slot]
            if isinstance(result, IngestFailure):
                batch.failures.append(result)
                self.tell(result)
            else:
                articles.append(result)
        return articles

    def _commit(self, batch: _Batch) -> None:
        articles = self._articles(batch)
        failures = batch.failures
        if articles or failures:
            rejected: list[IngestFailure] = []
            added = self.store.add_batch(articles, failures, on_rejected=rejected.append)
            for failure in rejected:  # rows the store refused: recorded there, told here
                self.tell(failure)
            refused = {f.location for f in rejected}
            stored = [a for a in articles if a.location not in refused]
            self.report.already_stored += len(stored) - added
            self.report.added.extend(a.id for a in stored[:added])
            _store_features(self.store, batch.pending.features, {a.id for a in stored})
        self.in_flight -= batch.digests
        # Every item that is now in the store, new or not, has no failure any more
        # (a re-run after a fixed file, or after a kill between the two writes).
        failed = {f.location for f in failures}
        raws = batch.raws
        succeeded = {r.location for r in raws} | {r.source_path for r in raws}
        succeeded -= failed | {f.location for f in self.report.failures}
        if succeeded:
            self.store.forget_failures(sorted(succeeded))
        if self.after_commit and articles:
            self.report.clustered += self.after_commit()
        if self.on_commit:
            self.on_commit(self.report)


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    ingest_options: IngestOptions | None = None,
    clean_options: CleanOptions | None = None,
    batch_size: int = 200,
    on_progress: ProgressHook | None = None,
    on_failure: FailureHook | None = None,
    cluster: bool = True,
    pool: CleanPool | None = None,
    on_commit: CommitHook | None = None,
    model: ClusterModel | None = None,
) -> IngestReport:
    """Ingest files and folders into the store, and assign new articles to stories.

    Args:
        paths: files or folders (recursive).
        store: an open store.
        ingest_options: overrides (outlet, url, language) and size limit.
        clean_options: options of the clean stage.
        batch_size: items per transaction; a kill loses at most the batches not yet
            committed (one, or two with a pool of workers).
        on_progress: called after each file with (done, total).
        on_failure: called for each bad item as it is found.
        cluster: assign each committed batch's articles to stories (and, at the end,
            any article a killed run left outside every story).
        pool: where to clean (``cleaning_pool.open_pool``); by default this process.
            Whatever the pool, the same articles are stored, in the same order.
        on_commit: called with the report after each committed batch (progress).
        model: the clusterer model (``--stories-model``; default: packaged); E422 before
            anything is stored if another context embedder built the store's stories.

    Returns:
        The report: ids added, count already stored, items skipped, every failure.
    """
    ingest_options = ingest_options or IngestOptions()
    report = IngestReport(workers=pool.workers if pool else 1)
    assign = _story_assigner(store, model) if cluster else None
    if assign:
        # Resume first: what a killed run committed without its story step is assigned
        # on its own, as that run would have, not sorted in with the next batch.
        report.clustered += assign()
    batcher = _Batcher(store, report, clean_options or CleanOptions(), batch_size, on_failure,
                       assign, pool, on_commit, model)  # fmt: skip
    entries = list(discover_files(paths))
    total = len(entries)
    for done, entry in enumerate(entries, start=1):
        if isinstance(entry, IngestFailure):
            batcher.add(entry)
        else:
            report.files += 1
            for item in _read_safely(entry, ingest_options):
                batcher.add(item)
        if on_progress:
            on_progress(done, total)
    batcher.drain()
    if assign:
        report.clustered += assign()
    return report


def _feature_spec(model: ClusterModel | None) -> tuple[str, str]:
    """The embedder and context embedder the workers compute story features with."""
    from newsprism.cluster.model import load_model

    model = model or load_model()
    return model.embedder, model.context_embedder


def _store_features(store: Store, features: list, ids: set[str]) -> None:
    """The story features the workers computed, for the articles now in the store."""
    if features:
        from newsprism.cluster.state import write_features

        write_features(store, [f for f in features if f.article_id in ids])  # type: ignore[arg-type]


def _story_assigner(store: Store, model: ClusterModel | None) -> Callable[[], int] | None:
    from newsprism.cluster import StoryAssigner

    return StoryAssigner(store, model)


def clean_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    ingest_options: IngestOptions | None = None,
    clean_options: CleanOptions | None = None,
) -> tuple[list[Article], list[IngestFailure]]:
    """Read and clean files without storing them: ``compare FILE…`` on the fly.

    The same ingest and clean stages as :func:`ingest_paths`, so an article compared
    from a file is exactly the article ingesting that file would store.
    """
    options = clean_options or CleanOptions()
    ingest_options = ingest_options or IngestOptions()
    articles: list[Article] = []
    failures: list[IngestFailure] = []
    for entry in discover_files(paths):
        items = [entry] if isinstance(entry, IngestFailure) else _read_safely(entry, ingest_options)
        for item in items:
            if isinstance(item, SkippedItem):
                continue
            result = item if isinstance(item, IngestFailure) else clean_one(item, options)
            (failures if isinstance(result, IngestFailure) else articles).append(result)
    return articles, failures
