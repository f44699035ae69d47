"""The hostile-corpus benchmark: ``newsprism ingest`` over good and hostile items.

One child process ingests the whole corpus (benchmarks/hostile.py) into a fresh store;
the row says how it ended (exit status 0 or 1 is a finished run, anything else a
crash, ``timeout`` a hang), how long it took, its peak RSS, and what became of the
items: stored, or failed with which code, per kind. The outcome is read from the store,
not from the CLI's report, so a run that crashed still shows what it had committed.

When the run does not finish, ``benchmarks/hostile_probe.py`` ingests every hostile
file alone to name the files that crash or hang it, and a second run ingests the corpus
without them, so that the time and memory of the rest are still measured.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.child import run_child
from benchmarks.hostile import HostileStats, ensure_hostile, kind_of
from benchmarks.ingest import ingest_command, remove_db
from benchmarks.layout import OUT

SIZES = (1_000,)  # `make bench`; docs/benchmarks.md has the 10 000 figure
# A run is stopped once its CPU time has not moved for STALL_SECONDS (a FIFO opened for
# reading blocks it), or after a generous wall-time limit: the machine is shared, and a
# loaded one makes a slow run look hung by the clock.
STALL_SECONDS = 120
BASE_SECONDS, SECONDS_PER_ITEM, SECONDS_PER_HUGE = 1_800, 0.5, 120


def _time_limit(stats: HostileStats) -> float:
    huge = stats.kinds.get("huge", {}).get("items", 0)
    return BASE_SECONDS + SECONDS_PER_ITEM * stats.size + SECONDS_PER_HUGE * huge


def outcome(db: Path, corpus: Path) -> dict[str, Any]:
    """Articles stored and failures by code, in all and per kind, read from the store."""
    stored: Counter[str] = Counter()
    codes: dict[str, Counter[str]] = defaultdict(Counter)
    internal = []
    if db.exists():
        with sqlite3.connect(db) as conn:
            for (path,) in conn.execute("SELECT source_path FROM articles"):
                stored[kind_of(path, corpus)] += 1
            for location, code, reason in conn.execute(
                "SELECT location, code, reason FROM ingest_failures ORDER BY location"
            ):
                codes[kind_of(location, corpus)][code] += 1
                if code == "E199":
                    internal.append({"location": location, "reason": reason[:200]})
    every: Counter[str] = Counter()
    for counts in codes.values():
        every.update(counts)
    return {
        "stored": sum(stored.values()),
        "failed": sum(every.values()),
        "codes": dict(sorted(every.items())),
        "internal_errors": internal,
        "by_kind": {
            k: {"stored": stored.get(k, 0), "codes": dict(sorted(codes[k].items()))}
            for k in sorted(set(stored) | set(codes))
        },
    }


def _tail(log: Path, lines: int = 6) -> list[str]:
    text = log.read_text("utf-8", "replace").splitlines() if log.exists() else []
    return [line[:200] for line in text if line.strip()][-lines:]


def measure(label: str, corpus: Path, paths: Sequence[str | bytes], stats: HostileStats,
            out: Path) -> dict[str, Any]:  # fmt: skip
    """One ingest of ``paths`` (under ``corpus``) in a child process, into a fresh store."""
    db, log = out / "hostile.db", out / f"hostile-{stats.size}-{label}.stderr.log"
    remove_db(db)
    command = [*ingest_command(), "ingest", *paths, "--db", str(db), "--format", "json"]
    child = run_child(command, log, _time_limit(stats), stall=STALL_SECONDS)
    # A traceback exits 1 too, as a run with failed items does: only a finished run
    # prints its JSON report.
    finished = child.exit in (0, 1) and child.stdout.lstrip().startswith("{")
    return {
        "size": stats.size,
        "run": label,
        "items": stats.good_articles + stats.good_bad_items + stats.hostile_items,
        "files": stats.files,
        "exit": "timeout" if child.exit is None else child.exit,
        "finished": finished,
        "ended": "finished" if finished else "timeout" if child.exit is None else "crashed",
        "wall_s": round(child.wall_s, 2),
        "cpu_s": round(child.cpu_s, 2),
        "peak_rss_mb": round(child.peak_rss_mb, 1),
        **outcome(db, corpus),
        "stderr_tail": [] if finished else _tail(log),
    }


def probe(corpus: Path, out: Path) -> list[dict[str, str]]:
    """The hostile files that crash or hang an ingest of their own (hostile_probe)."""
    db, log = out / "hostile-probe.db", out / "hostile-probe.stderr.log"
    remove_db(db)
    command = [sys.executable, "-m", "benchmarks.hostile_probe", str(corpus / "hostile"),
               "--db", str(db)]  # fmt: skip
    child = run_child(command, log)
    return [json.loads(line) for line in child.stdout.splitlines() if line.strip()]


def without(corpus: Path, blamed: Sequence[dict[str, str]]) -> list[bytes]:
    """Paths covering the corpus but the blamed files: whole folders where none is blamed."""
    bad = {os.fsencode(b["path"]) for b in blamed}
    root = os.fsencode(corpus)
    paths = []
    for top in sorted(os.listdir(root)):
        if top.startswith(b"."):
            continue
        if top != b"hostile":
            paths.append(root + b"/" + top)
            continue
        for kind in sorted(os.listdir(root + b"/hostile")):
            folder = root + b"/hostile/" + kind
            if not any(b.startswith(folder + b"/") for b in bad):
                paths.append(folder)
                continue
            paths += [folder + b"/" + name for name in sorted(os.listdir(folder))
                      if folder + b"/" + name not in bad]  # fmt: skip
    return paths


def bench_hostile(out: Path = OUT, console: Console | None = None, *,
                  sizes: Sequence[int] = SIZES, seed: int = 0,
                  leave_out: Sequence[str] = ()) -> list[dict[str, Any]]:  # fmt: skip
    """Ingest hostile corpora of ``sizes`` items; rows as :func:`measure` gives them."""
    console = console or Console()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in sizes:
        corpus = out / f"hostile-{size}"
        stats = ensure_hostile(corpus, size, seed, leave_out)
        row = measure("whole", corpus, [str(corpus)], stats, out)
        rows.append(row)
        if not row["finished"]:
            row["blamed"] = probe(corpus, out)
            rest = measure("without-blamed", corpus, without(corpus, row["blamed"]), stats, out)
            rows.append(rest)
    print_hostile(rows, console)
    return rows


def shown(text: str) -> str:
    """``text`` safe to print: control characters and non-UTF-8 bytes as escapes."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _codes(codes: dict[str, int]) -> str:
    return " ".join(f"{code}×{n}" for code, n in codes.items()) or "-"


def print_hostile(rows: list[dict[str, Any]], console: Console) -> None:
    """The runs, then the outcome per kind of the last run, then what stopped a run."""
    table = Table(title="ingest of the hostile corpus (one child process, fresh store)")
    for column in ("items", "run", "ended", "exit", "wall s", "CPU s", "peak RSS MB", "stored",
                   "failed", "failures by code"):  # fmt: skip
        table.add_column(
            column, justify="left" if column in ("run", "ended", "failures by code") else "right"
        )
    for r in rows:
        table.add_row(f"{r['items']:,}", r["run"], r["ended"], str(r["exit"]), f"{r['wall_s']:.1f}",
                      f"{r['cpu_s']:.1f}", f"{r['peak_rss_mb']:.0f}", f"{r['stored']:,}",
                      f"{r['failed']:,}", _codes(r["codes"]))  # fmt: skip
    console.print(table)
    if not rows:
        return
    last = rows[-1]
    kinds = Table(title=f"outcome by kind ({last['size']:,} items, run {last['run']})")
    for column in ("kind", "stored", "failures by code"):
        kinds.add_column(column, justify="right" if column == "stored" else "left")
    for kind, counts in last["by_kind"].items():
        kinds.add_row(kind, f"{counts['stored']:,}", _codes(counts["codes"]))
    console.print(kinds)
    for r in rows:
        for blamed in r.get("blamed", []):
            console.print(f"stops ingest: {shown(blamed['path'])}: {blamed['error'][:120]} "
                          f"({blamed['where']})", markup=False)  # fmt: skip
        for failure in r["internal_errors"]:
            console.print(f"E199 ({r['run']}): {shown(failure['location'])}: "
                          f"{shown(failure['reason'][:120])}",
                          markup=False)  # fmt: skip
        for line in r["stderr_tail"]:
            console.print(f"  stderr ({r['run']}): {shown(line)}", markup=False)
