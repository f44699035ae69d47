"""Stage order over a stream: ingest -> clean -> store -> stories, in committed batches.

A bad item never stops the batch: its failure is reported through ``on_failure`` and
recorded in the store, and the run goes on. Already-stored content is recognised by
its hash before any cleaning, so a re-run after a crash only does the remaining work.
After each committed batch, the articles that are in no story yet join one
(``newsprism.cluster``); a re-run finds none, so it changes no story.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsprism.clean import CleanOptions, clean_document
from newsprism.display import display_path
from newsprism.errors import NewsprismError
from newsprism.ingest import IngestOptions, discover_files, read_path
from newsprism.models import Article, IngestFailure, RawDocument
from newsprism.store import Store

log = logging.getLogger(__name__)

ProgressHook = Callable[[int, int], None]  # (files done, files in all)
FailureHook = Callable[[IngestFailure], None]
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
        }


def _internal(step: str, location: str, exc: Exception) -> IngestFailure:
    """E199: a bug met on one item, which must not lose the rest of the batch. The line
    names the exception's type; the traceback goes to the log, never to the terminal."""
    log.error("unexpected error %s %s", step, location, exc_info=exc)
    return IngestFailure(location, f"internal error while {step}: {type(exc).__name__}: {exc}",
                         "E199")  # fmt: skip


def _clean_safely(raw: RawDocument, options: CleanOptions) -> Article | IngestFailure:
    try:
        return clean_document(raw, options)
    except NewsprismError as exc:
        return IngestFailure(raw.location, exc.args[0], exc.code)
    except Exception as exc:
        return _internal("cleaning", raw.location, exc)


def _read_safely(path: Path, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    """``read_path``, where a reader bug (an exception it did not turn into a failure) is
    E199 for that file: the items read before it stay, and the next file is read."""
    try:
        yield from read_path(path, options)
    except Exception as exc:
        yield _internal("reading", display_path(path), exc)


class _Batcher:
    """Collects items and writes them in one transaction per ``size`` items."""

    def __init__(self, store: Store, report: IngestReport, options: CleanOptions, size: int,
                 on_failure: FailureHook | None,
                 after_commit: Callable[[], int] | None = None) -> None:  # fmt: skip
        self.store, self.report, self.options, self.size = store, report, options, size
        self.on_failure = on_failure
        self.after_commit = after_commit
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

    def add(self, item: RawDocument | IngestFailure) -> None:
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
                self.fail(_internal("hashing", raw.location, exc))
        return hashed

    def flush(self) -> None:
        raws, self.raws = self.raws, []
        self.chars = 0
        hashed = self._hashed(raws)
        known = self.store.known_hashes(digest for _, digest in hashed)
        articles: list[Article] = []
        seen: set[str] = set()
        for raw, digest in hashed:
            if digest in known or digest in seen:
                self.report.already_stored += 1
                continue
            seen.add(digest)
            result = _clean_safely(raw, self.options)
            if isinstance(result, IngestFailure):
                self.fail(result)
            else:
                articles.append(result)
        failures, self.failures = self.failures, []
        if articles or failures:
            rejected: list[IngestFailure] = []
            added = self.store.add_batch(articles, failures, on_rejected=rejected.append)
            for failure in rejected:  # rows the store refused: recorded there, told here
                self.tell(failure)
            refused = {f.location for f in rejected}
            stored = [a for a in articles if a.location not in refused]
            self.report.already_stored += len(stored) - added
            self.report.added.extend(a.id for a in stored[:added])
        # Every item that is now in the store, new or not, has no failure any more
        # (a re-run after a fixed file, or after a kill between the two writes).
        failed = {f.location for f in failures}
        succeeded = {r.location for r in raws} | {r.source_path for r in raws}
        succeeded -= failed | {f.location for f in self.report.failures}
        if succeeded:
            self.store.forget_failures(sorted(succeeded))
        if self.after_commit and articles:
            self.report.clustered += self.after_commit()


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
) -> IngestReport:
    """Ingest files and folders into the store, and assign new articles to stories.

    Args:
        paths: files or folders (recursive).
        store: an open store.
        ingest_options: overrides (outlet, url, language) and size limit.
        clean_options: options of the clean stage.
        batch_size: items per transaction; a kill loses at most one batch.
        on_progress: called after each file with (done, total).
        on_failure: called for each bad item as it is found.
        cluster: assign each committed batch's articles to stories (and, at the end,
            any article a killed run left outside every story).

    Returns:
        The report: ids added, count already stored, and every failure.
    """
    ingest_options = ingest_options or IngestOptions()
    report = IngestReport()
    assign = _story_assigner(store) if cluster else None
    if assign:
        # Resume first: what a killed run committed without its story step is assigned
        # on its own, as that run would have, not sorted in with the next batch.
        report.clustered += assign()
    batcher = _Batcher(store, report, clean_options or CleanOptions(), batch_size, on_failure,
                       assign)  # fmt: skip
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
    batcher.flush()
    if assign:
        report.clustered += assign()
    return report


def _story_assigner(store: Store) -> Callable[[], int] | None:
    from newsprism.cluster import StoryAssigner

    return StoryAssigner(store)


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
            result = item if isinstance(item, IngestFailure) else _clean_safely(item, options)
            (failures if isinstance(result, IngestFailure) else articles).append(result)
    return articles, failures
