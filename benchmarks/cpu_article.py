"""CPU per article on the ingest path: by stage, and split between writer and workers.

Wall time means little on a shared machine; CPU time does. Two measures, each over one
corpus of ``benchmarks/corpus.py``, into a fresh store, stories on (what ``newsprism
ingest`` does):

- ``stages``: one process (``--workers 1``), a CPU timer around each named function of
  ``STAGES`` (inclusive times; indentation shows nesting), in ms per stored article.
- ``tree``: ``--workers N`` in this process: the writer's CPU (this process, all its
  threads: the pool's result thread unpickles there) and the workers' (each worker
  process, and the forkserver), read before the pool closes; the writer's main thread
  apart, so that what the pool's threads cost shows.

``python -m benchmarks.cpu_article --n 1000 --workers 2`` (run it with ``nice -n 19`` on a
shared machine); ``--profile FILE`` also writes a cProfile of the writer's main thread.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import psutil

from benchmarks.ingest import ensure_corpus, remove_db
from benchmarks.layout import OUT
from benchmarks.stages import STAGES as INGEST_STAGES
from benchmarks.stages import _stage_timers

# (module, attribute, label): those of ``python -m benchmarks.run stages``, and the story
# step's parts and the writer's other writes; each patched where its caller looks it up.
STAGES = (
    *INGEST_STAGES,
    ("newsprism.cleaning_pool", "bound_by_crawl", "crawl bound"),
    ("newsprism.cluster.engine", "StoryAssigner.__call__", "story step (all of it)"),
    ("newsprism.cluster.state", "Session.assign_pending", "  assignment (with features)"),
    ("newsprism.cluster.state", "compute_features", "    features"),
    ("newsprism.store.sqlite", "SQLiteStore.forget_failures", "SQLite forget_failures"),
    ("newsprism.pipeline", "_store_features", "writing worker features"),
)


def _corpus(out: Path, n: int) -> Path:
    corpus = out / f"corpus-{n}"
    ensure_corpus(corpus, n)
    return corpus


def warm_up(out: Path, n: int) -> None:
    """Ingest another corpus (seed 1) into a throwaway store first: imports, models and
    first-use compilation are then paid, and what follows is the steady state."""
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store

    if n <= 0:
        return
    corpus, db = out / f"corpus-{n}-seed1", out / "cpu-warm.db"
    ensure_corpus(corpus, n, seed=1)
    remove_db(db)
    with open_store(db) as store:
        ingest_paths([corpus], store)
    remove_db(db)


def measure_stages(out: Path, n: int, warm: int = 0) -> dict[str, Any]:
    """In one process: inclusive CPU s and calls of each stage, and the total."""
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store

    corpus, db = _corpus(out, n), out / "cpu-stages.db"
    warm_up(out, warm)
    remove_db(db)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    with _stage_timers(spent, calls, STAGES) as missing, open_store(db) as store:
        started = time.process_time()
        report = ingest_paths([corpus], store)
        total = time.process_time() - started
    remove_db(db)
    stored = len(report.added)
    rows = [{"stage": label, "cpu_s": spent[label], "calls": calls[label],
             "ms_per_article": 1000 * spent[label] / stored}
            for _, _, label in STAGES if label in calls]  # fmt: skip
    rows.append({"stage": "total", "cpu_s": total, "calls": stored,
                 "ms_per_article": 1000 * total / stored})  # fmt: skip
    return {"n": n, "warm": warm, "stored": stored, "rows": rows, "not_timed": missing}


def _tree_cpu(me: psutil.Process) -> dict[int, float]:
    """CPU s (user + system) of each live descendant: the workers and the forkserver."""
    cpu = {}
    for child in me.children(recursive=True):
        try:
            t = child.cpu_times()
            cpu[child.pid] = t.user + t.system
        except psutil.NoSuchProcess:
            continue
    return cpu


def measure_tree(out: Path, n: int, workers: int, profile: Path | None = None,
                 keep: bool = False) -> dict[str, Any]:  # fmt: skip
    """``--workers N`` in this process: CPU of the writer and of the workers."""
    from newsprism.cleaning_pool import open_pool
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store

    corpus, db = _corpus(out, n), out / f"cpu-tree-{workers}.db"
    remove_db(db)
    me = psutil.Process()
    seen: dict[int, float] = {}
    profiler = cProfile.Profile(time.thread_time) if profile else None

    def sample(_report: Any) -> None:
        seen.update(_tree_cpu(me))

    with open_store(db) as store, open_pool(workers) as pool:
        sample(None)
        before = dict(seen)
        process, thread = time.process_time(), time.thread_time()
        if profiler:
            profiler.enable()
        report = ingest_paths([corpus], store, pool=pool, on_commit=sample)
        if profiler:
            profiler.disable()
        process, thread = time.process_time() - process, time.thread_time() - thread
        sample(None)
    if not keep:
        remove_db(db)
    if profiler and profile:
        profiler.dump_stats(profile)
    workers_cpu = sum(seen.values()) - sum(before.values())
    stored = len(report.added)
    per = {"writer_ms": 1000 * process / stored, "writer_main_thread_ms": 1000 * thread / stored,
           "workers_ms": 1000 * workers_cpu / stored}  # fmt: skip
    per["total_ms"] = per["writer_ms"] + per["workers_ms"]
    return {"n": n, "workers": workers, "stored": stored, "writer_cpu_s": process,
            "writer_main_thread_cpu_s": thread, "workers_cpu_s": workers_cpu, **per,
            "failed": len(report.failures)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--workers", type=int, default=2, help="for the tree measure")
    parser.add_argument("--warm", type=int, default=0,
                        help="stages: first ingest a corpus of this size (seed 1)")
    parser.add_argument("--what", choices=("stages", "tree", "both"), default="both")
    parser.add_argument("--profile", type=Path, help="cProfile of the writer (tree measure)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--keep", action="store_true", help="keep the tree measure's store")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {}
    if args.what in ("stages", "both"):
        result["stages"] = measure_stages(args.out, args.n, args.warm)
        for row in result["stages"]["rows"]:
            print(f"{row['stage']:<40} {row['cpu_s']:8.2f} s {row['ms_per_article']:7.2f} ms"
                  f" {row['calls']:8d} calls")  # fmt: skip
    if args.what in ("tree", "both"):
        result["tree"] = measure_tree(args.out, args.n, args.workers, args.profile, args.keep)
        print(json.dumps(result["tree"], indent=1))
    (args.out / f"cpu-article-{args.n}.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
