"""Load test of ``newsprism serve``: requests per second and latency under 20 clients.

A real server (uvicorn, one process) is started on a free localhost port over a store
holding the seeds and the BASIL dev sample (60 articles, 20 events), built by the web
tests' own fixture code, so its stories are made the way the tests make them. The
analyses of the story pages in the run are computed before the clock starts (the first
view of a story computes it, a few seconds; every later view reads the cache, and that
is what is measured). Then each phase runs for ``duration`` seconds: ``clients``
asyncio clients, each sending its next request as soon as the last one is answered.

Only localhost is ever contacted, and every loop stops at its deadline.

Example::

    .venv/bin/python -m benchmarks.run web
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table

DURATION_S = 30.0
CLIENTS = 20
STORY_PAGES = 5  # distinct stories the clients cycle through (seed pair first)
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
        "p99_ms": round(_percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1) if ms else 0.0,
        "load_1m": round(load, 2),
        "urls": len(urls),
    }


def run(out: Path, *, duration: float = DURATION_S, clients: int = CLIENTS,
        story_pages: int = STORY_PAGES) -> list[dict[str, Any]]:  # fmt: skip
    """Build the store, start the server, warm the story pages, then run both phases."""
    from tests.web.conftest import BASIL, Server, build_store, seed_story_id

    from newsprism.store import open_store
    from newsprism.store.stories import list_stories

    folder = out / "web"
    shutil.rmtree(folder, ignore_errors=True)  # a fresh store each run
    folder.mkdir(parents=True)
    info = build_store(folder / "web.db", basil=BASIL.is_dir(), hostile=False)
    with open_store(info["db"]) as store:
        seed = seed_story_id(store)
        others = [s.id for s in list_stories(store, sort="size") if s.id != seed]
    stories = [f"/stories/{sid}" for sid in [seed, *others][:story_pages]]
    searches = [str(httpx.URL("/search", params={"q": q})) for q in QUERIES]
    server = Server(info["db"], log=folder / "serve.log")
    try:
        for url in stories + searches:  # first views compute and cache the analyses
            httpx.get(server.url + url, timeout=300).raise_for_status()
        rows = [
            measure(server.url, "story page", stories, duration, clients),
            measure(server.url, "search", searches, duration, clients),
        ]
    finally:
        server.stop()
    for row in rows:
        row["articles"] = info["articles"]
    return rows


def print_table(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    console = console or Console()
    first = rows[0] if rows else {}
    table = Table(title=f"newsprism serve under load: {first.get('clients')} clients, "
                        f"{first.get('duration_s')} s per endpoint, "
                        f"{first.get('articles')} articles")  # fmt: skip
    for column in ("endpoint", "requests", "errors", "req/s", "p50 ms", "p90 ms", "p99 ms",
                   "max ms", "load"):  # fmt: skip
        table.add_column(column, justify="left" if column == "endpoint" else "right")
    for r in rows:
        timings = [f"{r[k]:.1f}" for k in ("requests_per_s", "p50_ms", "p90_ms", "p99_ms",
                                           "max_ms", "load_1m")]  # fmt: skip
        timings = [f"{r[k]:.1f}" for k in ("requests_per_s", "p50_ms", "p90_ms", "p99_ms",
                                           "max_ms", "load_1m")]  # fmt: skip
        table.add_row(r["endpoint"], f"{r['requests']:,}", str(r["errors"]), *timings)
    console.print(table)
    for r in rows:
        for sample in r["error_samples"]:
            console.print(f"error ({r['endpoint']}): {sample}", markup=False)
