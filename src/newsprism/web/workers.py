"""Story analyses in a small pool of worker processes, each one killed past a time limit.

Why processes: an analysis is CPU-bound Python (spaCy, the embedder, the alignment),
and a thread that runs away cannot be stopped; a process can. One analysis that hangs
or takes too long is killed when it passes the limit, its worker is replaced, and the
other stories' analyses go on in the other workers meanwhile: no lock lets one story
block the others. The server's own threads only wait on pipes, so SIGTERM, which kills
the workers (:meth:`AnalysisPool.close`), never waits for an analysis either.

Workers are started on first need, with the ``spawn`` method (forking a process that
runs threads is unsafe), and load spaCy and the embedder before they take a job, so the
limit measures the analysis alone. A worker ignores Ctrl-C (the server stops it) and
exits when the server process dies, so none is left behind running.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import Any

from newsprism.models import Article

logger = logging.getLogger(__name__)

EMBEDDER = "static"
DEFAULT_WORKERS = 2  # the machine this runs on has two cores
DEFAULT_TIMEOUT_S = 120.0  # a 50-article story takes about 10 s (docs/benchmarks.md)
STARTUP_LIMIT_S = 300.0  # starting a worker: a new interpreter, spaCy and the embedder


class AnalysisError(Exception):
    """An analysis the web could not get; ``status`` and ``code`` are what it answers."""

    status = 500
    code = "E512"


class AnalysisTimeout(AnalysisError):
    """The analysis ran past the time limit and was stopped."""

    status = 503
    code = "E510"

    def __init__(self, limit: float) -> None:
        super().__init__(
            f"the analysis of this story took longer than the limit of {limit:g} s and "
            "was stopped; the server's --analysis-timeout sets the limit"
        )
        self.limit = limit


class AnalysisUnavailable(AnalysisError):
    """No worker could take the analysis: all busy past the limit, or shutting down."""

    status = 503
    code = "E511"


class AnalysisFailed(AnalysisError):
    """The analysis raised an error in its worker (a bug), or the worker died."""

    status = 500
    code = "E512"


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: Any, embedder: str) -> None:
        parent, child = context.Pipe()
        self.process = context.Process(target=serve_analyses, args=(child, embedder),
                                       name="newsprism-analysis", daemon=True)  # fmt: skip
        self.process.start()
        child.close()  # the child's death must read as end-of-file here
        self.conn: Connection = parent
        self.ready = False
        self.broken = False  # set by anything after which the worker must not be reused

    def call(self, articles: Sequence[Article], limit: float) -> tuple[dict[str, Any], float]:
        """Run one analysis; raises past ``limit`` seconds (the caller kills the worker)."""
        self.broken = True  # until this call has answered
        if not self.ready:
            if not self.conn.poll(STARTUP_LIMIT_S):
                raise AnalysisUnavailable(f"an analysis worker did not start in "
                                          f"{STARTUP_LIMIT_S:g} s")  # fmt: skip
            self._receive("ready")
            self.ready = True
        try:
            self.conn.send(list(articles))
        except OSError as exc:  # it died while idle (killed, out of memory)
            raise AnalysisFailed("the analysis worker stopped before it answered") from exc
        if not self.conn.poll(limit):
            raise AnalysisTimeout(limit)
        kind, payload = self._receive("done", "error")
        self.broken = False  # an analysis that raised leaves its worker fit for the next
        if kind == "error":
            raise AnalysisFailed(f"the analysis failed: {payload}")
        return payload

    def _receive(self, *expected: str) -> tuple[str, Any]:
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise AnalysisFailed("the analysis worker stopped before it answered "
                                 "(the server is shutting down, or it ran out of memory)"
                                 ) from exc  # fmt: skip
        if kind not in expected:
            raise AnalysisFailed(f"the analysis worker could not start: {payload}")
        return kind, payload

    def kill(self, *, close: bool = True) -> None:
        """Stop the process now; safe to call twice. ``close=False`` leaves the pipe open
        for the thread that is waiting on it (it then reads end-of-file)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        if close:
            self.conn.close()


class AnalysisPool:
    """At most ``workers`` analyses at once, each in its own process, each bounded.

    Args:
        workers: how many analyses may run at the same time.
        limit: seconds an analysis may take before its worker is killed; also how long
            a request waits for a free worker before it is told to come back.
        embedder: the embedding backend the workers load.
    """

    def __init__(self, workers: int = DEFAULT_WORKERS, limit: float = DEFAULT_TIMEOUT_S,
                 embedder: str = EMBEDDER) -> None:  # fmt: skip
        if workers < 1 or not limit > 0:
            raise ValueError("an analysis pool needs at least one worker and a positive limit")
        self.workers, self.limit, self.embedder = workers, limit, embedder
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._starting = 0
        self._closed = False
        self._cond = threading.Condition()

    def run(self, articles: Sequence[Article]) -> tuple[dict[str, Any], float]:
        """The ``compare`` JSON of ``articles`` and the seconds it took, from a worker.

        Raises:
            AnalysisTimeout: past the limit (the worker is killed and replaced).
            AnalysisUnavailable: no worker free within the limit, or the pool closed.
            AnalysisFailed: the analysis raised, or its worker died.
        """
        worker = self._acquire()
        try:
            return worker.call(articles, self.limit)
        except AnalysisFailed as exc:
            if self._closed:  # close() killed it: not the analysis's fault
                raise AnalysisUnavailable("the server is shutting down") from exc
            raise
        finally:
            self._release(worker)

    def close(self) -> None:
        """Kill every worker, busy ones too; their callers get :class:`AnalysisUnavailable`."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            busy = list(self._busy)
            self._cond.notify_all()
        for worker in idle:
            worker.kill()
        for worker in busy:  # its caller closes the pipe when it has read the end
            worker.kill(close=False)

    def _acquire(self) -> _Worker:
        deadline = time.monotonic() + self.limit
        with self._cond:
            while True:
                if self._closed:
                    raise AnalysisUnavailable("the server is shutting down")
                if self._idle:
                    worker = self._idle.pop()
                    self._busy.add(worker)
                    return worker
                if len(self._busy) + self._starting < self.workers:
                    self._starting += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AnalysisUnavailable(f"all {self.workers} analysis workers stayed busy "
                                              f"for {self.limit:g} s; try again later")  # fmt: skip
                self._cond.wait(left)
        try:
            worker = _Worker(self._context, self.embedder)  # outside the lock: a fork
        except BaseException:
            with self._cond:
                self._starting -= 1
                self._cond.notify_all()
            raise
        with self._cond:
            self._starting -= 1  # and busy, in one step: never more than ``workers``
            if not self._closed:
                self._busy.add(worker)
                return worker
        worker.kill()  # the pool closed while it started: close() did not see it
        raise AnalysisUnavailable("the server is shutting down")

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            self._busy.discard(worker)
            keep = not worker.broken and not self._closed
            if keep:
                self._idle.append(worker)
            self._cond.notify_all()
        if not keep:
            worker.kill()


def serve_analyses(conn: Connection, embedder: str) -> None:
    """A worker's life: load the models, then answer one analysis per message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group
    _exit_with_parent()
    _thread_lock_for_tqdm()
    from newsprism.compare.story import analyze_story
    from newsprism.embeddings import get_embedder
    from newsprism.extract.nlp import load_nlp

    try:
        load_nlp()
        get_embedder(embedder)
    except Exception as exc:  # a missing model: every analysis would fail the same way
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            articles = conn.recv()
        except EOFError:
            return
        started = time.perf_counter()
        try:
            analysis = analyze_story(articles, embedder=embedder).as_dict()
        except Exception as exc:  # reported to the page as E512; the worker goes on
            logger.exception("analysis failed")
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            continue
        conn.send(("done", (analysis, time.perf_counter() - started)))


def _thread_lock_for_tqdm() -> None:
    """Give tqdm a thread lock before the embedder's (disabled) progress bar makes it
    create a process-shared one: that is a named semaphore, which a killed worker leaves
    to the resource tracker, and the tracker warns about it in the server's log."""
    try:
        from tqdm import tqdm
    except ImportError:  # not installed: nothing makes the semaphore either
        return
    tqdm.set_lock(threading.RLock())


def _exit_with_parent() -> None:
    """Exit when the server process is gone, even in the middle of an analysis."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="newsprism-parent-watch", daemon=True).start()
