"""Which files stop ``newsprism ingest``: each file ingested alone, a crash caught per file.

``newsprism ingest`` reports a bad item and goes on; an exception that escapes it (a
bug) ends the whole run, and a file that blocks (a FIFO) hangs it. When the hostile
benchmark's run does not finish, this finds the files to blame: it ingests every file
under the given folders alone, the way the CLI does (``ingest_paths``, one store), with
a CPU-time and a wall-time alarm per file, and prints one JSON object per file that
raised or hung::

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
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from newsprism.cluster import StoryAssigner
from newsprism.ingest import discover_files
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store

# A file is blamed after this much CPU time (the largest item near the size limit takes
# about 15 s), or after WALL_FACTOR times as much wall time (blocked: a FIFO).
PER_FILE_SECONDS = 120
WALL_FACTOR = 3


class Hung(Exception):
    """The file took longer than the alarm allows (read as a hang)."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hung("no result before the alarm (a hang?)")


def _files(folders: list[Path]) -> Iterator[Path]:
    for entry in discover_files(folders):
        if isinstance(entry, Path):
            yield entry


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    return f"{last.filename}:{last.lineno} in {last.name}"


def probe(folders: list[Path], db: Path, seconds: int = PER_FILE_SECONDS) -> list[dict[str, Any]]:
    """Ingest each file under ``folders`` alone into ``db``; the files that raised or hung."""
    found = []
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGPROF, _alarm)
    with open_store(db) as store:
        assign = StoryAssigner(store)  # one clustering session, as one ingest run has
        for path in _files(folders):
            signal.setitimer(signal.ITIMER_PROF, seconds)
            signal.alarm(seconds * WALL_FACTOR)
            try:
                ingest_paths([path], store, cluster=False)
                assign()
            except Exception as exc:  # what escapes ingest_paths is what is sought
                found.append({
                    "path": os.fsdecode(path),  # json.dumps escapes the surrogates
                    "error": f"{type(exc).__name__}: {exc}"[:300],
                    "where": _where(exc),
                })  # fmt: skip
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
                signal.alarm(0)
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
