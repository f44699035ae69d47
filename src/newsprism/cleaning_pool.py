"""Where ingest cleans: in this process, on N local processes, or on a Dask cluster.

Cleaning is a pure function of one raw item (``clean_chunk``), so it can run anywhere;
everything else of an ingest (reading, the hash check, the store, stories) stays in the
one process that writes. A batch is cut into chunks, the chunks are cleaned wherever
the pool puts them, and ``Pending.result`` gives the batch's results back in input
order: the writer commits exactly what a single process would have, in the same order.

With ``embedder`` given (an ingest that builds stories), a worker also computes the
story features of the articles it cleaned (``cluster.features.compute_features``, a pure
function of the article): the writer stores them with the batch, and the story step
reads them instead of computing them, which is over half of its cost.

A worker that dies (a crash in a C library, the kernel's OOM killer) takes its chunk
with it: the chunk is cleaned again one item per task on a fresh pool, and only an
item that kills a worker on its own is an E132 failure; the rest of the batch is stored.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Protocol

from newsprism.clean import CleanOptions, clean_document
from newsprism.errors import NewsprismError
from newsprism.ingest.crawl import bound_by_crawl
from newsprism.models import Article, IngestFailure, RawDocument

__all__ = ["CleanPool", "Pending", "clean_chunk", "clean_one", "open_pool"]

log = logging.getLogger(__name__)

Result = Article | IngestFailure
CHUNK = 8  # items per task: small enough to balance 2-64 workers on a 200-item batch
DASK_CONNECT_TIMEOUT = "30s"
# glibc's malloc on transparent huge pages in the local worker processes (the lxml trees,
# large strings and buffers; Python's small objects keep their own arenas). Where the
# kernel gives huge pages only on request (THP "madvise", as on the VM measured) the
# tunable is that request. Measured with interleaved passes (benchmarks/stage_inflation.py,
# three runs): a page costs 2-3 % less CPU in one process and 3-6 % less with two at once;
# the same output, since only where memory lies changes. Not set for Dask workers: their
# nanny also sets MALLOC_TRIM_THRESHOLD_ (heap trimmed, huge pages faulted again), and
# there the workers' CPU rose by 4-8 % (docs/benchmarks.md, "Session 19").
WORKER_TUNABLES = "glibc.malloc.hugetlb=1"


def internal_failure(step: str, location: str, exc: BaseException) -> IngestFailure:
    """E199: a bug met on one item, which must not lose the rest of the batch. The line
    names the exception's type; the traceback goes to the log, never to the terminal."""
    log.error("unexpected error %s %s", step, location, exc_info=exc)
    return IngestFailure(location, f"internal error while {step}: {type(exc).__name__}: {exc}",
                         "E199")  # fmt: skip


def worker_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The variables a cleaning worker starts with on top of ``environ``: ``GLIBC_TUNABLES``
    with :data:`WORKER_TUNABLES` added, unless the user already set that tunable."""
    current = environ.get("GLIBC_TUNABLES", "")
    name = WORKER_TUNABLES.split("=", 1)[0]
    if any(part.split("=", 1)[0] == name for part in current.split(":")):
        return {}
    return {"GLIBC_TUNABLES": f"{current}:{WORKER_TUNABLES}" if current else WORKER_TUNABLES}


@contextmanager
def _environment(extra: Mapping[str, str]) -> Iterator[None]:
    """``extra`` in ``os.environ`` for the duration, the former values put back after."""
    before = {key: os.environ.get(key) for key in extra}
    os.environ.update(extra)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def clean_one(raw: RawDocument, options: CleanOptions) -> Result:
    """One item cleaned, its crawl time applied, or the reason it is not an article."""
    try:
        return bound_by_crawl(clean_document(raw, options), raw.meta.get("crawled_at"))
    except NewsprismError as exc:
        return IngestFailure(raw.location, exc.args[0], exc.code)
    except Exception as exc:
        return internal_failure("cleaning", raw.location, exc)


def clean_chunk(raws: Sequence[RawDocument], options: CleanOptions, embedder: str | None = None,
                context: str = "") -> tuple[list[Result], list[Any]]:  # fmt: skip
    """The task a worker runs: each item of a chunk, in order, and the story features of
    its articles when ``embedder`` names the clusterer's embedder (with the model's
    ``context`` embedder, if any: MiniLM's 10 ms an article are spent here, not in the
    writer)."""
    results = [clean_one(raw, options) for raw in raws]
    if embedder is None:
        return results, []
    from newsprism.cluster.features import compute_features

    return results, compute_features([r for r in results if isinstance(r, Article)], embedder,
                                     context)  # fmt: skip


class Pending:
    """The results of one batch, in input order, once every chunk is done."""

    def __init__(self, pool: CleanPool, chunks: list[list[RawDocument]], futures: list[Any],
                 options: CleanOptions) -> None:  # fmt: skip
        self.pool, self.chunks, self.futures, self.options = pool, chunks, futures, options
        self.features: list[Any] = []  # story features computed with the articles, if any

    def result(self) -> list[Result]:
        results: list[Result] = []
        self.features = []
        for chunk, future in zip(self.chunks, self.futures, strict=True):
            try:
                cleaned, features = future.result()
                results.extend(cleaned)
                self.features.extend(features)
            except Exception as exc:  # the worker died, or the cluster lost it
                log.warning("a cleaning worker failed on a chunk (%s); cleaning it again "
                            "one item per task", type(exc).__name__)  # fmt: skip
                results.extend(self.pool.one_by_one(chunk, self.options, exc))
        return results


class CleanPool(Protocol):
    workers: int

    def submit(self, raws: list[RawDocument], options: CleanOptions,
               embedder: str | None = None, context: str = "") -> Pending: ...

    def one_by_one(self, raws: list[RawDocument], options: CleanOptions,
                   cause: BaseException) -> list[Result]: ...  # fmt: skip


class _Done:
    """A finished future, for the pool that cleans in this process."""

    def __init__(self, value: tuple[list[Result], list[Any]]) -> None:
        self.value = value

    def result(self) -> tuple[list[Result], list[Any]]:
        return self.value


class InlinePool:
    """Cleaning in this process, at once: what ``--workers 1`` does."""

    workers = 1

    def submit(self, raws: list[RawDocument], options: CleanOptions,
               embedder: str | None = None, context: str = "") -> Pending:
        done = _Done(clean_chunk(raws, options, embedder, context))
        return Pending(self, [raws], [done], options)

    def one_by_one(self, raws: list[RawDocument], options: CleanOptions,
                   cause: BaseException) -> list[Result]:  # fmt: skip
        return clean_chunk(raws, options)


def _chunks(raws: list[RawDocument]) -> list[list[RawDocument]]:
    return [raws[i : i + CHUNK] for i in range(0, len(raws), CHUNK)]


def _died(raw: RawDocument, cause: BaseException) -> IngestFailure:
    reason = (f"the cleaning worker died on this item ({type(cause).__name__}: "
              f"{cause}); the rest of the batch is stored")  # fmt: skip
    return IngestFailure(raw.location, reason, "E132")


class ProcessPool:
    """N local worker processes (``--workers N``), started with ``forkserver``: a fork
    of this process would copy its threads (the embedder's, SQLite's) mid-state."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        """The executor; its workers are forked by the forkserver, which is started here
        (once per process) with :func:`worker_environment`, so they inherit it."""
        context = multiprocessing.get_context("forkserver")
        with _environment(worker_environment(os.environ)):
            multiprocessing.forkserver.ensure_running()
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def submit(self, raws: list[RawDocument], options: CleanOptions,
               embedder: str | None = None, context: str = "") -> Pending:
        chunks = _chunks(raws)
        futures = [self._submit(clean_chunk, chunk, options, embedder, context)
                   for chunk in chunks]  # fmt: skip
        return Pending(self, chunks, futures, options)

    def _submit(self, fn: Callable, *args: Any) -> Future:
        try:
            return self.executor.submit(fn, *args)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(fn, *args)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def one_by_one(self, raws: list[RawDocument], options: CleanOptions,
                   cause: BaseException) -> list[Result]:  # fmt: skip
        results: list[Result] = []
        for raw in raws:
            try:
                results.append(self._submit(clean_one, raw, options).result())
            except BrokenProcessPool as exc:
                self.restart()
                results.append(_died(raw, exc))
        return results

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class DaskPool:
    """Chunks as tasks on a Dask cluster (``--scheduler ADDRESS``, or a LocalCluster)."""

    def __init__(self, client: Any, workers: int) -> None:
        self.client, self.workers = client, workers

    def submit(self, raws: list[RawDocument], options: CleanOptions,
               embedder: str | None = None, context: str = "") -> Pending:
        chunks = _chunks(raws)
        futures = [self.client.submit(clean_chunk, chunk, options, embedder, context, pure=False)
                   for chunk in chunks]  # fmt: skip
        return Pending(self, chunks, futures, options)

    def one_by_one(self, raws: list[RawDocument], options: CleanOptions,
                   cause: BaseException) -> list[Result]:  # fmt: skip
        futures = [self.client.submit(clean_one, raw, options, pure=False) for raw in raws]
        results: list[Result] = []
        for raw, future in zip(raws, futures, strict=True):
            try:
                results.append(future.result())
            except Exception as exc:
                results.append(_died(raw, exc))
        return results


@contextmanager
def dask_client(scheduler: str | None, workers: int, *, processes: bool = True,
                what: str = "ingest") -> Iterator[Any]:  # fmt: skip
    """A Dask client: to the scheduler at an address, or to a LocalCluster of
    ``workers`` single-threaded workers started (and closed) here.

    Raises:
        NewsprismError: E431 when dask.distributed is missing or the scheduler cannot be
            reached.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a pinned dependency
        raise NewsprismError(f"{what} on Dask needs dask.distributed", code="E431") from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                   dashboard_address=None)  # fmt: skip
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise NewsprismError(f"cannot reach the Dask scheduler {scheduler}: {exc}",
                             code="E431") from exc  # fmt: skip
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def open_pool(workers: int = 1, scheduler: str | None = None,
              dask: bool = False) -> Iterator[CleanPool]:  # fmt: skip
    """The pool ``ingest --workers N [--scheduler ADDRESS]`` cleans on.

    ``scheduler`` (or ``dask``) picks Dask: the cluster at that address, or a LocalCluster
    of ``workers`` processes; else ``workers`` > 1 local processes; else this process.

    Raises:
        NewsprismError: E131 for fewer than one worker; E431 (``dask_client``).
    """
    if workers < 1:
        raise NewsprismError(f"--workers must be at least 1, not {workers}", code="E131")
    if scheduler or dask:
        with dask_client(scheduler, workers) as client:
            count = len(client.scheduler_info().get("workers", {})) or workers
            yield DaskPool(client, count)
        return
    if workers == 1:
        yield InlinePool()
        return
    pool = ProcessPool(workers)
    try:
        yield pool
    finally:
        pool.close()
