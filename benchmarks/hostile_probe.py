"""Which files stop ``newsprism ingest``: each file ingested alone, a crash caught per file.

``newsprism ingest`` reports a bad item and goes on; an exception that escapes it (a
bug) ends the whole run, and a file that blocks (a FIFO) hangs it. When the hostile
benchmark's run does not finish, this finds the files to blame: it ingests each folder
under the given ones whole, then every file of a folder that stopped alone, the way the
CLI does (``ingest_paths``, one store), watching the CPU time (too much, or none for a
minute: blocked), and prints one JSON object per file that raised or hung::

    python -m benchmarks.hostile_probe CORPUS/hostile --db /tmp/probe.db

Each object has ``path`` (as the file system gives it; JSON escapes non-UTF-8 bytes),
``error`` (exception type and message, cut to 300 characters) and ``where`` (the last
frame of the traceback: file, line, function).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from newsprism.cluster import StoryAssigner
from newsprism.ingest import discover_files
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store

# A file is blamed after this much CPU time (the largest item near the size limit takes
# about 15 s), or once its CPU time has not moved for STALL_SECONDS (blocked: a FIFO).
PER_FILE_SECONDS = 120
STALL_SECONDS = 60
TICK = 5.0  # seconds between two looks at the CPU time


class Hung(Exception):
    """The file used too much CPU time, or none for too long (read as a hang)."""


class _Watch:
    """A SIGALRM every ``TICK`` seconds that raises :class:`Hung` in the main thread, which
    also interrupts a blocking ``open()``; CPU time, not wall time, decides."""

    def __init__(self, cpu_limit: float) -> None:
        self.cpu_limit = cpu_limit
        self.start = self.seen = time.process_time()
        self.still = 0.0

    def __enter__(self) -> _Watch:
        signal.signal(signal.SIGALRM, self._tick)
        signal.setitimer(signal.ITIMER_REAL, TICK, TICK)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)

    def _tick(self, signum: int, frame: FrameType | None) -> None:
        now = time.process_time()
        self.still = self.still + TICK if now - self.seen < 0.01 else 0.0
        self.seen = now
        if now - self.start > self.cpu_limit:
            raise Hung(f"more than {self.cpu_limit:.0f} s of CPU time")
        if self.still >= STALL_SECONDS:
            raise Hung(f"no CPU time used for {STALL_SECONDS} s (blocked)")


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    return f"{last.filename}:{last.lineno} in {last.name}"


def _stops(path: Path, ingest: Callable[[Path], object], cpu_limit: float) -> dict | None:
    """What stops ``ingest(path)``, or None when it finishes."""
    try:
        with _Watch(cpu_limit):
            ingest(path)
    except Exception as exc:  # what escapes ingest_paths is what is sought
        return {
            "path": os.fsdecode(path),  # json.dumps escapes the surrogates
            "error": f"{type(exc).__name__}: {exc}"[:300],
            "where": _where(exc),
        }
    return None


def probe(folders: list[Path], db: Path, seconds: int = PER_FILE_SECONDS) -> list[dict[str, Any]]:
    """The files under ``folders`` that stop an ingest of their own (one store for all).

    Each sub-folder is ingested whole first; only one that stops is taken file by file,
    which saves ingesting thousands of harmless files one at a time.
    """
    found = []
    with open_store(db) as store:
        assign = StoryAssigner(store)  # one clustering session, as one ingest run has

        def ingest(path: Path) -> None:
            ingest_paths([path], store, cluster=False)
            assign()

        for folder in folders:
            for group in sorted(folder.iterdir()):
                limit = seconds * (20 if group.is_dir() else 1)
                if (failure := _stops(group, ingest, limit)) is None:
                    continue
                if not group.is_dir():
                    found.append(failure)
                    continue
                for entry in discover_files([group]):
                    if isinstance(entry, Path) and (failure := _stops(entry, ingest, seconds)):
                        found.append(failure)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.hostile_probe", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--db", type=Path, required=True, help="a store file (created)")
    parser.add_argument("--seconds", type=int, default=PER_FILE_SECONDS,
                        help="CPU seconds allowed per file")  # fmt: skip
    args = parser.parse_args(argv)
    for found in probe(args.folders, args.db, args.seconds):
        print(json.dumps(found), flush=True)  # ASCII: non-UTF-8 names survive
    return 0


if __name__ == "__main__":
    sys.exit(main())
