"""Stories: ingest with clustering, ``recluster`` on three engines, and the growth of the
cost of assigning one article with the size of the store.

Three measurements over the synthetic corpora of ``benchmarks/corpus.py``:

1. **ingest + stories.** ``ingest_paths(..., cluster=True)`` (what ``newsprism ingest``
   does) over a fresh store, in a child process of its own, so that its peak RSS
   (``os.wait4``) is its own. Inside the child, the ingest hook (``StoryAssigner``) is
   wrapped with timers, so every call records how many articles it assigned, how many
   were in the store, and the wall and CPU time it took, with the part spent computing
   the articles' features apart. For reference the same corpus is also ingested with
   ``cluster=False`` (the smaller sizes only, by default).
2. **recluster.** ``newsprism recluster --engine local``, ``--engine dask --workers 1``
   and ``--workers 2`` on the store that step 1 built, first with the stored features,
   then with ``--refeature`` (up to 10 000 articles by default; ``--only-refeature``
   runs them afterwards on a store that an earlier run kept). Each run is a child
   process; the peak RSS of its whole process tree (Dask workers included) is sampled
   with psutil every 0.1 s. After each run the memberships are read back and compared,
   as partitions of the articles.
3. **growth.** The per-call timings of step 1, summed per window of articles, give the
   cost of assigning one article against the number of articles in the store; the chart
   is drawn from those rows (``docs/img/benchmarks-stories-growth.png``).

The default sizes are the full-mix 10 000 and 100 000 corpora, all four formats (about
32 minutes on two cores: the HTML pages cost ~30 ms each in trafilatura). For the growth
of the story step alone, ``--size 100000:text+jsonl`` (86 000 articles, ~12 minutes)
leaves the HTML out.

Example::

    .venv/bin/python -m benchmarks.run stories                      # both sizes (~32 min)
    .venv/bin/python -m benchmarks.stories --size 10000:all         # one size, same JSON
    .venv/bin/python -m benchmarks.stories --size 100000:all        # with HTML: ~45 min
    .venv/bin/python -m benchmarks.stories --only-refeature --size 100000:text+jsonl
    .venv/bin/python -m benchmarks.stories --chart benchmarks/out/stories.json
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
CHART = ROOT / "docs" / "img" / "benchmarks-stories-growth.png"
# (articles in the corpus, which of its folders are ingested)
SIZES: tuple[tuple[int, str], ...] = ((10_000, "all"), (100_000, "all"))
ENGINES: tuple[tuple[str, int | None], ...] = (("local", None), ("dask", 1), ("dask", 2))
PLAIN_MAX = 10_000  # ingest without stories, for reference, up to this size
REFEATURE_MAX = 10_000  # recluster --refeature up to this size (3 more runs per size)
WINDOW = 1_000  # articles per point of the growth chart
MIN_POINT = 100  # a window of fewer articles is left off the chart


# -- the child: one ingest run, timed ---------------------------------------------------


def _paths(corpus: Path, folders: str) -> list[Path]:
    if folders == "all":
        return [corpus]
    return [corpus / name for name in folders.split("+") if (corpus / name).is_dir()]


def child_ingest(corpus: Path, db: Path, folders: str, cluster: bool,
                 model_file: Path | None = None) -> dict[str, Any]:  # fmt: skip
    """Ingest in this process; with ``cluster``, time every call of the story hook.
    ``model_file``: a clusterer model file instead of the packaged one (session 27: the
    guard of decision 32 measured against version 3 before a switch)."""
    import newsprism.cluster.state as state
    import newsprism.pipeline as pipeline
    from newsprism.cluster import StoryAssigner
    from newsprism.cluster.model import load_model
    from newsprism.store import open_store

    model = load_model(model_file) if model_file else None

    calls: list[dict[str, Any]] = []
    features = {"wall": 0.0, "cpu": 0.0}
    open_s = {"wall": 0.0, "cpu": 0.0}
    ensure = state.ensure_features

    def timed_features(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return ensure(*args, **kwargs)
        finally:
            features["wall"] += time.perf_counter() - wall
            features["cpu"] += time.process_time() - cpu

    class TimedAssigner:
        def __init__(self, store: Any, model: Any = None) -> None:
            self.store, self.inner = store, StoryAssigner(store, model)

        def __call__(self) -> int:
            if self.inner.session is None and state.needs_work(self.store):
                wall, cpu = time.perf_counter(), time.process_time()
                self.inner.session = state.Session(self.store, self.inner.model)  # live stories
                open_s["wall"] += time.perf_counter() - wall
                open_s["cpu"] += time.process_time() - cpu
            f_wall, f_cpu = features["wall"], features["cpu"]
            wall, cpu = time.perf_counter(), time.process_time()
            n = self.inner()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            if n:
                in_store = self.store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                calls.append({"in_store": in_store, "assigned": n, "wall_s": wall, "cpu_s": cpu,
                              "features_wall_s": features["wall"] - f_wall,
                              "features_cpu_s": features["cpu"] - f_cpu})  # fmt: skip
            return n

    state.ensure_features = timed_features
    pipeline._story_assigner = TimedAssigner  # type: ignore[assignment]
    started = time.perf_counter()
    with open_store(db) as store:
        report = pipeline.ingest_paths(_paths(corpus, folders), store, cluster=cluster,
                                       model=model)  # fmt: skip
        articles = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {
        "ingest_s": time.perf_counter() - started,
        "added": len(report.added),
        "already_stored": report.already_stored,
        "failed": len(report.failures),
        "clustered": report.clustered,
        "articles_in_store": articles,
        "session_open_wall_s": open_s["wall"],
        "session_open_cpu_s": open_s["cpu"],
        "calls": calls,
    }


# -- the parent: child processes, rusage, process-tree sampling ------------------------


def _remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


class _TreeRSS:
    """Peak of the summed RSS of a process and all its descendants, sampled every 0.1 s."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += proc.memory_info().rss
            except psutil.Error:
                break
            self.peak = max(self.peak, total)
            self._stop.wait(0.1)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


def _run_child(command: list[str], log: Path) -> dict[str, Any]:
    """Run ``command``; its last stdout line is JSON. Adds wall, CPU and peak RSS."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryFile() as stdout, log.open("wb") as stderr:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=ROOT,
                                 env={**os.environ, "COLUMNS": "200"})  # fmt: skip
        tree = _TreeRSS(child.pid)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        tree_peak = tree.stop()
        stdout.seek(0)
        text = stdout.read().decode("utf-8").strip()
    code = child.returncode = os.waitstatus_to_exitcode(status)  # reaped: tell Popen
    if code not in (0, 1) or not text:
        raise RuntimeError(f"{' '.join(command)} exited {code}; see {log}")
    return {
        **json.loads(text),  # one JSON document (the CLI's is indented)
        "wall_s": wall,
        # user+system of the child and of the children it reaped (Dask workers)
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,  # the largest single process, KiB on Linux
        "tree_peak_rss_mb": tree_peak,
        "load_1m": load,
    }


def _newsprism() -> list[str]:
    script = Path(sys.executable).with_name("newsprism")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsprism"]


def partition(db: Path) -> dict[str, Any]:
    """The stories as a partition of the article ids (story ids left out), and its digest."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT story_id, article_id, duplicate_of FROM story_articles")
        stories: dict[str, list[tuple[str, str]]] = {}
        for story, article, dup in rows:
            stories.setdefault(story, []).append((article, dup or ""))
    groups = sorted(tuple(sorted(members)) for members in stories.values())
    digest = hashlib.sha256(json.dumps(groups).encode()).hexdigest()
    sizes = sorted((len(g) for g in groups), reverse=True)
    return {
        "digest": digest,
        "stories": len(groups),
        "articles": sum(sizes),
        "multi": sum(s >= 2 for s in sizes),
        "in_multi": sum(s for s in sizes if s >= 2),
        "five_plus": sum(s >= 5 for s in sizes),
        "largest": sizes[0] if sizes else 0,
        "duplicates": sum(1 for g in groups for _, d in g if d),
        "groups": groups,
    }


def same_story_share(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Share of articles whose story has exactly the same members in both partitions."""
    def of(p: dict[str, Any]) -> dict[str, frozenset[str]]:
        out = {}
        for g in p["groups"]:
            members = frozenset(x for x, _ in g)
            out.update((x, members) for x in members)
        return out

    left, right = of(a), of(b)
    return sum(left[x] == right.get(x) for x in left) / max(1, len(left))


def _label(n: int, folders: str) -> str:
    return f"{n}" if folders == "all" else f"{n}-{folders}"


IngestResult = tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]


def _ingest_rows(n: int, folders: str, corpus: Path, db: Path, out: Path, cluster: bool,
                 window: int, model_file: Path | None = None) -> IngestResult:  # fmt: skip
    label = _label(n, folders)
    _remove_db(db)
    extra = ["--child-model", str(model_file)] if model_file else []
    result = _run_child(
        [sys.executable, "-m", "benchmarks.stories", "--child-ingest", str(corpus), str(db),
         folders, "1" if cluster else "0", *extra],
        out / f"stories-ingest-{label}-{'stories' if cluster else 'plain'}.stderr.log",
    )  # fmt: skip
    handled = result["added"] + result["already_stored"]
    calls = result.pop("calls")
    row = {
        "kind": "ingest", "corpus": label, "corpus_articles": n, "folders": folders,
        "stories_on": cluster, "added": result["added"], "failed": result["failed"],
        "wall_s": round(result["wall_s"], 2), "cpu_s": round(result["cpu_s"], 2),
        "articles_per_s": round(handled / result["wall_s"], 1),
        "articles_per_cpu_s": round(handled / max(result["cpu_s"], 1e-6), 1),
        "peak_rss_mb": round(result["peak_rss_mb"]), "load_1m": round(result["load_1m"], 2),
    }  # fmt: skip
    part: dict[str, Any] = {}
    growth: list[dict[str, Any]] = []
    if cluster:
        part = partition(db)
        assign_wall = sum(c["wall_s"] for c in calls)
        assign_cpu = sum(c["cpu_s"] for c in calls)
        feat_cpu = sum(c["features_cpu_s"] for c in calls)
        row.update({
            "clustered": result["clustered"],
            "session_open_s": round(result["session_open_wall_s"], 2),
            "assign_wall_s": round(assign_wall, 2), "assign_cpu_s": round(assign_cpu, 2),
            "assign_features_cpu_s": round(feat_cpu, 2),
            "assign_share_of_cpu": round(assign_cpu / max(result["cpu_s"], 1e-6), 3),
            **{k: part[k] for k in ("stories", "multi", "in_multi", "five_plus", "largest",
                                    "duplicates")},
        })  # fmt: skip
        growth = windows(calls, label, window)
    return row, growth, part


def windows(calls: list[dict[str, Any]], label: str, window: int) -> list[dict[str, Any]]:
    """Sum the per-call timings into windows of about ``window`` assigned articles."""
    rows, acc = [], {"assigned": 0, "wall_s": 0.0, "cpu_s": 0.0, "features_cpu_s": 0.0}
    for call in calls:
        for key in acc:
            acc[key] += call[key]
        if acc["assigned"] >= window or call is calls[-1]:
            n = acc["assigned"]
            rows.append({
                "kind": "growth", "corpus": label, "in_store": call["in_store"], "assigned": n,
                "ms_per_article_wall": round(1000 * acc["wall_s"] / n, 3),
                "ms_per_article_cpu": round(1000 * acc["cpu_s"] / n, 3),
                "ms_per_article_features_cpu": round(1000 * acc["features_cpu_s"] / n, 3),
                "ms_per_article_assign_cpu": round(
                    1000 * (acc["cpu_s"] - acc["features_cpu_s"]) / n, 3),
            })  # fmt: skip
            acc = dict.fromkeys(acc, 0)
            acc["assigned"] = 0
    return rows


def _recluster_row(label: str, db: Path, out: Path, engine: str, workers: int | None,
                   refeature: bool) -> tuple[dict[str, Any], dict[str, Any]]:  # fmt: skip
    command = [*_newsprism(), "recluster", "--db", str(db), "--engine", engine, "--format", "json"]
    if workers:
        command += ["--workers", str(workers)]
    if refeature:
        command.append("--refeature")
    name = f"{engine}{workers or ''}{'-refeature' if refeature else ''}"
    result = _run_child(command, out / f"stories-recluster-{label}-{name}.stderr.log")
    part = partition(db)
    return {
        "kind": "recluster", "corpus": label, "engine": engine, "workers": workers,
        "features": "recomputed" if refeature else "stored",
        "articles": result["articles"], "stories": result["stories"],
        "duplicates": result["duplicates"], "features_computed": result["features_computed"],
        "wall_s": round(result["wall_s"], 2), "cpu_s": round(result["cpu_s"], 2),
        "articles_per_s": round(result["articles"] / result["wall_s"], 1),
        "peak_rss_mb": round(result["peak_rss_mb"]),
        "tree_peak_rss_mb": round(result["tree_peak_rss_mb"]),
        "load_1m": round(result["load_1m"], 2), "digest": part["digest"][:16],
    }, part  # fmt: skip


def run(out: Path = OUT, console: Console | None = None, *,
        sizes: Sequence[tuple[int, str]] = SIZES,
        engines: Sequence[tuple[str, int | None]] = ENGINES,
        refeature_max: int = REFEATURE_MAX, plain_max: int = PLAIN_MAX, window: int = WINDOW,
        chart: Path | None = CHART, only_refeature: bool = False
        ) -> list[dict[str, Any]]:  # fmt: skip
    """Every measurement, size by size; partial rows go to ``out/stories.partial.json``.

    ``only_refeature``: no ingest; only the ``--refeature`` reclusters, on the store an
    earlier run left (``python -m benchmarks.stories --only-refeature``).
    """
    from benchmarks.ingest import ensure_corpus

    console = console or Console()
    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    partial = out / f"stories{'-refeature' if only_refeature else ''}.partial.json"

    def keep(new: list[dict[str, Any]]) -> None:
        rows.extend(new)
        partial.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")

    for n, folders in sizes:
        label = _label(n, folders)
        corpus = out / f"corpus-{n}"
        started = time.perf_counter()
        stats = ensure_corpus(corpus, n)
        doing = "recluster --refeature only" if only_refeature else f"ingesting {folders}"
        console.print(f"corpus-{n}: {stats.articles} articles, ready in "
                      f"{time.perf_counter() - started:.0f} s; {doing}", markup=False)  # fmt: skip
        db = out / f"stories-{label}.db"
        if only_refeature:
            _reclusters(label, db, out, engines, (True,), None, keep, console)  # keep() adds
            continue
        if n <= plain_max:
            plain, _, _ = _ingest_rows(n, folders, corpus, db, out, False, window)
            keep([plain])
            console.print(f"  ingest without stories: {plain['articles_per_s']:.0f} articles/s",
                          markup=False)  # fmt: skip
        row, growth, incremental = _ingest_rows(n, folders, corpus, db, out, True, window)
        keep([row, *growth])
        console.print(f"  ingest with stories: {row['articles_per_s']:.0f} articles/s, "
                      f"{row['stories']} stories", markup=False)  # fmt: skip
        modes = (False, True) if n <= refeature_max else (False,)
        _reclusters(label, db, out, engines, modes, incremental, keep, console)
    print_tables(rows, console)
    if chart is not None:
        draw_chart(rows, chart)
        console.print(f"chart: {chart}", markup=False)
    return rows


def _reclusters(label: str, db: Path, out: Path, engines: Sequence[tuple[str, int | None]],
                modes: Sequence[bool], incremental: dict[str, Any] | None, keep: Any,
                console: Console) -> list[dict[str, Any]]:  # fmt: skip
    """One recluster per engine and features mode; each compared with the first."""
    parts, done = [], []
    for refeat in modes:
        for engine, workers in engines:
            rc, part = _recluster_row(label, db, out, engine, workers, refeat)
            parts.append(part)
            rc["same_as_first"] = part["digest"] == parts[0]["digest"]
            rc["same_story_as_incremental"] = (
                None if incremental is None else round(same_story_share(part, incremental), 4))
            keep([rc])
            done.append(rc)
            console.print(f"  recluster {engine} {workers or ''} {rc['features']}: "
                          f"{rc['articles_per_s']:.0f} articles/s", markup=False)  # fmt: skip
    return done


# -- output ----------------------------------------------------------------------------


def print_tables(rows: list[dict[str, Any]], console: Console) -> None:
    ingest = Table(title="ingest with and without stories (child process per run, fresh store)")
    for col in ("corpus", "stories", "added", "wall s", "CPU s", "articles/s", "per CPU s",
                "assign CPU s (features)", "assign share", "peak RSS MB", "load",
                "stories made", ">=2 / >=5 members", "in multi", "largest", "near-copies"):
        ingest.add_column(col, justify="left" if col == "corpus" else "right")
    for r in (r for r in rows if r["kind"] == "ingest"):
        on = r["stories_on"]
        ingest.add_row(
            r["corpus"], "yes" if on else "no", f"{r['added']:,}", f"{r['wall_s']:.1f}",
            f"{r['cpu_s']:.1f}", f"{r['articles_per_s']:,.0f}", f"{r['articles_per_cpu_s']:,.0f}",
            f"{r['assign_cpu_s']:.1f} ({r['assign_features_cpu_s']:.1f})" if on else "-",
            f"{r['assign_share_of_cpu']:.0%}" if on else "-", f"{r['peak_rss_mb']}",
            f"{r['load_1m']:.1f}", f"{r['stories']:,}" if on else "-",
            f"{r['multi']:,} / {r['five_plus']:,}" if on else "-",
            f"{r['in_multi']:,}" if on else "-", f"{r['largest']}" if on else "-",
            f"{r['duplicates']:,}" if on else "-",
        )  # fmt: skip
    console.print(ingest)
    rec = Table(title="recluster on the store built by the ingest (child process per run)")
    for col in ("corpus", "engine", "features", "computed", "wall s", "CPU s", "articles/s",
                "peak RSS MB (1 proc)", "peak RSS MB (tree)", "load", "stories",
                "same stories as first", "same story as incremental"):
        rec.add_column(col, justify="left" if col in ("corpus", "engine", "features") else "right")
    for r in (r for r in rows if r["kind"] == "recluster"):
        rec.add_row(
            r["corpus"], f"{r['engine']}{'' if r['workers'] is None else ' x' + str(r['workers'])}",
            r["features"], f"{r['features_computed']:,}", f"{r['wall_s']:.1f}",
            f"{r['cpu_s']:.1f}", f"{r['articles_per_s']:,.0f}", f"{r['peak_rss_mb']}",
            f"{r['tree_peak_rss_mb']}", f"{r['load_1m']:.1f}", f"{r['stories']:,}",
            "yes" if r["same_as_first"] else "NO",
            "-" if r["same_story_as_incremental"] is None
            else f"{r['same_story_as_incremental']:.1%}",
        )  # fmt: skip
    console.print(rec)
    growth = Table(title="cost of assigning one article against articles in the store (CPU ms)")
    for col in ("corpus", "in store", "assigned", "ms/article", "features", "assign", "wall ms"):
        growth.add_column(col, justify="left" if col == "corpus" else "right")
    grow = [r for r in rows if r["kind"] == "growth"]
    step = max(1, len(grow) // 24)
    for r in grow[::step]:
        growth.add_row(r["corpus"], f"{r['in_store']:,}", f"{r['assigned']:,}",
                       f"{r['ms_per_article_cpu']:.2f}", f"{r['ms_per_article_features_cpu']:.2f}",
                       f"{r['ms_per_article_assign_cpu']:.2f}",
                       f"{r['ms_per_article_wall']:.2f}")  # fmt: skip
    console.print(growth)


def draw_chart(rows: list[dict[str, Any]], target: Path) -> Path:
    """ms per article of the story step against articles in the store, one line per corpus."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=110)
    corpora = dict.fromkeys(r["corpus"] for r in rows if r["kind"] == "growth")
    for corpus in corpora:
        # The last window holds what the final call assigned, often a handful of
        # articles: too few to be a point (it stays in the JSON).
        pts = [r for r in rows if r["kind"] == "growth" and r["corpus"] == corpus
               and r["assigned"] >= MIN_POINT]  # fmt: skip
        xs = [r["in_store"] for r in pts]
        ax.plot(xs, [r["ms_per_article_cpu"] for r in pts], marker=".",
                label=f"{corpus}: story step, all (CPU)")  # fmt: skip
        ax.plot(xs, [r["ms_per_article_assign_cpu"] for r in pts], linestyle="--",
                label=f"{corpus}: of which assignment (no features)")  # fmt: skip
    ax.set_xlabel("articles in the store")
    ax.set_ylabel("ms per article (CPU)")
    ax.set_title("Incremental ingest: cost of the story step per article, per window")
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target)
    plt.close(fig)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stories",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--child-ingest", nargs=4, metavar=("CORPUS", "DB", "FOLDERS", "CLUSTER"),
                        help=argparse.SUPPRESS)  # fmt: skip
    parser.add_argument("--child-model", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", action="append", metavar="N:FOLDERS",
                        help="e.g. 10000:all or 100000:text+jsonl (repeatable)")
    parser.add_argument("--refeature-max", type=int, default=REFEATURE_MAX,
                        help="run recluster --refeature up to this corpus size")
    parser.add_argument("--only-refeature", action="store_true",
                        help="only the --refeature reclusters, on the stores of an earlier run "
                        "(writes out/stories-refeature.json)")
    parser.add_argument("--chart", type=Path, metavar="STORIES_JSON",
                        help="only redraw the chart from a stories.json")
    args = parser.parse_args(argv)
    if args.child_ingest:
        corpus, db, folders, cluster = args.child_ingest
        print(json.dumps(child_ingest(Path(corpus), Path(db), folders, cluster == "1",
                                      args.child_model)))  # fmt: skip
        return 0
    if args.chart:
        rows = json.loads(args.chart.read_text("utf-8"))["rows"]
        print(draw_chart(rows, CHART))
        return 0
    from benchmarks.run import machine

    sizes = [(int(s.split(":")[0]), s.split(":")[1]) for s in args.size] if args.size else SIZES
    started = time.perf_counter()
    rows = run(sizes=sizes, refeature_max=args.refeature_max, only_refeature=args.only_refeature,
               chart=None if args.only_refeature else CHART)
    record = {"benchmark": "stories",
              "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
              "elapsed_s": round(time.perf_counter() - started, 1),
              "machine": machine(), "rows": rows}  # fmt: skip
    name = "stories-refeature.json" if args.only_refeature else "stories.json"
    (OUT / name).write_text(json.dumps(record, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
