"""Measured child processes: exit status, wall and CPU time, peak memory, stdout.

A benchmark runs the CLI in a child, as a user does, so that start-up, memory and a
crash count; the runner and the ingest, cleaning and hostile legs share this.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.layout import ROOT


@dataclass
class Child:
    """One measured child process: its exit status, times, peak memory and output."""

    exit: int | None  # None: killed at the time limit
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    stdout: str


def _cpu_ticks(pid: int) -> int | None:
    """User + system clock ticks of a running process (Linux), None if unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[11]) + int(fields[12])


def run_child(command: Sequence[str | bytes], log: Path, timeout: float | None = None,
              stall: float | None = None) -> Child:  # fmt: skip
    """Run ``command`` with stderr to ``log``; kill it after ``timeout`` seconds, or once
    its CPU time has not moved for ``stall`` seconds (blocked: a FIFO opened for
    reading). CPU, not wall time, tells a hang from slowness on a shared machine.

    The child is reaped with ``os.wait4``, which returns the rusage of that one child.
    ``getrusage(RUSAGE_CHILDREN)`` would give the largest peak of all children so far,
    so a re-run after a first run would report the first run's memory.
    """
    env = {**os.environ, "COLUMNS": "200"}  # one line per failure in the log
    watch = timeout is not None or stall is not None
    status: int | None = None
    with tempfile.TemporaryFile() as stdout, log.open("wb") as stderr:
        started = moved = time.perf_counter()
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=ROOT, env=env)
        ticks = None
        while True:
            pid, raw, usage = os.wait4(child.pid, os.WNOHANG if watch else 0)
            if pid:
                status = os.waitstatus_to_exitcode(raw)
                break
            now, seen = time.perf_counter(), _cpu_ticks(child.pid)
            if seen != ticks:
                ticks, moved = seen, now
            if (timeout and now - started > timeout) or (stall and now - moved > stall):
                child.kill()
                _, _, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.2)
        wall = time.perf_counter() - started
        child.returncode = -9 if status is None else status  # reaped: Popen must not wait
        stdout.seek(0)
        text = stdout.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Child(status, wall, cpu, usage.ru_maxrss / 1024, text)  # ru_maxrss: KiB on Linux
