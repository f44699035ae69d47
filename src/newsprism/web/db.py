"""The web app's access to the store: a fresh read connection per request, one writer.

SQLite in WAL mode lets many readers run beside one writer. Reads open their own
connection for the length of one request (cheap, and each request sees one consistent
snapshot). Every write (an upload's ingest, a computed analysis) goes through
:class:`Writer`, one thread that owns the only write connection, so two requests never
fight over the write lock: the shape of datasette's ``execute_write_fn``.

On PostgreSQL a connection costs a server process and a round trip of authentication,
so requests borrow theirs from the store's pool (``store.StorePool``, opened once, with the
schema migrated before the first request) instead of opening one each.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from newsprism.store import Store, StorePool, is_url, open_store

logger = logging.getLogger(__name__)

T = TypeVar("T")
_STOP = object()


class Writer:
    """One thread, one connection: runs write jobs in the order they were submitted."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = db_path
        self._jobs: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="newsprism-writer",
                                                daemon=True)  # fmt: skip
                self._thread.start()

    def _run(self) -> None:
        store = open_store(self.db_path)
        try:
            while True:
                job = self._jobs.get()
                if job is _STOP:
                    return
                fn, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(fn(store))
                except BaseException as exc:  # handed to the caller, who decides
                    future.set_exception(exc)
        finally:
            store.close()

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        """Queue ``fn(store)`` on the writer thread; the future holds its result."""
        self._start()
        future: Future[T] = Future()
        self._jobs.put((fn, future))
        return future

    def run(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` on the writer thread and wait for it (from a worker thread)."""
        return self.submit(fn).result()

    def close(self) -> None:
        """Finish the queued jobs, then stop the thread and close its connection."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put(_STOP)
            thread.join()


class Database:
    """Where the app's store lives, how to read it, and its single writer."""

    def __init__(self, db_path: str | Path, *, pool_size: int = 8) -> None:
        self.path: str | Path = str(db_path) if is_url(db_path) else Path(db_path)
        # Create and migrate once, before the first request: a read connection must
        # never be the one to run a migration.
        open_store(self.path).close()
        self.writer = Writer(self.path)
        self._pool = StorePool(str(self.path), pool_size) if is_url(self.path) else None

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A store for this request's reads; closed (or given back) when the block ends."""
        if self._pool is not None:
            with self._pool.store() as store:
                yield store
            return
        store = open_store(self.path)
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        self.writer.close()
        if self._pool is not None:
            self._pool.close()
