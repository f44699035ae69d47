"""``ingest --workers 2`` with and without ``--stories-model minilm`` (issue 13).

The MiniLM model computes a 384-dimension context vector per article (title + lead,
int8 ONNX) in the clean workers and stores it as float16; this measures what that
costs a real ingest: articles/s, CPU and peak RSS of the whole process tree (the
writer and its workers, psutil every 0.1 s, ``benchmarks.warc.run_tree``), and the
bytes the store grows by. Each run is a child process ingesting a benchmark corpus
(``benchmarks.corpus``) into a fresh SQLite file, stories on.

    nice -n 10 python -m benchmarks.run stories-model            # 1 000 and 10 000
    nice -n 10 python -m benchmarks.stories_model --sizes 1000   # one size
    nice -n 10 python -m benchmarks.stories_model --sizes 10000 --models packaged \
        minilm --workers 2 1 --repeats 2 --json stories-model-2.json   # interleaved

(Session 22 measured ``--models packaged minilm-lead minilm`` at commit b92e7c7, where
``minilm-lead`` was a packaged model; docs/benchmarks.md.)
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.layout import OUT, PIPED_WIDTH, ROOT
from benchmarks.warc import run_tree

SIZES = (1000, 10000)
MODELS = ("packaged", "minilm")
WORKERS = 2


def _stored_bytes(db: Path) -> dict[str, float]:
    """Average stored bytes of a context vector (per article) and of a story's sum."""
    with closing(sqlite3.connect(db)) as conn:
        ctx = conn.execute("SELECT avg(length(context)), count(context), count(*) "
                           "FROM article_features").fetchone()  # fmt: skip
        sums = conn.execute("SELECT avg(length(ctx_sum)), count(*) FROM cluster_state").fetchone()
    return {"context_bytes": ctx[0] or 0, "with_context": ctx[1], "featured": ctx[2],
            "ctx_sum_bytes": sums[0] or 0, "profiles": sums[1]}  # fmt: skip


def _row(corpus: Path, n: int, model: str, out: Path, workers: int = WORKERS) -> dict[str, Any]:
    db = out / f"stories-model-{n}-{model}-{workers}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    load = os.getloadavg()[0]
    command = [sys.executable, "-m", "newsprism", "ingest", str(corpus), "--db", str(db),
               "--workers", str(workers), "--stories-model", model, "--format", "json"]  # fmt: skip
    result = run_tree(command, env={"PYTHONPATH": str(ROOT / "src")})
    report = json.loads(result["stdout"])
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    return {"articles": n, "model": model, "workers": workers, "added": report["added"],
            "stories": stories, "wall_s": round(result["wall_s"], 1),
            "cpu_s": round(result["cpu_s"], 1),
            "articles_per_s": round(report["added"] / result["wall_s"], 1),
            "peak_tree_mb": round(result["peak_tree_mb"]),
            "db_mb": round(db.stat().st_size / 2**20, 1), "load_1m": round(load, 2),
            **_stored_bytes(db)}  # fmt: skip


def bench_stories_model(out: Path = OUT, console: Console | None = None,
                        sizes: tuple[int, ...] = SIZES, models: tuple[str, ...] = MODELS,
                        workers: tuple[int, ...] = (WORKERS,),
                        repeats: int = 1) -> list[dict[str, Any]]:  # fmt: skip
    """Each size, each worker count, ``repeats`` rounds of one child ingest per model
    (interleaved, so that a change of the machine's load falls on every model alike);
    a table and the rows."""
    from benchmarks.ingest import ensure_corpus

    console = console or Console(width=PIPED_WIDTH)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in sizes:
        corpus = out / f"corpus-{n}"
        ensure_corpus(corpus, n)
        for w in workers:
            for _ in range(repeats):
                for model in models:
                    rows.append(_row(corpus, n, model, out, w))
                    # each row as it comes: a run cut short keeps the rows it finished
                    with (out / "stories-model-rows.jsonl").open("a", encoding="utf-8") as f:
                        f.write(json.dumps(rows[-1]) + "\n")
    table = Table(title="newsprism ingest --workers W --stories-model M (fresh store)")
    for column in ("articles", "model", "workers", "added", "stories", "wall s", "CPU s",
                   "articles/s", "peak RSS of tree MB", "store MB", "B/article ctx",
                   "B/story sum", "load"):
        table.add_column(column, justify="right")
    for r in rows:
        table.add_row(f"{r['articles']:,}", r["model"], str(r["workers"]), f"{r['added']:,}",
                      f"{r['stories']:,}",
                      f"{r['wall_s']:.1f}", f"{r['cpu_s']:.1f}", f"{r['articles_per_s']:.1f}",
                      str(r["peak_tree_mb"]), f"{r['db_mb']:.1f}",
                      f"{r['context_bytes']:.0f}", f"{r['ctx_sum_bytes']:.0f}",
                      f"{r['load_1m']:.1f}")  # fmt: skip
    console.print(table)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--models", nargs="+", default=list(MODELS))
    parser.add_argument("--workers", type=int, nargs="+", default=[WORKERS])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--json", default="stories-model.json", help="file name under out/")
    args = parser.parse_args(argv)
    rows = bench_stories_model(sizes=tuple(args.sizes), models=tuple(args.models),
                               workers=tuple(args.workers), repeats=args.repeats)  # fmt: skip
    (OUT / args.json).write_text(json.dumps(rows, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
