"""Named benchmarks behind ``make bench``: each prints a table and writes ``out/<name>.json``.

Run from the project root::

    .venv/bin/python -m benchmarks.run              # every benchmark marked in_all
    .venv/bin/python -m benchmarks.run ingest       # one (or several) by name
    .venv/bin/python -m benchmarks.run --list

Adding a benchmark is one function ``(out, console) -> list[dict]`` that measures, prints
its own rich table and returns JSON-able rows, plus one entry in ``BENCHMARKS``. The runner
writes the rows with the machine they were measured on, so figures in docs/benchmarks.md
can always be traced to a file.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.corpus import CORPUS_VERSION, CorpusStats, build_corpus, iter_bad, read_manifest

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"  # gitignored: corpora, stores, results
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

# Piped output (make bench > log) gets a readable width instead of rich's 80 columns.
_PIPED_WIDTH = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 140

BenchFn = Callable[..., list[dict[str, Any]]]


@dataclass(frozen=True)
class Benchmark:
    """One registry entry: the function, a line for ``--list``, and whether "all" runs it."""

    fn: BenchFn
    about: str
    # False for diagnoses and for anything that takes more than about two minutes, so
    # that `make bench` stays a few minutes long.
    in_all: bool = True


# -- ingest ----------------------------------------------------------------------------


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
    console = console or Console(width=_PIPED_WIDTH)
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


# -- stages ----------------------------------------------------------------------------

# (module, attribute, label) of the functions ``bench_stages`` times. Each is patched where
# its caller looks it up, so the timer sees every call; labels are indented as they nest.
STAGES = (
    ("newsprism.cleaning_pool", "clean_document", "clean (all of it)"),
    ("newsprism.clean", "extract_html", "  HTML cascade (HTML and feed items)"),
    ("trafilatura", "bare_extraction", "    trafilatura"),
    ("newsprism.clean.html", "meta_stamps", "    page dates (meta, JSON-LD, URL)"),
    ("newsprism.clean.html", "htmldate_stamp", "    htmldate fallback"),
    ("newsprism.clean.html", "parse_tree", "    lxml parse"),
    ("newsprism.clean", "clean_lines", "  text line rules"),
    ("newsprism.clean", "detect_language", "  language (lingua)"),
    ("newsprism.clean", "_outlet", "  outlet"),
    ("newsprism.clean", "_choose_date", "  date choice"),
    ("dateparser.date", "DateDataParser.get_date_data", "dateparser (any caller)"),
    ("newsprism.store.sqlite", "SQLiteStore.add_batch", "SQLite writes"),
    ("newsprism.store.sqlite", "SQLiteStore.known_hashes", "SQLite hash look-ups"),
)


@contextlib.contextmanager
def _stage_timers(
    spent: Counter[str], calls: Counter[str], stages: Sequence[tuple[str, str, str]] = STAGES
) -> Iterator[list[str]]:
    """Wrap each of ``stages`` with a CPU timer; put the originals back on exit."""
    patched, missing = [], []
    for module_name, attribute, label in stages:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = getattr(owner, name, None)
        if original is None:  # renamed since: leave it out rather than fail the run
            missing.append(f"{module_name}.{attribute}")
            continue

        def timed(*args: Any, _fn: Any = original, _label: str = label, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _fn(*args, **kwargs)
            finally:
                spent[_label] += time.process_time() - started
                calls[_label] += 1

        setattr(owner, name, timed)
        patched.append((owner, name, original))
    try:
        yield missing
    finally:
        for owner, name, original in patched:
            setattr(owner, name, original)


def bench_stages(
    out: Path = OUT, console: Console | None = None, *, n: int = 10_000
) -> list[dict[str, Any]]:
    """Where ingest spends its CPU: inclusive time of each stage over one corpus, in-process.

    cProfile says the same in outline but inflates pure-Python code (the ``regex``
    module compiling dateparser's locale patterns costs 2 s, and 28 s under the
    profiler), so the shares here come from timers around a few named functions.
    """
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store

    console = console or Console(width=_PIPED_WIDTH)
    out.mkdir(parents=True, exist_ok=True)
    corpus = out / f"corpus-{n}"
    ensure_corpus(corpus, n)
    db = out / "stages.db"
    remove_db(db)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    with _stage_timers(spent, calls) as missing, open_store(db) as store:
        started = time.process_time()
        report = ingest_paths([corpus], store)
        total = time.process_time() - started
    remove_db(db)
    outside = total - spent["clean (all of it)"] - spent["SQLite writes"]
    outside -= spent["SQLite hash look-ups"]
    rows = [
        {"stage": label, "cpu_s": round(spent[label], 2), "share": spent[label] / total,
         "calls": calls[label]}
        for _, _, label in STAGES
        if label in calls
    ]  # fmt: skip
    rows.append({"stage": "read, decode, hash, batch (calls: files)", "cpu_s": round(outside, 2),
                 "share": outside / total, "calls": report.files})  # fmt: skip
    rows.append({"stage": "total (calls: articles stored)", "cpu_s": round(total, 2), "share": 1.0,
                 "calls": len(report.added)})  # fmt: skip
    table = Table(title=f"ingest of corpus-{n}: CPU by stage (inclusive, one process)")
    for column in ("stage", "CPU s", "share", "calls"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    for r in rows:
        table.add_row(r["stage"], f"{r['cpu_s']:.1f}", f"{r['share']:.0%}", f"{r['calls']:,}")
    console.print(table)
    for name in missing:
        console.print(f"not timed (not found): {name}", markup=False)
    return rows


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

    console = console or Console(width=_PIPED_WIDTH)
    rows = web.run(out, console=console, **options)
    web.print_table(rows, console)
    return rows


# -- stories ---------------------------------------------------------------------------


def bench_stories(out: Path = OUT, console: Console | None = None, **options: Any
                  ) -> list[dict[str, Any]]:  # fmt: skip
    """ingest with stories, recluster on 3 engines, growth chart (benchmarks/stories.py)."""
    from benchmarks import stories

    return stories.run(out, console or Console(width=_PIPED_WIDTH), **options)


# -- hostile ---------------------------------------------------------------------------


def bench_hostile(out: Path = OUT, console: Console | None = None, **options: Any
                  ) -> list[dict[str, Any]]:  # fmt: skip
    """ingest of good and hostile items: exit status, failures by code, peak RSS."""
    from benchmarks import hostile_bench

    return hostile_bench.bench_hostile(out, console or Console(width=_PIPED_WIDTH), **options)


# -- WARC and parallel ingest ----------------------------------------------------------


def bench_warc(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """warcio vs fastwarc vs newsprism's reader on one WARC.gz (benchmarks/warc.py)."""
    from benchmarks import warc

    return warc.bench_warc(out, console or Console(width=_PIPED_WIDTH))


def bench_parallel(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """ingest --workers 1 and 2; Dask 1 vs 2 on the cleaning stage (benchmarks/warc.py)."""
    from benchmarks import warc

    return warc.bench_parallel(out, console or Console(width=_PIPED_WIDTH))


def bench_dask_clean(out: Path = OUT, console: Console | None = None) -> list[dict[str, Any]]:
    """The cleaning stage on a Dask LocalCluster of 1 and 2 workers (benchmarks/warc.py)."""
    from benchmarks import warc

    return warc.bench_dask_clean(out, console or Console(width=_PIPED_WIDTH))


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
    cleaning.print_table(rows, console or Console(width=_PIPED_WIDTH))
    return rows
# -- backends --------------------------------------------------------------------------


def bench_backends(out: Path = OUT, console: Console | None = None, **options: Any
                   ) -> list[dict[str, Any]]:  # fmt: skip
    """ingest of 10 000 articles and the web load test on SQLite and PostgreSQL, side by
    side, with the PostgreSQL / SQLite ratios (benchmarks/backends.py)."""
    from benchmarks import backends

    return backends.run(out, console or Console(width=_PIPED_WIDTH), **options)


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
    "dask-clean": Benchmark(bench_dask_clean, "cleaning on Dask, 1 vs 2 workers (% of linear)",
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
    console = console or Console(width=_PIPED_WIDTH)
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
