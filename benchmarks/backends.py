"""ingest and the web load test on SQLite and on PostgreSQL, side by side in one run
(``make bench-backends`` = ``python -m benchmarks.run backends``).

The same corpus (benchmarks/corpus.py) goes through ``newsprism ingest --db X`` into a
fresh SQLite file and into a fresh database of a throwaway PostgreSQL 15 server on this
machine (tests/pg_server.py; ``NEWSPRISM_TEST_PG`` names an existing server instead),
then once more (the idempotent re-run). Ingest includes the story step, as a user runs
it. The child's CPU time is the client's only: the server's work shows in wall time, so
the ratio compares wall times. Then the web load test (benchmarks/web.py) runs on both:
the same store served from an SQLite file and, moved by ``newsprism db copy``, from a
database of the same PostgreSQL server. One summary table gives each measure on both
backends, the PostgreSQL / SQLite ratio and the 1-minute load average beside each.
Results: docs/benchmarks.md, "Backends".
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.ingest import CORPUS_SEED, ensure_corpus, remove_db, run_ingest
from benchmarks.web import DURATION_S
from benchmarks.web import print_table as print_web
from benchmarks.web import run as load_test

SIZES = (10_000,)  # the corpus; sizes=(1_000, 10_000) shows growth


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


def _ingest(out: Path, console: Console, server: Any, sizes: Sequence[int]
            ) -> list[dict[str, Any]]:  # fmt: skip
    """Each corpus into a fresh SQLite file and a fresh database: a first pass, a re-run."""
    rows: list[dict[str, Any]] = []
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
    return rows


def run(out: Path, console: Console, *, sizes: Sequence[int] = SIZES, web: bool = True,
        web_duration: float = DURATION_S) -> list[dict[str, Any]]:  # fmt: skip
    """Ingest on both backends, then the web load on both; the tables, then the rows
    (``kind`` "ingest" or "web")."""
    from tests.pg_server import PgServer, available

    reason = available()
    if reason:
        console.print(f"backends: skipped: {reason}", markup=False)
        return []
    server = PgServer()
    try:
        rows = [{"kind": "ingest", **r} for r in _ingest(out, console, server, sizes)]
        print_table(rows, console)
        if web:
            served = load_test(out, duration=web_duration, pg=server, console=console)
            print_web(served, console)
            rows += [{"kind": "web", **r} for r in served]
    finally:
        server.stop()
    print_summary(rows, console)
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


_WEB_MEASURES = (("requests/s", "requests_per_s", ""), ("p50", "p50_ms", "ms"),
                 ("p95", "p95_ms", "ms"), ("errors", "errors", ""))  # fmt: skip
# (label, kind, endpoint or pass, key, unit): the measures of the summary, in order.
SUMMARY = (
    ("ingest, first pass: wall", "ingest", "first", "wall_s", "s"),
    ("ingest, first pass: client CPU", "ingest", "first", "client_cpu_s", "s"),
    ("ingest, re-run: wall", "ingest", "re-run", "wall_s", "s"),
    ("store size", "ingest", "first", "store_mb", "MB"),
    *((f"{endpoint}: {label}", "web", endpoint, key, unit)
      for endpoint in ("story page", "search") for label, key, unit in _WEB_MEASURES),
)


def _pick(rows: list[dict[str, Any]], kind: str, which: str, backend: str
          ) -> dict[str, Any] | None:  # fmt: skip
    """The largest corpus's ingest row, or the web row, of ``backend``."""
    found = [r for r in rows if r["kind"] == kind and r["backend"] == backend
             and r.get("pass" if kind == "ingest" else "endpoint") == which]  # fmt: skip
    return max(found, key=lambda r: r.get("corpus", 0)) if found else None


def summary_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each measure of ``SUMMARY`` on both backends, their ratio and the loads."""
    out = []
    for label, kind, which, key, unit in SUMMARY:
        lite, pg = (_pick(rows, kind, which, b) for b in ("sqlite", "postgresql"))
        if lite is None or pg is None:
            continue
        ratio = pg[key] / lite[key] if lite[key] else None
        out.append({"measure": label, "unit": unit, "sqlite": lite[key], "postgresql": pg[key],
                    "ratio": ratio, "load_sqlite": lite["load_1m"],
                    "load_postgresql": pg["load_1m"]})  # fmt: skip
    return out


def print_summary(rows: list[dict[str, Any]], console: Console) -> None:
    """One table: every measure on both backends, PostgreSQL / SQLite, and the loads."""
    corpus = max((r["corpus"] for r in rows if r["kind"] == "ingest"), default=0)
    size = f"{corpus:,}".replace(",", " ")
    table = Table(title=f"PostgreSQL against SQLite: ingest of {size} articles (with stories), "
                        "web load test")  # fmt: skip
    for column in ("measure", "SQLite", "PostgreSQL", "PostgreSQL / SQLite", "load (SQLite)",
                   "load (PostgreSQL)"):  # fmt: skip
        table.add_column(column, justify="left" if column == "measure" else "right")
    for r in summary_rows(rows):
        unit = f" {r['unit']}" if r["unit"] else ""
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}"
        shown = [f"{v:,.0f}" if isinstance(v, int) else f"{v:,.1f}"
                 for v in (r["sqlite"], r["postgresql"])]  # fmt: skip
        loads = [f"{r[k]:.1f}" for k in ("load_sqlite", "load_postgresql")]
        table.add_row(r["measure"], f"{shown[0]}{unit}", f"{shown[1]}{unit}", ratio, *loads)
    console.print(table)
