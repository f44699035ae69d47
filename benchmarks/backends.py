"""ingest on SQLite and on PostgreSQL, side by side in one run (``make bench`` ``backends``).

The same corpus (benchmarks/corpus.py) goes through ``newsprism ingest --db X`` into a
fresh SQLite file and into a fresh database of a throwaway PostgreSQL 15 server on this
machine (tests/pg_server.py; ``NEWSPRISM_TEST_PG`` names an existing server instead),
then once more (the idempotent re-run). Ingest includes the story step, as a user runs
it. The child's CPU time is the client's only: the server's work shows in wall time, so
the ratio compares wall times. Results: docs/benchmarks.md, "Backends".
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.run import CORPUS_SEED, ensure_corpus, remove_db, run_ingest

SIZES = (1_000, 10_000)


def _pg_mb(url: str) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6


def _row(backend: str, n: int, pass_name: str, result: dict[str, Any], load: float,
         size_mb: float) -> dict[str, Any]:  # fmt: skip
    handled = result["added"] + result["already_stored"]
    return {"backend": backend, "corpus": n, "pass": pass_name, "added": result["added"],
            "already_stored": result["already_stored"], "failed": result["failed"],
            "clustered": result.get("clustered"), "wall_s": round(result["wall_s"], 2),
            "client_cpu_s": round(result["cpu_s"], 2),
            "articles_per_s": round(handled / result["wall_s"], 1), "load_1m": round(load, 2),
            "store_mb": round(size_mb, 1)}  # fmt: skip


def run(out: Path, console: Console, *, sizes: Sequence[int] = SIZES) -> list[dict[str, Any]]:
    from tests.pg_server import PgServer, available

    reason = available()
    if reason:
        console.print(f"backends: skipped: {reason}", markup=False)
        return []
    server = PgServer()
    rows: list[dict[str, Any]] = []
    try:
        for n in sorted(sizes):
            corpus = out / f"corpus-{n}"
            stats = ensure_corpus(corpus, n, CORPUS_SEED)
            db = out / f"backends-{n}.db"
            remove_db(db)
            stores = {"sqlite": str(db), "postgresql": server.new_db(f"bench{n}")}
            for backend, location in stores.items():
                for pass_name in ("first", "re-run"):
                    load = os.getloadavg()[0]
                    log = out / f"backends-{backend}-{n}-{pass_name}.stderr.log"
                    started = time.perf_counter()
                    result = run_ingest(corpus, location, log)  # type: ignore[arg-type]
                    spent = time.perf_counter() - started
                    console.print(f"{backend} {n} {pass_name}: {spent:.1f} s", markup=False)
                    size = _pg_mb(location) if backend == "postgresql" else db.stat().st_size / 1e6
                    rows.append(_row(backend, stats.articles, pass_name, result, load, size))
    finally:
        server.stop()
    print_table(rows, console)
    return rows


def print_table(rows: list[dict[str, Any]], console: Console) -> None:
    table = Table(title="ingest (with stories) on SQLite and PostgreSQL")
    for column in ("articles", "pass", "backend", "added", "already stored", "wall s",
                   "client CPU s", "articles/s", "PostgreSQL / SQLite wall", "load",
                   "store MB"):  # fmt: skip
        table.add_column(column, justify="right")
    base = {(r["corpus"], r["pass"]): r["wall_s"] for r in rows if r["backend"] == "sqlite"}
    for r in rows:
        ratio = r["wall_s"] / base[(r["corpus"], r["pass"])] if r["backend"] != "sqlite" else 1
        table.add_row(f"{r['corpus']:,}".replace(",", " "), r["pass"], r["backend"],
                      str(r["added"]), str(r["already_stored"]), f"{r['wall_s']:.1f}",
                      f"{r['client_cpu_s']:.1f}", f"{r['articles_per_s']:.0f}", f"{ratio:.2f}",
                      f"{r['load_1m']:.1f}", f"{r['store_mb']:.1f}")  # fmt: skip
    console.print(table)
