"""Ingest with stories, model version 3 against decision 32's guard, alternately (session 27).

Decision 32's guard (docs/clustering.md) counts, for each join it guards, in how many
other live stories the shared rare title word stands: a walk over the live set (up to
``max_live``, 20 000). Before it is switched on, the lead asked for its cost on the
stories benchmark: ``benchmarks.stories``' ingest step (a child process per run, a
fresh store, the story hook timed per call) at each size, with the packaged model and
with the guarded model file, alternately, ``--rounds`` times, so that a load change on
the shared machine falls on both alike. The ``recluster`` runs of ``make bench`` are left
out: they do not differ between the two models in kind (one pass of the same clusterer).

Each row: ingest articles/s (wall), CPU s of the child, the story step's CPU less the
features (the assignment), per article, and the stories made; the two partitions are
compared (same stories or not, and the share of articles whose story has the same
members).

    nice -n 10 python -m benchmarks.stories_guard --size 10000:all --size 100000:text+jsonl \
        --rounds 2 --json benchmarks/out/stories-guard.json
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from benchmarks.stories import OUT, WINDOW, _ingest_rows, _label, same_story_share
from newsprism.cluster.model import default_model_path

GUARDED = default_model_path().parent / "clusterer-guarded.json"


def one_run(n: int, folders: str, model: str, out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """One ingest with stories of the ``n`` corpus's ``folders``, ``model`` "v3" or "guarded"."""
    from benchmarks.ingest import ensure_corpus

    corpus = out / f"corpus-{n}"
    ensure_corpus(corpus, n)
    db = out / f"stories-guard-{_label(n, folders)}-{model}.db"
    cpu0 = os.times()
    row, growth, part = _ingest_rows(n, folders, corpus, db, out, True, WINDOW,
                                     GUARDED if model == "guarded" else None)  # fmt: skip
    assigned = sum(g["assigned"] for g in growth)
    assign_less_features = row["assign_cpu_s"] - row["assign_features_cpu_s"]
    row.update({
        "model": model, "assigned": assigned,
        "assign_ms_per_article": round(1000 * assign_less_features / max(assigned, 1), 3),
        "children_cpu_s": round(os.times().children_user - cpu0.children_user
                                + os.times().children_system - cpu0.children_system, 2),
    })  # fmt: skip
    row["growth"] = [g["ms_per_article_assign_cpu"] for g in growth]
    return row, part


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stories_guard",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--size", action="append", metavar="N:FOLDERS", required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", type=Path, default=OUT / "stories-guard.json")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    for size in args.size:
        n, folders = int(size.split(":")[0]), size.split(":")[1]
        for r in range(args.rounds):
            parts = {}
            order = ("v3", "guarded") if r % 2 == 0 else ("guarded", "v3")
            for model in order:
                started = time.strftime("%H:%M:%S", time.gmtime())
                row, parts[model] = one_run(n, folders, model, OUT)
                row.update({"round": r + 1, "started_utc": started})
                rows.append(row)
                args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
                print(f"{_label(n, folders)} round {r + 1} {model}: {row['articles_per_s']} "
                      f"articles/s, CPU {row['cpu_s']} s, assign "
                      f"{row['assign_ms_per_article']} ms/article, {row['stories']} stories, "
                      f"load {row['load_1m']}", flush=True)  # fmt: skip
            same = parts["v3"]["digest"] == parts["guarded"]["digest"]
            share = same_story_share(parts["v3"], parts["guarded"])
            rows[-1]["same_partition"], rows[-1]["same_story_share"] = same, round(share, 4)
            print(f"  same partition: {same}; same story share {share:.4f}", flush=True)
    args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
