"""WARC reading (warcio against fastwarc) and parallel ingest (--workers, Dask).

``bench_warc``: the two WARC libraries side by side on one WARC.gz of the 990 dev pages
(``scripts/build_test_warc.py``), each in its own child process, medians of 3: wall and
CPU time, pages per CPU second, peak RSS; and newsprism's own reader (warcio plus
charset decoding and the stub check) on the same file, for what reading costs in an
ingest.

``bench_parallel``: ``newsprism ingest`` with ``--workers 1`` and ``2`` on the synthetic
1 000-article corpus and on a WARC of 300 dev pages, as a user runs it (a child process
each, fresh store): articles/s, CPU, and the peak RSS of the whole process tree (the
ingest and its workers, summed, sampled every 0.1 s); then the cleaning stage alone on a
Dask LocalCluster of 1 and of 2 workers, and the speed-up as a share of linear.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
LIB_PAGES = 990
WARC_PAGES = 300
DASK_PAGES = 200
READ_SCRIPT = """
import sys, time
lib, path = sys.argv[1], sys.argv[2]
pages = size = 0
if lib == "warcio":
    from warcio.archiveiterator import ArchiveIterator
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type == "response":
                h = rec.rec_headers
                h.get_header("WARC-Target-URI"); h.get_header("WARC-Date")
                rec.http_headers.get_statuscode(); rec.http_headers.get_header("Content-Type")
                size += len(rec.content_stream().read()); pages += 1
elif lib == "fastwarc":
    from fastwarc import ArchiveIterator, WarcRecordType
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f, record_types=WarcRecordType.response):
            rec.headers.get("WARC-Target-URI"); rec.record_date
            rec.http_headers.status_code; rec.http_content_type
            size += len(rec.reader.read()); pages += 1
else:
    from pathlib import Path
    from newsprism.ingest import IngestOptions, read_path
    from newsprism.models import RawDocument
    for item in read_path(Path(path), IngestOptions()):
        if isinstance(item, RawDocument):
            pages += 1; size += len(item.content)
print(pages, size)
"""


def _builder() -> Any:
    path = ROOT / "scripts" / "build_test_warc.py"
    spec = importlib.util.spec_from_file_location("build_test_warc", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_test_warc"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def ensure_warc(out: Path, pages: int) -> Path:
    """The WARC.gz of ``pages`` dev pages (no extras, nothing broken), built once."""
    path = out / f"dev-{pages}.warc.gz"
    if not path.exists():
        _builder().build(path, pages=pages, data=DATA, extras=False, broken=False)
    return path


def _dev_warc(out: Path, pages: int, console: Console) -> Path | None:
    """The WARC of ``pages`` dev pages, or None (said on the console) without the data."""
    if not DATA.is_dir():
        console.print("skipped: ../shared/data is not beside the clone", markup=False)
        return None
    out.mkdir(parents=True, exist_ok=True)
    return ensure_warc(out, pages)


def run_tree(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a command; wall time, CPU of the whole tree, peak of the tree's summed RSS."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             cwd=ROOT, env={**os.environ, **(env or {})})  # fmt: skip
    root = psutil.Process(child.pid)
    peak, cpu_seen = 0, {}
    while child.poll() is None:
        total = 0
        try:
            for proc in [root, *root.children(recursive=True)]:
                with proc.oneshot():
                    total += proc.memory_info().rss
                    times = proc.cpu_times()
                    cpu_seen[proc.pid] = times.user + times.system
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.1)
    stdout = child.stdout.read().decode() if child.stdout else ""
    wall = time.perf_counter() - started
    return {"wall_s": wall, "cpu_s": sum(cpu_seen.values()), "peak_tree_mb": peak / 1e6,
            "stdout": stdout, "exit": child.returncode}  # fmt: skip


def bench_warc(out: Path, console: Console) -> list[dict[str, Any]]:
    """warcio vs fastwarc reading the same WARC.gz, and newsprism's reader on it."""
    warc = _dev_warc(out, LIB_PAGES, console)
    if warc is None:
        return []
    rows = []
    for lib in ("warcio", "fastwarc", "newsprism"):
        runs = [run_tree([sys.executable, "-c", READ_SCRIPT, lib, str(warc)],
                         env={"PYTHONPATH": str(ROOT / "src")}) for _ in range(3)]  # fmt: skip
        pages = int(runs[0]["stdout"].split()[0]) if runs[0]["exit"] == 0 else 0
        cpu = statistics.median(r["cpu_s"] for r in runs)
        rows.append({"reader": lib, "pages": pages, "file_mb": round(warc.stat().st_size / 1e6, 1),
                     "wall_s": round(statistics.median(r["wall_s"] for r in runs), 2),
                     "cpu_s": round(cpu, 2), "pages_per_cpu_s": round(pages / max(cpu, 1e-6)),
                     "peak_rss_mb": round(statistics.median(r["peak_tree_mb"] for r in runs)),
                     "load_1m": round(os.getloadavg()[0], 2)})  # fmt: skip
    table = Table(title=f"reading one WARC.gz of {LIB_PAGES} dev pages (child process, "
                        "interpreter start included, median of 3)")  # fmt: skip
    for column in ("reader", "pages", "file MB", "wall s", "CPU s", "pages/CPU s",
                   "peak RSS MB", "load"):  # fmt: skip
        table.add_column(column, justify="left" if column == "reader" else "right")
    for r in rows:
        table.add_row(r["reader"], str(r["pages"]), f"{r['file_mb']}", f"{r['wall_s']:.2f}",
                      f"{r['cpu_s']:.2f}", f"{r['pages_per_cpu_s']:,}", str(r["peak_rss_mb"]),
                      f"{r['load_1m']:.1f}")  # fmt: skip
    console.print(table)
    console.print("newsprism = warcio + charset decoding + stub check, as ingest reads "
                  "(cleaning not included).", markup=False)  # fmt: skip
    return rows


def _ingest_row(label: str, target: Path, workers: int, out: Path) -> dict[str, Any]:
    import json

    db = out / f"parallel-{label}-{workers}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    load = os.getloadavg()[0]
    command = [sys.executable, "-m", "newsprism", "ingest", str(target), "--db", str(db),
               "--workers", str(workers), "--format", "json"]  # fmt: skip
    result = run_tree(command, env={"PYTHONPATH": str(ROOT / "src")})
    report = json.loads(result["stdout"])
    handled = report["added"] + report["already_stored"]
    return {"corpus": label, "workers": workers, "added": report["added"],
            "failed": report["failed"], "skipped": report.get("skipped", 0),
            "wall_s": round(result["wall_s"], 1), "cpu_s": round(result["cpu_s"], 1),
            "articles_per_s": round(handled / result["wall_s"], 1),
            "peak_tree_mb": round(result["peak_tree_mb"]), "load_1m": round(load, 2)}  # fmt: skip


def warm_up(pool: Any, raws: list, options: Any, workers: int, passes: int = 1) -> None:
    """Clean two tasks' worth of pages per worker before the clock starts, so that every
    worker has loaded its models (trafilatura, lingua, the outlet table); then ``passes``
    passes over every page through the pool (batches of 50, as timed).

    The passes since session 19: lingua's model of a language, jusText's stop list and
    dateparser's patterns of a locale load when a worker first meets them, so the timed
    pages paid them again in every worker; ``python -m benchmarks.pool_cpu --warm-passes
    0`` against ``1`` (docs/benchmarks.md, "Session 19") put most of the extra CPU a
    page of two workers there. It is a cost of each worker's start, not of a page.

    Until 2026-12-05 the warm-up was ``2 * workers`` pages: one task of up to
    ``CHUNK`` pages, so with two workers only one was warm and the other loaded its
    models inside the timed part, which the speed-up then counted against two workers
    (a cost paid once per worker and run, not per page)."""
    from newsprism.cleaning_pool import CHUNK

    pool.submit(raws[: 2 * CHUNK * workers], options).result()
    for _ in range(passes):
        for batch in [pool.submit(raws[i : i + 50], options) for i in range(0, len(raws), 50)]:
            batch.result()


def _dask_cleaning(pages: Path, workers: int) -> float:
    """Seconds to clean every page of ``pages`` on a LocalCluster of ``workers`` (the
    cluster started and every worker warmed up first: :func:`warm_up`)."""
    from newsprism.clean import CleanOptions
    from newsprism.cleaning_pool import open_pool
    from newsprism.ingest import IngestOptions, read_path
    from newsprism.models import RawDocument

    raws = [i for i in read_path(pages, IngestOptions()) if isinstance(i, RawDocument)]
    options = CleanOptions()
    with open_pool(workers, dask=True) as pool:
        warm_up(pool, raws, options, workers)
        started = time.perf_counter()
        pending = [pool.submit(raws[i : i + 50], options) for i in range(0, len(raws), 50)]
        for batch in pending:
            batch.result()
        return time.perf_counter() - started


def bench_parallel(out: Path, console: Console) -> list[dict[str, Any]]:
    """ingest --workers 1 and 2 (articles/s, tree RSS); Dask 1 vs 2 on cleaning."""
    from benchmarks.ingest import ensure_corpus

    out.mkdir(parents=True, exist_ok=True)
    ensure_corpus(out / "corpus-1000", 1000)
    targets = [("corpus-1000", out / "corpus-1000")]
    if DATA.is_dir():
        targets.append((f"warc-{WARC_PAGES}", ensure_warc(out, WARC_PAGES)))
    rows = [_ingest_row(label, target, workers, out)
            for label, target in targets for workers in (1, 2)]  # fmt: skip
    table = Table(title="newsprism ingest --workers N (child process, fresh store, stories on)")
    for column in ("corpus", "workers", "added", "failed", "skipped", "wall s", "CPU s",
                   "articles/s", "speed-up", "peak RSS of tree MB", "load"):  # fmt: skip
        table.add_column(column, justify="left" if column == "corpus" else "right")
    base = {r["corpus"]: r["articles_per_s"] for r in rows if r["workers"] == 1}
    for r in rows:
        r["speedup"] = round(r["articles_per_s"] / max(base[r["corpus"]], 1e-9), 2)
        table.add_row(r["corpus"], str(r["workers"]), f"{r['added']:,}", str(r["failed"]),
                      str(r["skipped"]), f"{r['wall_s']:.1f}", f"{r['cpu_s']:.1f}",
                      f"{r['articles_per_s']:.1f}", f"{r['speedup']:.2f}x",
                      str(r["peak_tree_mb"]), f"{r['load_1m']:.1f}")  # fmt: skip
    console.print(table)
    return rows


def bench_dask_clean(out: Path, console: Console) -> list[dict[str, Any]]:
    """The cleaning stage alone on a Dask LocalCluster of 1 and of 2 workers."""
    pages = _dev_warc(out, DASK_PAGES, console)
    if pages is None:
        return []
    load = round(os.getloadavg()[0], 2)
    one, two = _dask_cleaning(pages, 1), _dask_cleaning(pages, 2)
    linear = (one / two) / 2
    console.print(f"Dask LocalCluster, cleaning {DASK_PAGES} dev pages (after warm-up): "
                  f"1 worker {one:.1f} s, 2 workers {two:.1f} s: speed-up {one / two:.2f}x, "
                  f"{100 * linear:.0f} % of linear (load {load:.1f} at the start)",
                  markup=False)  # fmt: skip
    return [{"dask_workers": 1, "clean_s": round(one, 2), "pages": DASK_PAGES, "load_1m": load},
            {"dask_workers": 2, "clean_s": round(two, 2), "pages": DASK_PAGES,
             "share_of_linear": round(linear, 3)}]  # fmt: skip
