"""Issue 13, session 36: the competition as a learned input of the clusterer's scorer
(``newsprism.cluster.competition``), fitted, picked and measured as a candidate model
(docs/eval-clustering.md, "Session 36: the competition as a learned feature").

The first stage is the packaged model (version 5; ``make train-clusterer`` rebuilds it
to the byte, so its weights and IDF table are the retrain's). The second stage is a
logistic regression on the first stage's logit ``z``, the log of the live set's size,
the log of the contested count (candidates at first-stage probability ``FLOOR`` or more)
and the margin to the best rival, fitted on the teacher-forced pairs of the dated
training streams ``train_clusterer.py`` fits on (BASIL 2010–2012 real, and BASIL,
AllSides train and GoogleNews-TS even compressed; the undated streams are scored by the
carried undated scorer, which the stage does not touch), each stream weighted equally.
Then the threshold and core check are picked by ``clusterer_grid`` on those streams and
neus-raw's training part (real and dense), as for version 5.

- ``train DATA OUT [--inputs score,live,contested,margin] [--leave-out SET]``: fit,
  pick, write ``OUT/clusterer.json`` (version 6, with the packaged IDF tables copied
  beside it) and ``OUT/grid.json`` (every grid point's B³ P / R / F1 per stream).
  ``--leave-out``: fit and pick without that set's streams (leave one set out).
- ``eval DATA MODEL OUT [--sets basil,…] [--held-out]``: the ``eval clustering`` rows (both
  conditions) of the model's training parts (``--held-out``: every row), written to
  ``OUT`` as JSON and printed beside version 5's recorded rows.
- ``loso DATA OUT PICKED``: the stage refitted without each fitted set, at ``PICKED``'s
  threshold and core check (``OUT/without-SET.json``), and BASIL's training rows
  scored by the one fitted without BASIL.
- ``changes DATA MODEL OUT SET COND``: the groups of stories whose membership differs
  between version 5 and ``MODEL`` on one training stream (``sparse_stream.changes``, each
  report with date, outlet, title and lead; the gold apart in ``OUT.gold``).

Example::

    PYTHONPATH=src python scripts/clusterer_competition.py train ../shared/data /tmp/c6
    PYTHONPATH=src python scripts/clusterer_competition.py eval ../shared/data \\
        /tmp/c6/clusterer.json /tmp/c6/eval-train.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import clusterer_grid as grid
import numpy as np
import sparse_stream
import train_clusterer as tc
from sklearn.linear_model import LogisticRegression

from newsprism.cluster import competition
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import (
    ClusterModel,
    default_model_path,
    load_model,
    model_idf,
    save_model,
)
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import GoldItem, evaluate_clustering

VERSION = 6
FLOOR = 0.025  # session 35's contested count: candidates at this probability or more
# The stage's threshold grid: a first run on version 5's (0.2, 0.25, 0.3) found the best
# mean at its top edge, precision still rising (its probabilities sit higher: an
# uncontested candidate's margin is counted against the floor), so it is set wider.
THRESHOLDS = (0.35, 0.45, 0.55, 0.65)
CORE_LINKS = (0.0, 0.2)  # core 0.1 gave core 0.0's or 0.2's figures in version 5's grid
# The sets each part of the eval reads (``evaluate_clustering`` on the set's folder).
SET_DIRS = {"basil": "basil", "neus-allsides": "neus-allsides",
            "googlenews-TS": "googlenews-tsc", "neus-raw": "neus-allsides/raw_crawled",
            "ntrex-ar-en": "ntrex-ar-en"}  # fmt: skip

Rows = tuple[list[tuple[float, ...]], list[int]]


def stage_pairs(model: ClusterModel, idf: dict[int, float], items: list[GoldItem],
                feats: dict[str, ArticleFeatures]) -> Rows:  # fmt: skip
    """The second stage's (inputs, label) for every dated candidate of every article,
    each article then put in its gold story (teacher forcing, as the first stage's)."""
    clusterer = StreamClusterer(model, idf)
    rows: list[tuple[float, ...]] = []
    ys: list[int] = []
    for item in items:
        f = feats[item.article.id]
        staged = [(s, x) for s, x in clusterer.candidate_features(f, extra=[item.story])
                  if not model.scores_undated(x)]  # fmt: skip
        logits = [competition.first_logit(model, x) for _, x in staged]
        inputs = competition.stage_inputs(logits, len(clusterer.live), FLOOR)
        for (story_id, _), row in zip(staged, inputs, strict=True):
            rows.append(row)
            ys.append(int(story_id == item.story))
        clusterer.apply(f, item.story)
    return rows, ys


def fit_stage(pairs: dict[str, Rows], inputs: tuple[str, ...]) -> dict[str, float]:
    """The second stage's weights (the inputs not in ``inputs`` held at 0), each stream
    carrying the same total weight, as the first stage's fit (``train_clusterer.design``)."""
    keep = [competition.INPUTS.index(name) for name in inputs]
    xs, ys, weights = [], [], []
    for rows, labels in pairs.values():
        if not labels:
            continue
        xs.extend([row[i] for i in keep] for row in rows)
        ys.extend(labels)
        weights.extend([1.0 / len(labels)] * len(labels))
    sample = np.array(weights) * (len(weights) / sum(weights))
    lr = LogisticRegression(C=1.0, max_iter=2000)
    lr.fit(np.array(xs), np.array(ys), sample_weight=sample)
    fitted = dict(zip(inputs, (round(float(w), 6) for w in lr.coef_[0]), strict=True))
    return {"floor": FLOOR, **{name: fitted.get(name, 0.0) for name in competition.INPUTS},
            "bias": round(float(lr.intercept_[0]), 6)}  # fmt: skip


def copy_tables(model: ClusterModel, out: Path) -> None:
    """The packaged IDF tables beside a model written outside the package."""
    source = default_model_path().parent
    for name in (model.idf_file, model.language_idf_file):
        if name:
            shutil.copyfile(source / name, out / name)


def train(data: Path, out: Path, inputs: tuple[str, ...], leave_out: str = "",
          at: tuple[float, float] | None = None,
          thresholds: tuple[float, ...] = grid.THRESHOLDS) -> ClusterModel:  # fmt: skip
    """Fit the second stage on the packaged first stage, pick threshold and core check
    (``at``: take this threshold and core check, without the grid)."""
    started = time.perf_counter()
    sets = tc.gold_sets(data)
    streams = {name: items for name, items in tc.training_streams(sets).items()
               if not (leave_out and name.startswith(leave_out + " "))}  # fmt: skip
    chosen_on = {} if at or leave_out == "neus-raw" else tc.selection_streams(sets)
    timed = tc.stream_features({**streams, **chosen_on}, print, started)
    base = load_model()
    idf = model_idf(base)
    pairs = {name: stage_pairs(base, idf, items, timed[name]) for name, items in streams.items()}
    for name, (_, ys) in pairs.items():
        print(f"{name}: {len(ys)} dated pairs, {sum(ys)} positive", flush=True)
    stage = fit_stage(pairs, inputs)
    print(f"stage: {stage}", flush=True)
    model = dataclasses.replace(base, version=VERSION, competition=stage, metrics={})
    dated = {name: items for name, items in streams.items()
             if any(i.article.published_at for i in items)}  # fmt: skip
    rows: list[tuple[ClusterModel, grid.Scores]] = []
    if at is None:
        rows = grid.grid_rows(model, idf, {**dated, **chosen_on}, timed, print, thresholds)
        model, scores = grid.pick(rows)
    else:
        model, scores = dataclasses.replace(
            model, threshold=at[0], core_link=at[1],
            core_members=grid.CORE_MEMBERS if at[1] else 0), {}  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    (out / "grid.json").write_text(json.dumps([
        {"threshold": m.threshold, "core_link": m.core_link, "scores": s} for m, s in rows
    ], indent=1), "utf-8")  # fmt: skip
    model = dataclasses.replace(model, training=record(base, pairs, stage, scores, leave_out))
    copy_tables(model, out)
    save_model(model, out / "clusterer.json")
    print(f"chosen: core {model.core_link} threshold {model.threshold} "
          f"({time.perf_counter() - started:.0f}s)", flush=True)  # fmt: skip
    return model


def leave_one_out(data: Path, out: Path, picked: Path, inputs: tuple[str, ...]) -> None:
    """The stage refitted without each fitted set (the pairs computed once), written at
    the picked model's threshold and core check as ``OUT/without-SET.json``, each
    set's weights printed; BASIL's training rows then scored by the one fitted without it."""
    started = time.perf_counter()
    streams = tc.training_streams(tc.gold_sets(data))
    timed = tc.stream_features(streams, print, started)
    model = load_model(picked)
    base = dataclasses.replace(model, competition={})
    idf = model_idf(base)
    pairs = {name: stage_pairs(base, idf, items, timed[name]) for name, items in streams.items()}
    out.mkdir(parents=True, exist_ok=True)
    copy_tables(model, out)
    for left in ("", "basil", "neus-allsides", "googlenews-TS"):
        kept = {k: v for k, v in pairs.items() if not (left and k.startswith(left + " "))}
        stage = fit_stage(kept, inputs)
        print(f"without {left or 'nothing'}: {stage}", flush=True)
        if left:
            save_model(dataclasses.replace(model, competition=stage, metrics={}),
                       out / f"without-{left}.json")  # fmt: skip
    rows = eval_rows(data, load_model(out / "without-basil.json"), ["basil"], False)
    (out / "basil-without-basil.json").write_text(json.dumps(rows, indent=1, default=str))
    show(rows, load_model().metrics)


def record(base: ClusterModel, pairs: dict[str, Rows], stage: dict[str, float],
           scores: grid.Scores, leave_out: str) -> dict[str, Any]:  # fmt: skip
    """What the model file says about how its second stage was trained."""
    return {**base.training,
            "competition": {
                "method": "logistic regression on (first-stage logit, ln live stories, "
                          "ln contested candidates, margin to the best rival) of the "
                          "teacher-forced dated pairs, each stream weighted equally; the "
                          "first stage is version 5's (scripts/clusterer_competition.py)",
                "pairs": {name: {"pairs": len(y), "positive": sum(y)}
                          for name, (_, y) in pairs.items()},
                "left_out": leave_out, "stage": stage,
                "training_b3": {k: [round(v, 4) for v in s]
                                for k, s in scores.items()}}}  # fmt: skip


def eval_rows(data: Path, model: ClusterModel, sets: list[str], held_out: bool,
              ) -> dict[str, dict[str, Any]]:  # fmt: skip
    """The model's ``eval clustering`` rows (both conditions) of ``sets``, by row name."""
    out: dict[str, dict[str, Any]] = {}
    for name in sets:
        table = evaluate_clustering(data / SET_DIRS[name], model=model, condition="both")
        for r in table.rows:
            if held_out or r["part"] == "train":
                out[f"{r['dataset']} {r['part']} {r['split']} {r['condition']}"] = r
        print(f"{name} done", flush=True)
    return out


def show(rows: dict[str, dict[str, Any]], reference: dict[str, Any]) -> None:
    """Each row beside version 5's recorded one: B³ F1 (P / R), stories over 3 gold."""
    for name, r in rows.items():
        ref = reference.get(name, {})
        print(f"| {name} | {ref.get('b3_f1', 0):.4f} ({ref.get('b3_p', 0):.4f} / "
              f"{ref.get('b3_r', 0):.4f}), {ref.get('mixed_over_3')} | {r['b3_f1']:.4f} "
              f"({r['b3_p']:.4f} / {r['b3_r']:.4f}), {r.get('mixed_over_3')} | "
              f"{r['b3_f1'] - ref.get('b3_f1', 0):+.4f} |")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("data", type=Path)
    t.add_argument("out", type=Path)
    t.add_argument("--inputs", default=",".join(competition.INPUTS))
    t.add_argument("--leave-out", default="", choices=["", *SET_DIRS])
    t.add_argument("--at", default="", help="THRESHOLD:CORE_LINK, without the grid")
    # The stage's probabilities are not the first stage's: its threshold grid is its own.
    t.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)))
    t.add_argument("--cores", default=",".join(map(str, CORE_LINKS)))
    e = sub.add_parser("eval")
    e.add_argument("data", type=Path)
    e.add_argument("model", type=Path)
    e.add_argument("out", type=Path)
    # neus-allsides/ holds neus-raw's crawl too: the default reads it once, there.
    e.add_argument("--sets", default="basil,neus-allsides,googlenews-TS,ntrex-ar-en")
    e.add_argument("--held-out", action="store_true", help="every row, held-out parts too")
    o = sub.add_parser("loso")
    for name in ("data", "out", "picked"):
        o.add_argument(name, type=Path)
    c = sub.add_parser("changes")
    for name in ("data", "model", "out"):
        c.add_argument(name, type=Path)
    c.add_argument("set_name")
    c.add_argument("cond", choices=["real", "compressed"])
    args = parser.parse_args(argv)
    if args.command == "loso":
        leave_one_out(args.data, args.out, args.picked, competition.INPUTS)
        return 0
    if args.command == "changes":
        # ``sparse_stream.changes`` reads its variant from a setting; here, a model file.
        sparse_stream.variant = lambda spec: load_model(spec)
        sparse_stream.changes(args.data, args.out, str(args.model), args.set_name, args.cond)
        return 0
    if args.command == "train":
        inputs = tuple(args.inputs.split(","))
        if not set(inputs) <= set(competition.INPUTS) or "score" not in inputs:
            print(f"--inputs: 'score' and any of {competition.INPUTS}", file=sys.stderr)
            return 2
        at = tuple(float(v) for v in args.at.split(":")) if args.at else None
        grid.CORE_LINKS = tuple(float(v) for v in args.cores.split(","))
        thresholds = tuple(float(v) for v in args.thresholds.split(","))
        train(args.data, args.out, inputs, args.leave_out, at, thresholds)
        return 0
    rows = eval_rows(args.data, load_model(args.model), args.sets.split(","), args.held_out)
    args.out.write_text(json.dumps(rows, indent=1, default=str), "utf-8")
    show(rows, load_model().metrics)
    return 0


if __name__ == "__main__":
    sys.exit(main())
