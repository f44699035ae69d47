"""The cost of the story split or merge step: the story pass with the step on and off, same run.

Over the synthetic corpus of ``benchmarks/corpus.py`` (by default 10 000 articles, its
text and JSON Lines folders: the story step, not HTML extraction), ingested once without
stories into a SQLite store (kept in ``benchmarks/out``), the features computed once;
then the whole story pass (``recluster --engine local`` on stored features: the same
``StreamClusterer`` that ingest runs, reading a checked story's member features from
the store) alternately with the model's split step off and on, ``--rounds`` times each.
Printed: CPU seconds and ms per article of each pass, the stories and the largest one,
and the ratio on / off of the median CPU time. ``--step merge`` measures the merge step
(``cluster/merge.py``) the same way; the rows then say ``"step": "merge"``, and ``split``
is the on / off flag of the step measured. ``--step core`` measures the core check of
model version 3 (on as shipped, off with ``core_members`` 0).

Example::

    .venv/bin/python -m benchmarks.split --size 10000 --rounds 2
    .venv/bin/python -m benchmarks.split --size 2000 --rounds 2 --step merge
    .venv/bin/python -m benchmarks.split --size 2000 --rounds 2 --step core
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
FOLDERS = ("text", "jsonl")


def build_store(n: int, console: Console) -> Path:
    """A store of corpus-``n``'s text and JSON Lines items with features, no stories."""
    from benchmarks.ingest import ensure_corpus
    from newsprism.cluster.engine import recluster
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store

    db = OUT / f"split-{n}.db"
    if db.exists():
        return db
    corpus = OUT / f"corpus-{n}"
    ensure_corpus(corpus, n)
    paths = [corpus / name for name in FOLDERS if (corpus / name).is_dir()]
    console.print(f"ingesting {', '.join(map(str, paths))} into {db} (once)")
    with open_store(db) as store:
        ingest_paths(paths, store, cluster=False)
        recluster(store)  # computes and stores the features once
    return db


def one_pass(db: Path, split: bool, step: str = "split") -> dict:
    """One story pass over the store, timed; the split (or merge) step on or off."""
    from newsprism.cluster.engine import recluster
    from newsprism.cluster.merge import with_merge
    from newsprism.cluster.model import load_model
    from newsprism.cluster.split import with_split
    from newsprism.store import open_store

    model = load_model()
    if step == "core":  # the core check (decision 22): as the model has it, or off
        model = model if split else dataclasses.replace(model, core_members=0)
    else:
        turn = with_split if step == "split" else with_merge
        model = turn(model, "on" if split else "off")
    with open_store(db) as store:
        wall, cpu = time.perf_counter(), time.process_time()
        report = recluster(store, model=model)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        largest = store.conn.execute("SELECT max(size) FROM stories").fetchone()[0]
    return {"step": step, "split": split, "articles": report.articles, "stories": report.stories,
            "largest": largest, "cpu_s": round(cpu, 2),
            "wall_s": round(wall, 2), "ms_per_article": round(1000 * cpu / report.articles, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.split",
                                     description=__doc__.split("\n")[0])  # fmt: skip
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--step", choices=["split", "merge", "core"], default="split")
    args = parser.parse_args(argv)
    console = Console()
    OUT.mkdir(parents=True, exist_ok=True)
    db = build_store(args.size, console)
    rows = []
    for r in range(args.rounds):
        for split in (False, True):
            rows.append(one_pass(db, split, args.step) | {"round": r + 1})
            console.print(rows[-1])
    table = Table(title=f"story pass, {args.step} off / on (corpus-{args.size}: text + jsonl)")
    for column in ("round", "split", "articles", "stories", "largest", "cpu_s",
                   "ms_per_article"):  # fmt: skip
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(row[c]) for c in (
            "round", "split", "articles", "stories", "largest", "cpu_s",
            "ms_per_article")))  # fmt: skip
    console.print(table)
    median = {s: statistics.median(r["cpu_s"] for r in rows if r["split"] is s)
              for s in (False, True)}  # fmt: skip
    console.print(f"ratio on / off (median CPU): {median[True] / median[False]:.3f}")
    (OUT / f"{args.step}-{args.size}.json").write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
