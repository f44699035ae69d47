"""The ingest benchmark: ingest + clean + store over synthetic corpora, in a child process.

Each corpus is ingested into a fresh store, then again (the re-run must add nothing);
every row says how many planted bad items were reported and lists any failure that was
not planted. The corpus helpers here (:func:`ensure_corpus`, :func:`remove_db`) serve
the other legs that ingest the same corpora.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.child import run_child
from benchmarks.corpus import CORPUS_VERSION, CorpusStats, build_corpus, iter_bad, read_manifest
from benchmarks.layout import OUT, PIPED_WIDTH

INGEST_SIZES = (1_000, 10_000)  # two sizes, so growth with corpus size is visible
CORPUS_SEED = 0
ROW_KEYS = (
    "corpus",
    "pass",
    "planned",
    "added",
    "already_stored",
    "failed",
    "planted_bad",
    "unexpected_failures",
    "missed_bad",
    "files",
    "wall_s",
    "cpu_s",
    "articles_per_s",
    "articles_per_cpu_s",
    "load_1m",
    "peak_rss_mb",
    "db_mb",
    "corpus_mb",
)


def ingest_command() -> list[str]:
    """The installed ``newsprism`` script beside this interpreter, as a user runs it."""
    script = Path(sys.executable).with_name("newsprism")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsprism"]


def ensure_corpus(target: Path, n_articles: int, seed: int = CORPUS_SEED) -> CorpusStats:
    """Reuse the corpus in ``target`` if its manifest matches, else build it afresh.

    The generator is deterministic, so a manifest with the same version, size and seed
    means byte-identical files; rebuilding would only cost time (about 7 s for 10 000).
    """
    stats = read_manifest(target)
    if (
        stats is not None
        and stats.version == CORPUS_VERSION
        and stats.n_articles == n_articles
        and stats.seed == seed
    ):
        return stats
    if target.exists():
        shutil.rmtree(target)
    return build_corpus(target, n_articles, seed)


def remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _db_mb(db: Path) -> float:
    files = (Path(f"{db}{suffix}") for suffix in ("", "-wal", "-shm"))
    return sum(p.stat().st_size for p in files if p.exists()) / 1e6


def run_ingest(corpus: Path, db: Path, log: Path) -> dict[str, Any]:
    """Run ``newsprism ingest CORPUS --db DB --format json`` in a child process and time it.

    Returns:
        The CLI's JSON report plus ``wall_s``, ``cpu_s``, ``peak_rss_mb`` and ``exit``.
    """
    command = [*ingest_command(), "ingest", str(corpus), "--db", str(db), "--format", "json"]
    child = run_child(command, log)
    # Exit status 1 only says that some item failed, which the planted bad items ensure.
    if child.exit not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {child.exit}; see {log}")
    return {**json.loads(child.stdout), "wall_s": child.wall_s, "cpu_s": child.cpu_s,
            "peak_rss_mb": child.peak_rss_mb, "exit": child.exit}  # fmt: skip


def _relative(location: str, corpus: Path) -> str:
    """A failure's location as the manifest names it: relative to the corpus, ``:LINE`` kept."""
    return location.removeprefix(f"{corpus}/")


def ingest_row(
    label: str, stats: CorpusStats, corpus: Path, db: Path, pass_name: str, out: Path
) -> dict[str, Any]:
    """One measured ingest pass over ``corpus`` as a row of ``ROW_KEYS`` (plus failures)."""
    log = out / f"ingest-{label}-{pass_name}.stderr.log"
    # Wall time depends on what else the machine runs (2 shared cores); CPU time and the
    # load average at the start say how far to trust it.
    load = os.getloadavg()[0]
    result = run_ingest(corpus, db, log)
    planted = set(iter_bad(stats))
    seen = {(_relative(f["location"], corpus), f["code"]) for f in result["failures"]}
    handled = result["added"] + result["already_stored"]
    return {
        "corpus": label,
        "pass": pass_name,
        "planned": stats.articles,
        "added": result["added"],
        "already_stored": result["already_stored"],
        "failed": result["failed"],
        "planted_bad": len(planted),
        "unexpected_failures": [
            {"location": _relative(f["location"], corpus), "code": f["code"], "reason": f["reason"]}
            for f in sorted(result["failures"], key=lambda f: f["location"])
            if (_relative(f["location"], corpus), f["code"]) not in planted
        ],
        "missed_bad": sorted(f"{loc} [{code}]" for loc, code in planted - seen),
        "files": result["files"],
        "wall_s": round(result["wall_s"], 3),
        "cpu_s": round(result["cpu_s"], 3),
        "articles_per_s": round(handled / result["wall_s"], 1),
        "articles_per_cpu_s": round(handled / max(result["cpu_s"], 1e-6), 1),
        "load_1m": round(load, 2),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
        "db_mb": round(_db_mb(db), 2),
        "corpus_mb": round(stats.bytes / 1e6, 2),
        "articles_in_store": result["articles_in_store"],
    }


def bench_ingest(
    out: Path = OUT,
    console: Console | None = None,
    *,
    sizes: Sequence[int] = INGEST_SIZES,
    seed: int = CORPUS_SEED,
) -> list[dict[str, Any]]:
    """ingest + clean + store over synthetic corpora: a fresh store, then an idempotent re-run.

    The largest corpus runs last, so ``out/bench.db`` is left holding it for later
    benchmarks (compare, clustering) to read.
    """
    console = console or Console(width=PIPED_WIDTH)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "bench.db"
    rows = []
    for n in sorted(sizes):
        corpus = out / f"corpus-{n}"
        started = time.perf_counter()
        stats = ensure_corpus(corpus, n, seed)
        console.print(
            f"corpus-{n}: {stats.articles} articles + {stats.bad_items} bad items, "
            f"{stats.bytes / 1e6:.1f} MB (ready in {time.perf_counter() - started:.1f} s)",
            markup=False,
        )
        remove_db(db)
        for pass_name in ("first", "re-run"):
            rows.append(ingest_row(f"{n}", stats, corpus, db, pass_name, out))
    print_ingest(rows, console)
    return rows


def print_ingest(rows: list[dict[str, Any]], console: Console) -> None:
    """The ingest table, then one line per failure that was not planted."""
    table = Table(title="ingest + clean + store (one child process per pass, fresh store)")
    columns = (
        "articles", "pass", "added", "already", "failed (planted)", "wall s", "CPU s",
        "articles/s", "per CPU s", "load", "peak RSS MB", "db MB", "corpus MB",
    )  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column == "pass" else "right")
    for r in rows:
        table.add_row(
            f"{r['planned']:,}",
            r["pass"],
            f"{r['added']:,}",
            f"{r['already_stored']:,}",
            f"{r['failed']} ({r['planted_bad']})",
            f"{r['wall_s']:.1f}",
            f"{r['cpu_s']:.1f}",
            f"{r['articles_per_s']:,.0f}",
            f"{r['articles_per_cpu_s']:,.0f}",
            f"{r['load_1m']:.1f}",
            f"{r['peak_rss_mb']:.0f}",
            f"{r['db_mb']:.1f}",
            f"{r['corpus_mb']:.1f}",
        )
    console.print(table)
    console.print(
        "articles/s = (added + already stored) / wall time, start-up included; per CPU s: "
        "the same over the child's user+system time; load: 1-minute load average at the "
        "start. The re-run skips stored items by content hash before cleaning.",
        markup=False,
    )
    for r in rows:
        _print_surprises(r, console)


_INTERNAL = "internal error while cleaning: "


def _print_surprises(row: dict[str, Any], console: Console, width: int = 110) -> None:
    """Failures that were not planted, counted by kind of reason (each one is in the JSON)."""
    unexpected, where = row["unexpected_failures"], f"corpus-{row['corpus']}, {row['pass']}"
    if unexpected:
        console.print(f"{len(unexpected)} failures not planted ({where}):", markup=False)
        # Digits vary from page to page (offsets, columns); without them the kinds group.
        kinds = Counter(
            f"[{f['code']}] " + re.sub(r"[0-9]+", "N", f["reason"]).removeprefix(_INTERNAL)
            for f in unexpected
        )
        for kind, n in kinds.most_common():
            console.print(f"  {n:4d} x {kind[:width]}", markup=False)
    for missed in row["missed_bad"]:
        console.print(f"planted bad item not reported ({where}): {missed}", markup=False)
