"""Load test of ``newsprism serve``: requests per second and latency under 20 clients.

A real server (uvicorn, one process) is started on a free localhost port over a store
holding the seeds and the BASIL dev sample (60 articles, 20 events), built by the web
tests' own fixture code, so its stories are made the way the tests make them. The
analyses of the story pages in the run are computed before the clock starts (the first
view of a story computes it, a few seconds; every later view reads the cache, and that
is what is measured). Then each phase runs for ``duration`` seconds: ``clients``
asyncio clients, each sending its next request as soon as the last one is answered.

Then the same store (analyses included) is moved to a fresh PostgreSQL database with
``newsprism db copy`` (a throwaway local server, tests/pg_server.py, or
``NEWSPRISM_TEST_PG``), served the same way and loaded with the same requests and
clients: the table puts the two backends side by side (docs/benchmarks.md, "Web server
under load"). Without PostgreSQL on the machine the SQLite leg runs alone, and says so.

Only localhost is ever contacted, and every loop stops at its deadline.

Example::

    .venv/bin/python -m benchmarks.run web
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table

DURATION_S = 30.0
CLIENTS = 20
STORY_PAGES = 5  # distinct stories the clients cycle through (seed pair first)
BACKENDS = ("sqlite", "postgresql")
QUERIES = ("Rafah", "Obama", "senate vote", '"health care"', "gun*", "Benghazi", "Romney -Akin",
           "immigration OR border", "minister", "court")  # fmt: skip


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


async def _hammer(base: str, urls: list[str], duration: float, clients: int) -> dict[str, Any]:
    """``clients`` loops over ``urls`` for ``duration`` seconds; latencies and errors."""
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        deadline = started + duration

        async def worker(n: int) -> None:
            k = n
            while time.perf_counter() < deadline:
                url = urls[k % len(urls)]
                k += clients
                sent = time.perf_counter()
                try:
                    response = await client.get(url)
                    if response.status_code != 200:
                        errors.append(f"{url}: HTTP {response.status_code}")
                except httpx.HTTPError as exc:
                    errors.append(f"{url}: {exc!r}")
                latencies.append(time.perf_counter() - sent)

        await asyncio.gather(*(worker(n) for n in range(clients)))
        elapsed = time.perf_counter() - started
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed}


def measure(base: str, name: str, urls: list[str], duration: float,
            clients: int) -> dict[str, Any]:  # fmt: skip
    """One phase: ``clients`` concurrent clients on ``urls`` for ``duration`` seconds."""
    load = os.getloadavg()[0]
    # A loop of its own on a thread of its own: the caller may already run one (a
    # Playwright session in the same test run does), and asyncio.run refuses to nest.
    with ThreadPoolExecutor(max_workers=1) as pool:
        result = pool.submit(asyncio.run, _hammer(base, urls, duration, clients)).result()
    ms = [t * 1000 for t in result["latencies"]]
    return {
        "endpoint": name,
        "clients": clients,
        "duration_s": round(result["elapsed"], 1),
        "requests": len(ms),
        "errors": len(result["errors"]),
        "error_samples": result["errors"][:5],
        "requests_per_s": round(len(ms) / result["elapsed"], 1),
        "p50_ms": round(statistics.median(ms), 1) if ms else 0.0,
        "p90_ms": round(_percentile(ms, 90), 1),
        "p95_ms": round(_percentile(ms, 95), 1),
        "p99_ms": round(_percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1) if ms else 0.0,
        "load_1m": round(load, 2),
        "urls": len(urls),
    }


def _urls(db: str | Path, story_pages: int) -> list[tuple[str, list[str]]]:
    """The two phases' URLs: story pages (the seed pair first, then the biggest), searches."""
    from tests.web.conftest import seed_story_id

    from newsprism.store import open_store
    from newsprism.store.stories import list_stories

    with open_store(db) as store:
        seed = seed_story_id(store)
        others = [s.id for s in list_stories(store, sort="size") if s.id != seed]
    stories = [f"/stories/{sid}" for sid in [seed, *others][:story_pages]]
    searches = [str(httpx.URL("/search", params={"q": q})) for q in QUERIES]
    return [("story page", stories), ("search", searches)]


def _leg(location: str | Path, backend: str, phases: list[tuple[str, list[str]]],
         log: Path, duration: float, clients: int) -> list[dict[str, Any]]:  # fmt: skip
    """Serve ``location``, view every URL once (the first view of a story computes and
    caches its analysis), then load each phase; the server is stopped in every case."""
    from tests.web.conftest import Server

    server = Server(location, log=log)  # type: ignore[arg-type]
    try:
        for _, urls in phases:
            for url in urls:
                httpx.get(server.url + url, timeout=300).raise_for_status()
        rows = [measure(server.url, name, urls, duration, clients) for name, urls in phases]
    finally:
        server.stop()
    return [{**row, "backend": backend} for row in rows]


def copy_store(source: str | Path, target: str, log: Path) -> None:
    """``newsprism db copy --from SOURCE --to TARGET``, as a user moves a store; every
    table is checked on both sides by the command itself."""
    from tests.web.conftest import newsprism_command

    command = [*newsprism_command(), "db", "copy", "--from", str(source), "--to", target,
               "--format", "json"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    log.write_text(done.stdout + done.stderr, "utf-8")
    if done.returncode != 0:
        raise RuntimeError(f"newsprism db copy exited {done.returncode}; see {log}")


def run(out: Path, *, duration: float = DURATION_S, clients: int = CLIENTS,
        story_pages: int = STORY_PAGES, backends: Sequence[str] = BACKENDS,
        pg: Any = None, console: Console | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Build the store, load it on SQLite, copy it to PostgreSQL, load it there.

    The SQLite leg runs first, so the analyses its first views computed are in the store
    that ``newsprism db copy`` moves: both legs read the same cached analyses. ``pg`` is
    a server to make the database on (``tests.pg_server.PgServer``); without one a
    throwaway server is started for the PostgreSQL leg, and stopped after it.
    """
    from tests.pg_server import PgServer, available
    from tests.web.conftest import BASIL, build_store

    folder = out / "web"
    shutil.rmtree(folder, ignore_errors=True)  # a fresh store each run
    folder.mkdir(parents=True)
    info = build_store(folder / "web.db", basil=BASIL.is_dir(), hostile=False)
    phases = _urls(info["db"], story_pages)
    rows = []
    if "sqlite" in backends:
        rows += _leg(info["db"], "sqlite", phases, folder / "serve-sqlite.log", duration, clients)
    reason = available() if "postgresql" in backends else "not asked for"
    if reason:
        (console or Console()).print(f"web: no PostgreSQL leg: {reason}", markup=False)
        backends = [b for b in backends if b != "postgresql"]
    if "postgresql" in backends:
        server = pg or PgServer()
        try:
            url = server.new_db("web")
            copy_store(info["db"], url, folder / "db-copy.log")
            rows += _leg(url, "postgresql", phases, folder / "serve-postgresql.log", duration,
                         clients)  # fmt: skip
        finally:
            if pg is None:
                server.stop()
    for row in rows:
        row["articles"] = info["articles"]
    return rows


def print_table(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    """One row per endpoint and backend; PostgreSQL's requests/s and p50 beside SQLite's."""
    console = console or Console()
    first = rows[0] if rows else {}
    table = Table(title=f"newsprism serve under load: {first.get('clients')} clients, "
                        f"{first.get('duration_s')} s per endpoint, "
                        f"{first.get('articles')} articles")  # fmt: skip
    for column in ("endpoint", "backend", "requests", "errors", "req/s", "p50 ms", "p95 ms",
                   "p99 ms", "max ms", "req/s vs SQLite", "p50 vs SQLite", "load"):  # fmt: skip
        table.add_column(column, justify="left" if column in ("endpoint", "backend") else "right")
    base = {r["endpoint"]: r for r in rows if r["backend"] == "sqlite"}
    for r in rows:
        timings = [f"{r[k]:.1f}" for k in ("requests_per_s", "p50_ms", "p95_ms", "p99_ms",
                                           "max_ms")]  # fmt: skip
        ratios = ["", ""]
        if r["endpoint"] in base and r["backend"] != "sqlite":
            ratios = [_ratio(r, base[r["endpoint"]], k) for k in ("requests_per_s", "p50_ms")]
        table.add_row(r["endpoint"], r["backend"], f"{r['requests']:,}", str(r["errors"]),
                      *timings, *ratios, f"{r['load_1m']:.1f}")  # fmt: skip
    console.print(table)
    for r in rows:
        for sample in r["error_samples"]:
            console.print(f"error ({r['endpoint']}, {r['backend']}): {sample}", markup=False)


def _ratio(row: dict[str, Any], base: dict[str, Any], key: str) -> str:
    return f"{row[key] / base[key]:.2f}" if base[key] else "-"
