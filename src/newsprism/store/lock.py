"""A lock between processes on one store: the story step runs in one process at a time.

Articles may be committed by several processes at once (SQLite serialises each batch's
transaction), but assigning them to stories reads the clusterer's state, decides, and
writes it back over several transactions: two processes doing that at once each decide
from a state the other is about to change (docs/architecture.md, "Concurrent writers").
So that step holds this lock.

It is ``flock`` on a side file beside the store (``news.db-lock``, like SQLite's own
``-wal`` and ``-shm``). The kernel drops the lock when the holder's file is closed, and
so when the holder dies, ``kill -9`` included: a killed ingest never leaves the store
locked, and there is no stale-lock detection to get wrong (a lock row with the holder's
pid would need a liveness check, which pid reuse and containers defeat). ``flock``
conflicts between two open files even in one process, so two stores opened on one file
by two threads exclude each other too. The holder's pid is written into the file, only
to say whom a waiter waits for. A PostgreSQL store will take an advisory lock in the
same method (``SQLiteStore.story_lock``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from newsprism.errors import StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX (Windows): no flock
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)


def lock_path(db_path: Path) -> Path:
    """The side file that carries the lock of the store at ``db_path``."""
    return db_path.with_name(db_path.name + "-lock")


class StoreLock:
    """An exclusive, re-entrant (within one store object) lock on ``lock_path(db)``."""

    def __init__(self, db_path: Path) -> None:
        self.db_path, self.path = db_path, lock_path(db_path)
        self._fd: int | None = None
        self._depth = 0

    def acquire(self, wait: bool = True) -> None:
        """Take the lock, waiting for the holder unless ``wait`` is False.

        Raises:
            StoreError: E209 when ``wait`` is False and another process holds it; E210
                when the lock file cannot be created.
        """
        if self._depth:
            self._depth += 1
            return
        if fcntl is None:  # pragma: no cover - see the import
            log.warning("no flock on this platform: concurrent ingests are not locked")
            self._depth = 1
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the lock file: {exc.strerror}",
                             code="E210") from exc  # fmt: skip
        try:
            self._lock(fd, wait)
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        except BaseException:
            os.close(fd)  # closing drops the lock, if it was taken
            raise
        self._fd, self._depth = fd, 1

    def _lock(self, fd: int, wait: bool) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
        if not wait:
            raise StoreError(f"{self.db_path}: another process (pid {holder}) is assigning "
                             "stories in this store", code="E209")  # fmt: skip
        log.info("waiting for process %s, which is assigning stories in this store", holder)
        fcntl.flock(fd, fcntl.LOCK_EX)

    def release(self) -> None:
        if self._depth == 0:
            raise RuntimeError("release of a store lock that is not held")
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # drops the flock

    @property
    def held(self) -> bool:
        return self._depth > 0
