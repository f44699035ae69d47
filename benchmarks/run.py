"""Named benchmarks behind ``make bench``: each prints a table and writes ``out/<name>.json``.

Run from the project root::

    .venv/bin/python -m benchmarks.run              # every benchmark marked in_all
    .venv/bin/python -m benchmarks.run ingest       # one (or several) by name
    .venv/bin/python -m benchmarks.run --list

Adding a benchmark is one function ``(out, console) -> list[dict]`` that measures, prints
its own rich table and returns JSON-able rows, plus one entry in ``BENCHMARKS``. The runner
writes the rows with the machine they were measured on, so figures in docs/benchmarks.md
can always be traced to a file.

The ingest and stages legs live in benchmarks/ingest.py and benchmarks/stages.py, the
measured child process in benchmarks/child.py; every other leg is a thin wrapper here
around the module it names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from benchmarks.ingest import bench_ingest
from benchmarks.layout import OUT, PIPED_WIDTH
from benchmarks.stages import bench_stages

BenchFn = Callable[..., list[dict[str, Any]]]


@dataclass(frozen=True)
class Benchmark:
    """One registry entry: the function, a line for ``--list``, and whether "all" runs it."""

    fn: BenchFn
    about: str
    # False for diagnoses and for anything that takes more than about two minutes, so
    # that `make bench` stays a few minutes long.
    in_all: bool = True


# -- embeddings ------------------------------------------------------------------------


def bench_embeddings(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """The embedder comparison of benchmarks/embeddings.py, one row per embedder.

    It prints its own tables and runs each embedder in a child process of its own, so
    ``out`` and ``console`` are not used; the rows keep its AUCs rather than raw similarities.
    """
    import numpy as np

    from benchmarks import embeddings

    results = embeddings.run()
    embeddings.print_tables(results, None)
    rows = []
    for r in results:
        row = {k: v for k, v in r.items() if k != "similarities"}
        row["auc"] = {
            pairs: embeddings.roc_auc(np.asarray(v["sim"]), np.asarray(v["gold"]))
            for pairs, v in r.get("similarities", {}).items()
        }
        rows.append(row)
    return rows


# -- compare ---------------------------------------------------------------------------


def bench_compare(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """``compare`` on stories of 2, 10 and 50 articles (benchmarks/compare.py)."""
    from benchmarks import compare

    rows = compare.run()
    compare.print_table(rows)
    return rows


# -- web -------------------------------------------------------------------------------


def bench_web(out: Path = OUT, console: Console | None = None, **options: Any
              ) -> list[dict[str, Any]]:  # fmt: skip
    """``newsprism serve`` under 20 clients: story page and search, on SQLite and on
    PostgreSQL (benchmarks/web.py)."""
    from benchmarks import web

    console = console or Console(width=PIPED_WIDTH)
    rows = web.run(out, console=console, **options)
    web.print_table(rows, console)
    return rows


# -- stories ---------------------------------------------------------------------------


def bench_stories(out: Path = OUT, console: Console | None = None, **options: Any
                  ) -> list[dict[str, Any]]:  # fmt: skip
    """ingest with stories, recluster on 3 engines, growth chart (benchmarks/stories.py)."""
    from benchmarks import stories

    return stories.run(out, console or Console(width=PIPED_WIDTH), **options)


# -- hostile ---------------------------------------------------------------------------


def bench_hostile(out: Path = OUT, console: Console | None = None, **options: Any
                  ) -> list[dict[str, Any]]:  # fmt: skip
    """ingest of good and hostile items: exit status, failures by code, peak RSS."""
    from benchmarks import hostile_bench

    return hostile_bench.bench_hostile(out, console or Console(width=PIPED_WIDTH), **options)


# -- WARC and parallel ingest ----------------------------------------------------------


def bench_warc(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """warcio vs fastwarc vs newsprism's reader on one WARC.gz (benchmarks/warc.py)."""
    from benchmarks import warc

    return warc.bench_warc(out, console or Console(width=PIPED_WIDTH))


def bench_parallel(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """ingest --workers 1 and 2; Dask 1 vs 2 on the cleaning stage (benchmarks/warc.py)."""
    from benchmarks import warc

    return warc.bench_parallel(out, console or Console(width=PIPED_WIDTH))


def bench_stories_model(out: Path = OUT, console: Console | None = None
                        ) -> list[dict[str, Any]]:  # fmt: skip
    from benchmarks.stories_model import bench_stories_model as run_it

    return run_it(out, console)


def bench_dask_clean(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """The cleaning stage on a Dask LocalCluster of 1 and 2 workers (benchmarks/warc.py)."""
    from benchmarks import warc

    return warc.bench_dask_clean(out, console or Console(width=PIPED_WIDTH))


def bench_stage_inflation(out: Path = OUT, console: Console | None = None
                          ) -> list[dict[str, Any]]:  # fmt: skip
    """Each step of cleaning a page, one process alone against two at once: which step's
    CPU grows (benchmarks/stage_inflation.py)."""
    from benchmarks import stage_inflation

    return stage_inflation.bench_stage_inflation(out, console)


# -- Arabic next to English ---------------------------------------------------------------


def bench_crosslang(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """English-only ingest with the cross-language path on/off, Arabic vs English ingest
    cost, compare of a mixed story (benchmarks/crosslang.py)."""
    from benchmarks import crosslang

    rows = crosslang.run()
    crosslang.print_table(rows)
    return rows


# -- cleaning --------------------------------------------------------------------------


def bench_cleaning(out: Path = OUT, console: Console | None = None, **options: Any
                   ) -> list[dict[str, Any]]:  # fmt: skip
    """HTML cleaning against trafilatura alone, CPU and peak RSS (benchmarks/cleaning.py)."""
    from benchmarks import cleaning

    rows = cleaning.measure(out=out, **options)
    cleaning.print_table(rows, console or Console(width=PIPED_WIDTH))
    return rows


# -- backends --------------------------------------------------------------------------


def bench_backends(out: Path = OUT, console: Console | None = None, **options: Any
                   ) -> list[dict[str, Any]]:  # fmt: skip
    """ingest of 10 000 articles and the web load test on SQLite and PostgreSQL, side by
    side, with the PostgreSQL / SQLite ratios (benchmarks/backends.py)."""
    from benchmarks import backends

    return backends.run(out, console or Console(width=PIPED_WIDTH), **options)


# -- registry and runner ---------------------------------------------------------------

BENCHMARKS: dict[str, Benchmark] = {
    "ingest": Benchmark(bench_ingest, "ingest+clean+store, 1 000 and 10 000 articles"),
    # About 8 s on 2 cores with the static model only (the main venv has no torch).
    "embeddings": Benchmark(bench_embeddings, "embedders: speed, memory, paraphrase AUC"),
    "compare": Benchmark(bench_compare, "compare: one story of 2, 10 and 50 articles"),
    # About 90 s: building the store, warming 5 story pages, then 2 x 30 s of load.
    "web": Benchmark(bench_web, "serve under load: story page and search, 20 clients, 30 s"),
    # About 32 min (10 000 and 100 000, all formats, on two cores): the
    # issue asks for it in `make bench`, so it is in "all"; run alone by name.
    "stories": Benchmark(bench_stories, "ingest with stories, recluster local/dask, growth"),
    # About 1 min at 1 000 items once no item stops the run (several when one does: a
    # hang waits for the time limit, then every hostile file is ingested alone).
    "hostile": Benchmark(bench_hostile, "ingest of 1 000 good and hostile items: codes, RSS"),
    # About 2 min: 4 English-only ingests of 152 articles, two NTREX batches, 3 compares.
    "crosslang": Benchmark(bench_crosslang, "Arabic next to English: ingest cost, compare"),
    # About 3 min: 300 pages, three kinds of child process, three times each.
    "cleaning": Benchmark(bench_cleaning, "HTML cleaning vs trafilatura alone: CPU, peak RSS"),
    # About 9 min on a quiet machine (10 000 articles, two passes, two backends, then
    # 2 x 2 x 30 s of web load): only by name, or `make bench-backends`.
    "backends": Benchmark(bench_backends, "ingest 10 000 and web load on SQLite and "
                          "PostgreSQL, side by side", in_all=False),
    # A diagnosis rather than a figure to track: about 90 s, so only by name.
    "stages": Benchmark(bench_stages, "ingest CPU by stage (10 000 articles)", in_all=False),
    "warc": Benchmark(bench_warc, "WARC.gz of 990 dev pages: warcio vs fastwarc vs our reader"),
    "parallel": Benchmark(bench_parallel, "ingest --workers 1 and 2: articles/s, tree RSS",
                          in_all=False),
    # About 8 min on a quiet machine: 1 000 and 10 000 articles, each model, --workers 2.
    "stories-model": Benchmark(bench_stories_model, "ingest --workers 2 with and without "
                               "--stories-model minilm: articles/s, RSS, bytes", in_all=False),
    "dask-clean": Benchmark(bench_dask_clean, "cleaning on Dask, 1 vs 2 workers (% of linear)",
                            in_all=False),
    # About 3 min on a quiet machine (two processes, 6 rounds of 200 pages): a diagnosis.
    "stage-inflation": Benchmark(bench_stage_inflation, "CPU of each cleaning step, one "
                                 "process alone vs two at once (ratio per step)",
                                 in_all=False),
}


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
    }


def run(names: Sequence[str], out: Path = OUT, console: Console | None = None) -> dict[str, Any]:
    """Run the named benchmarks in order; write ``out/<name>.json`` after each one."""
    console = console or Console(width=PIPED_WIDTH)
    out.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in names:
        console.rule(name)
        started = time.perf_counter()
        rows = BENCHMARKS[name].fn(out=out, console=console)
        elapsed = time.perf_counter() - started
        record = {
            "benchmark": name,
            "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "elapsed_s": round(elapsed, 1),
            "machine": machine(),
            "rows": rows,
        }
        (out / f"{name}.json").write_text(json.dumps(record, indent=1) + "\n", "utf-8")
        console.print(f"{name}: {elapsed:.0f} s; results in {out / f'{name}.json'}", markup=False)
        results[name] = record
    return results


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.run [NAME...]``: the named benchmarks, or all marked in_all."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default all)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--out", type=Path, default=OUT, help="results folder")
    args = parser.parse_args(argv)
    if args.list:
        for name, bench in BENCHMARKS.items():
            print(f"{name:12} {bench.about}{'' if bench.in_all else '  (only by name)'}")
        return 0
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    names = args.names or [n for n, b in BENCHMARKS.items() if b.in_all]
    run(names, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
