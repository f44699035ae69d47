"""Train the story clusterer's model on the training parts of the gold sets.

Writes ``src/newsprism/data/models/clusterer.json`` and its IDF table ``IDF_FILE``
(``clusterer-idf-v5.npz`` since version 5; the other model files keep reading version
3's ``clusterer-idf.npz``)
(docs/clustering.md, "Retraining"); a tree scorer's JSON compact since session 25 (no indent: a tree
scorer's model was 130 kB indented, 50 kB compact; the same content). Needs scikit-learn
(dev dependency group); nothing here runs when newsprism runs.

Steps:

1. Load the *training* parts only (``newsprism.eval.clustering``): BASIL 2010–2012,
   NeuS-AllSides ``train``, GoogleNews-TS events of even hash, each twice: with its real
   times, and compressed (every story moved into one 72-hour window,
   ``eval.clustering_dense``), where the candidates of an article are other events of
   the same day and topic: the hard negatives. Held-out parts are not read until the
   final scoring, but for their report titles: every training story (fitted or read
   for the grid) that shares one with a held-out item of any set is left out
   (``eval.clustering_titles``; AllSides' triplets and the crawled roundups come from
   one site, and 175 triplets were held-out events; version 5, session 33).
2. Compute every article's features with the ingest code (``compute_features``), and
   document frequencies over those articles: the IDF table.
3. Simulate each training stream with teacher forcing: every article is compared with
   its candidate stories (the same ``candidate_features`` the clusterer uses, plus its
   gold story when that is live) and then put into its gold story. The pairs are
   (comparison features, "is the gold story").
4. Fit a logistic regression on the pairs, each stream weighted equally, on content
   only: the ``time`` and ``no_time`` weights are held at 0 (time only rules out,
   through the live window and the span cap, and breaks ties).
5. Pick the new-story threshold and the core check (``ClusterModel.core_link``; the grid
   step is ``scripts/clusterer_grid.py`` since session 36) by
   running the real clusterer on the dated training streams (BASIL real and the three
   compressed ones) and on the crawled AllSides roundups' training part (``neus-raw``,
   real and compressed: read for this choice only, not fitted on) and maximising their
   mean B³ F1. The check applies only where both sides have names (``core_named``).
6. Score every part, held-out included, and write the model with its scores.

Usage::

    .venv/bin/python scripts/train_clusterer.py [--data ../shared/data] [--check] [--fit-neus-raw]
        [--context minilm-onnx] [--out DIR]

``--check`` trains into a temporary folder and reports how the new weights differ
from the committed ones, without writing anything into the package.
``--fit-neus-raw`` fits on the crawled roundups' training part too (real and
compressed, and in the IDF table) instead of reading it for the grid only: the
candidate measured and not kept in docs/eval-clustering.md ("neus-raw: our errors and
the gold's"); with ``--check`` it prints that candidate's every eval row.
``--context minilm-onnx`` adds the ``context`` feature (cosine of MiniLM vectors of
title + lead, ``newsprism.embeddings.MiniLMOnnxEmbedder``) beside the static one: the
candidate of docs/eval-clustering.md, "Session 17: a MiniLM encoder";
``--context minilm-onnx/lead64`` the same text cut to its first 64 word pieces (session 22).
``--out DIR`` writes the model (and its IDF tables) into DIR instead of the package.
``--scorer gbm`` (or ``gbm-time``, whose trees also see the time decay) fits, beside
the logistic regression, a small gradient-boosted tree ensemble on the same pairs
(``GBM``) and writes its trees into the model file, where they score the dated
comparisons (``newsprism.cluster.trees``, evaluated without scikit-learn); the threshold
grid is then ``GBM_THRESHOLDS``. The candidate of docs/clustering.md, decision 29
(session 24).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

# The grid step lives in clusterer_grid (session 36); its names stay importable from here.
from clusterer_grid import (  # noqa: F401 (re-exported for the scripts and tests)
    CORE_LINKS,
    CORE_MEMBERS,
    FLOOR,
    FLOOR_STREAM,
    GBM_THRESHOLDS,
    PRECISION_FLOOR,
    THRESHOLDS,
    Scores,
    choose_by_grid,
    grid_rows,
    meets_floor,
    pick,
    run_b3,
    run_stream,
)
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from newsprism.cluster import event_join
from newsprism.cluster.features import ArticleFeatures, compute_features, to_epoch
from newsprism.cluster.model import (
    FEATURES,
    ClusterModel,
    default_model_path,
    load_idf,
    load_model,
    save_idf,
    save_model,
)
from newsprism.cluster.stream import StreamClusterer
from newsprism.cluster.trees import TreeEnsemble
from newsprism.embeddings import get_embedder
from newsprism.errors import NewsprismError
from newsprism.eval.clustering import (
    GoldItem,
    GoldSet,
    evaluate_clustering,
    load_basil,
    load_googlenews,
    load_neus,
    load_neus_raw,
    stream,
)
from newsprism.eval.clustering_dense import compress
from newsprism.eval.clustering_titles import drop_shared_titles, held_out_titles

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
VERSION = 6  # 5 retrained without the leak; 6 adds the same-event join (session 36)
# Its own IDF table: the other packaged model files (minilm, gbm, guarded) are pinned by
# hash to version 3's clusterer-idf.npz, which a retrain must not overwrite.
IDF_FILE = f"clusterer-idf-v{VERSION}.npz"
TIME_SCALE_HOURS = 48.0  # the time feature is still computed (ties), but weighs 0
CONTENT_ONLY = ("time", "no_time")  # weights held at 0: time rules out, never merges
CORE_NAMED = True  # the check only where both sides have names (decision 22)
LIVE_WINDOW_HOURS = 168.0
# The tree scorer (--scorer gbm): shallow trees, few of them, leaves of at least 50 pairs;
# its probabilities are not the logistic's, so its threshold grid is wider.
GBM = {"n_estimators": 80, "max_depth": 3, "learning_rate": 0.15, "min_samples_leaf": 50,
       "random_state": 0}
# gbm-time: the trees see the time decay too (decision 23's "time matters only when
# content is doubtful"); gbm holds time at 0 as the logistic does (decision 14).
SCORERS = ("logistic", "gbm", "gbm-time")
MIN_DF = 2


def gold_sets(data: Path | dict[str, GoldSet]) -> dict[str, GoldSet]:
    """The sets training reads (neus-raw only when its crawl is there); ``data`` the
    data folder, or the sets already read (returned as they are)."""
    if isinstance(data, dict):
        return data
    sets = {
        "basil": load_basil(data / "basil"),
        "neus-allsides": load_neus(data / "neus-allsides"),
        "googlenews-TS": load_googlenews(data / "googlenews-tsc", "TS"),
    }
    if any((data / "neus-allsides" / "raw_crawled").glob("*.jsonl")):
        sets["neus-raw"] = load_neus_raw(data / "neus-allsides")
    return sets


def honest_train(sets: dict[str, GoldSet], name: str) -> list[GoldItem]:
    """The training part of one set in stream order, without every story that shares a
    report title with a held-out item of any set (``eval.clustering_titles``: AllSides'
    triplets and the crawled roundups come from the same site; session 33)."""
    return drop_shared_titles(stream(sets[name], "train"), held_out_titles(sets.values()))[0]


def dropped_stories(sets: dict[str, GoldSet]) -> dict[str, int]:
    """How many training stories of each set ``honest_train`` drops (for the model file)."""
    held = held_out_titles(sets.values())
    return {name: drop_shared_titles(stream(s, "train"), held)[1] for name, s in sets.items()}


def training_streams(data: Path | dict[str, GoldSet], fit_neus_raw: bool = False,
                     ) -> dict[str, list[GoldItem]]:  # fmt: skip
    """The training part of each set in stream order (``honest_train``), with real and
    compressed times (``fit_neus_raw``: the crawled roundups' training part too)."""
    sets = gold_sets(data)
    real = {name: honest_train(sets, name) for name in ("basil", "neus-allsides", "googlenews-TS")}
    if fit_neus_raw:
        real.update({k.removesuffix(" real"): v for k, v in selection_streams(sets).items()
                     if k.endswith(" real")})  # fmt: skip
    return {**{f"{name} real": items for name, items in real.items()},
            **{f"{name} compressed": compress(items) for name, items in real.items()}}


def selection_streams(data: Path | dict[str, GoldSet]) -> dict[str, list[GoldItem]]:
    """Training parts read only to choose the threshold and the core check, not fitted
    on (so the weights and the IDF table stay those of the fitted sets): the crawled
    AllSides roundups (``neus-raw``, dated full leads), real and compressed."""
    sets = gold_sets(data)
    if "neus-raw" not in sets:
        return {}
    items = honest_train(sets, "neus-raw")
    return {"neus-raw real": items, "neus-raw compressed": compress(items)}


def idf_table(features: list[ArticleFeatures]) -> tuple[np.ndarray, np.ndarray, float, int]:
    """IDF (``ln((1 + N) / (1 + df)) + 1``) of every hashed term seen in ``MIN_DF`` articles.

    Rarer terms get the default: the IDF of a term seen once.
    """
    df: Counter[int] = Counter()
    for f in features:
        df.update(set(f.title_tf) | set(f.body_tf) | set(f.entity_tf))
    n = len(features)
    kept = sorted(k for k, c in df.items() if c >= MIN_DF)
    keys = np.array(kept, dtype=np.uint32)
    idf = np.array([math.log((1 + n) / (1 + df[k])) + 1 for k in kept], dtype=np.float32)
    default = float(np.float32(math.log((1 + n) / 2) + 1))
    return keys, idf, default, n


def provisional(default_idf: float, idf_sha: str, out_dir: Path,
                context: str = "") -> ClusterModel:  # fmt: skip
    """A model whose weights do not matter yet: candidates and features only."""
    return ClusterModel(version=VERSION, context_embedder=context,
                        weights=(0.0,) * len(FEATURES), bias=0.0, threshold=0.5,
                        time_scale_hours=TIME_SCALE_HOURS, live_window_hours=LIVE_WINDOW_HOURS,
                        core_members=CORE_MEMBERS, core_named=CORE_NAMED,
                        idf_file=IDF_FILE, idf_sha256=idf_sha, default_idf=default_idf,
                        base_dir=str(out_dir))  # fmt: skip


def carried_undated() -> dict[str, Any]:
    """The scorer of undated comparisons, carried over from the packaged model: its own
    undated scorer, or for version 1 its only one (which, on an undated comparison,
    never used time: ``time`` is 0 there and ``no_time`` a constant). Retraining it on
    the undated streams alone is left to a later version (docs/clustering.md)."""
    packaged = load_model()
    if packaged.undated_weights:
        return {"undated_weights": packaged.undated_weights,
                "undated_bias": packaged.undated_bias,
                "undated_threshold": packaged.undated_threshold}  # fmt: skip
    return {"undated_weights": packaged.weights, "undated_bias": packaged.bias,
            "undated_threshold": packaged.threshold}  # fmt: skip


def carried_split() -> dict[str, Any]:
    """The split and merge steps' settings and the weekday check's gap, carried over from
    the packaged model (chosen by measurement after training, docs/clustering.md
    decisions 20 and 21, docs/eval-clustering.md session 31; not fitted here). The gap
    is set before the grid, so the threshold is chosen with the check the model ships."""
    packaged = load_model()
    return {"weekday_gap": packaged.weekday_gap, "split_scale": packaged.split_scale,
            "split_min_size": packaged.split_min_size,
            "split_min_part": packaged.split_min_part, "merge_scale": packaged.merge_scale,
            "merge_members": packaged.merge_members,
            "merge_link_share": packaged.merge_link_share}


def carried_language_idf(out_dir: Path) -> dict[str, Any]:
    """The packaged model's per-language IDF tables, which training does not touch (they
    are built apart by scripts/build_language_idf.py; the gold data are English): the
    retrained model keeps them, copied beside it when it is written elsewhere."""
    packaged = load_model()
    if not packaged.language_idf_file:
        return {}
    source = default_model_path().parent / packaged.language_idf_file
    if source.resolve() != (out_dir / packaged.language_idf_file).resolve():
        shutil.copyfile(source, out_dir / packaged.language_idf_file)
    return {"language_idf_file": packaged.language_idf_file,
            "language_idf_sha256": packaged.language_idf_sha256,
            "language_idf": packaged.language_idf}  # fmt: skip


Pairs = tuple[list[list[float]], list[int]]


def teacher_forced_pairs(model: ClusterModel, idf: dict[int, float], items: list[GoldItem],
                         feats: dict[str, ArticleFeatures]) -> Pairs:  # fmt: skip
    """(features, label) for every candidate of every article, each put in its gold story."""
    clusterer = StreamClusterer(model, idf)
    xs: list[list[float]] = []
    ys: list[int] = []
    for item in items:
        f = feats[item.article.id]
        scored = dict(clusterer.candidate_features(f, extra=[item.story]))
        for story_id, x in scored.items():
            xs.append(x)
            ys.append(int(story_id == item.story))
        clusterer.apply(f, item.story)
    return xs, ys


def design(pairs: dict[str, Pairs], content_only: bool = True,
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """All pairs as one matrix, labels and sample weights (every stream carrying the same
    total weight); the ``CONTENT_ONLY`` features zeroed unless ``content_only`` is off."""
    xs, ys, weights = [], [], []
    for x, y in pairs.values():
        xs.extend(x)
        ys.extend(y)
        weights.extend([1.0 / len(y)] * len(y))
    scale = len(weights) / sum(weights)
    matrix = np.array(xs)
    if content_only:
        matrix[:, [FEATURES.index(name) for name in CONTENT_ONLY]] = 0.0
    return matrix, np.array(ys), np.array(weights) * scale


def fit(pairs: dict[str, Pairs]) -> tuple[list[float], float]:
    """Logistic regression on all pairs (``design``); the ``CONTENT_ONLY`` weights come out 0."""
    matrix, ys, weights = design(pairs)
    lr = LogisticRegression(C=1.0, max_iter=2000)
    lr.fit(matrix, ys, sample_weight=weights)
    return [round(float(w), 6) for w in lr.coef_[0]], round(float(lr.intercept_[0]), 6)


def fit_gbm(pairs: dict[str, Pairs], with_time: bool = False) -> TreeEnsemble:
    """A gradient-boosted tree ensemble (``GBM``) on the same pairs and weights as ``fit``
    (``with_time``: time and no_time not zeroed), exported for the scikit-learn-free
    evaluator."""
    matrix, ys, weights = design(pairs, content_only=not with_time)
    gbm = GradientBoostingClassifier(**GBM)
    gbm.fit(matrix, ys, sample_weight=weights)
    settings = ", ".join(f"{k} {v}" for k, v in GBM.items() if k != "random_state")
    settings += ", with time" if with_time else ", content only"
    return TreeEnsemble.from_sklearn(gbm, method=f"sklearn GradientBoostingClassifier: {settings}")


def stream_features(streams: dict[str, list[GoldItem]], log: callable, started: float,
                    context: str = "") -> dict[str, dict[str, ArticleFeatures]]:  # fmt: skip
    """The features of every stream's articles, each with the stream's own time.

    The compressed streams hold the same articles at other times: only ``published``
    differs, so their features are the real ones with the new time.
    """
    feats: dict[str, ArticleFeatures] = {}
    for name, items in streams.items():
        if name.endswith(" real"):
            articles = [i.article for i in items]
            for start in range(0, len(articles), 512):
                for f in compute_features(articles[start : start + 512], context=context):
                    feats[f.article_id] = f
    log(f"features of {len(feats)} articles in {time.perf_counter() - started:.1f}s")
    return {name: {i.article.id: dataclasses.replace(
        feats[i.article.id], published=to_epoch(i.article.published_at)) for i in items}
        for name, items in streams.items()}  # fmt: skip


def training_record(streams: dict[str, list[GoldItem]], pairs: dict[str, Pairs],
                    scores: dict[str, float], n_docs: int, chosen_on: dict[str, list[GoldItem]],
                    dropped: dict[str, int]) -> dict[str, Any]:  # fmt: skip
    """What the model file says about how it was trained."""
    return {
        "held_out_titles": "every training story that shares a report title (stripped, "
                           "lower-cased) with a held-out item of any set is left out, "
                           "fitted and grid parts alike (eval.clustering_titles; "
                           "docs/eval-clustering.md, session 33)",
        "dropped_stories": dropped,
        "trained": dt.date.today().isoformat(),
        "method": "logistic regression on teacher-forced article-story pairs from "
                  "simulated streams (each stream weighted equally), content only "
                  "(time and no_time held at 0), for dated comparisons; threshold and "
                  "core check chosen by mean training B3 F1 of the real clusterer over "
                  "the dated streams; undated comparisons keep version 1's scorer",
        "timelines": "each training part with its real times and compressed (every "
                     "story moved into one 72-hour window, eval.clustering_dense)",
        "data": {name: {"articles": len(items), "stories": len({i.story for i in items})}
                 for name, items in streams.items()},
        "split": {
            "basil": "train 2010-2012; held out 2013-2014",
            "neus-allsides": "train split; held out val and test",
            "googlenews-TS": "train: events whose blake2b('googlenews:<id>') is even; "
                             "held out: odd (T and S variants only evaluated)",
            "neus-raw": "train: roundups whose blake2b('neus-raw:<id>') is even (grid "
                        "only); held out: odd",
        },
        "pairs": {name: {"pairs": len(y), "positive": sum(y)} for name, (_, y) in pairs.items()},
        "idf_documents": n_docs,
        "grid": {"core_link": list(CORE_LINKS), "threshold": list(THRESHOLDS),
                 "core_named": CORE_NAMED},
        "grid_only": {name: {"articles": len(items), "stories": len({i.story for i in items})}
                      for name, items in chosen_on.items()},
        "training_b3_f1": {k: round(v, 4) for k, v in scores.items()},
    }  # fmt: skip


def with_metrics(model: ClusterModel, data: Path, log: callable) -> ClusterModel:
    """The model with its eval rows (both conditions) recorded in the file."""
    table = evaluate_clustering(data, model=model, condition="both")
    metrics = {f"{r['dataset']} {r['part']} {r['split']} {r['condition']}": {
        k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()
        if k not in ("dataset", "part", "split")} for r in table.rows}  # fmt: skip
    for name, row in metrics.items():
        log(
            f"{name}: B3 F1 {row['b3_f1']:.4f} pairwise F1 {row['pair_f1']:.4f} "
            f"ARI {row['ari']:.4f}"
        )
    return dataclasses.replace(model, metrics=metrics)


def train(data: Path, out_dir: Path, log: callable = print, fit_neus_raw: bool = False,
          context: str = "", scorer: str = "logistic",
          floor: float = PRECISION_FLOOR) -> ClusterModel:  # fmt: skip
    """Fit the scorer on the training streams, choose threshold and core check, save."""
    started = time.perf_counter()
    sets = gold_sets(data)
    streams = training_streams(sets, fit_neus_raw)
    for name, items in streams.items():
        log(f"{name}: {len(items)} training articles, {len({i.story for i in items})} stories")
    timed = stream_features(streams, log, started, context)
    all_feats = {f.article_id: f for by_id in timed.values() for f in by_id.values()}
    keys, idf_values, default_idf, n_docs = idf_table(list(all_feats.values()))
    out_dir.mkdir(parents=True, exist_ok=True)
    idf_sha = save_idf(keys, idf_values, out_dir / IDF_FILE)
    idf = load_idf(str(out_dir / IDF_FILE), idf_sha)
    log(f"IDF table: {len(keys)} terms seen in >= {MIN_DF} of {n_docs} articles")

    base = provisional(default_idf, idf_sha, out_dir, context)
    pairs = {name: teacher_forced_pairs(base, idf, items, timed[name])
             for name, items in streams.items()}  # fmt: skip
    weights, bias = fit(pairs)
    trees = fit_gbm(pairs, with_time=scorer == "gbm-time") if scorer != "logistic" else None
    if trees is not None:
        log(f"trees: {len(trees.trees)}, {trees.method}")
    base = dataclasses.replace(base, **carried_undated(), **carried_split(),
                               weights=tuple(weights), bias=bias, trees=trees)  # fmt: skip
    # Undated streams are scored by the carried scorer, which the grid does not change:
    # the grid is chosen on the dated streams (BASIL real, every compressed stream).
    dated = {name: items for name, items in streams.items()
             if any(i.article.published_at for i in items)}  # fmt: skip
    chosen_on = {} if fit_neus_raw else selection_streams(sets)
    timed.update(stream_features(chosen_on, log, started, context))
    model, scores = choose_by_grid(base, idf, {**dated, **chosen_on}, timed, log, floor)
    record = training_record(streams, pairs, scores, n_docs, chosen_on, dropped_stories(sets))
    if trees is not None:  # the dated scorer is the trees; the weights stay for reference
        record["scorer"] = {"dated": trees.method, "trees": len(trees.trees),
                            "threshold_grid": list(GBM_THRESHOLDS)}  # fmt: skip
    if floor > 0:  # written only when set, so version 5's rule rebuilds its file unchanged
        record["precision_floor"] = {"stream": FLOOR_STREAM, "b3_precision_at_least": floor}
    model = dataclasses.replace(model, **carried_language_idf(out_dir), **event_join.PICKED,
                                training=record)  # the join is set after the grid: v5's pick
    save_model(model, out_dir / "clusterer.json", compact=model.trees is not None)
    log(
        f"chosen: core {model.core_link} threshold {model.threshold} "
        f"weights {dict(zip(FEATURES, model.weights, strict=True))} bias {model.bias}"
    )
    model = with_metrics(model, data, log)
    save_model(model, out_dir / "clusterer.json", compact=model.trees is not None)
    log(f"done in {time.perf_counter() - started:.0f}s")
    return model


# The context variants (docs/eval-clustering.md, sessions 17 and 22); leadN: title + lead
# cut to its first N word pieces (the model file records the cut, so it loads exactly).
CONTEXTS = ("", "minilm-onnx", "minilm-onnx/title", "minilm-onnx/lead32", "minilm-onnx/lead48",
            "minilm-onnx/lead64", "minilm-onnx/lead96", "minilm-onnx/lead128",
            "event-onnx", "event-onnx/lead64")  # event-onnx: session 32's fine-tuned encoder


def context_problem(context: str) -> str | None:
    """Why the ``context`` embedder cannot load (one line), before any data is read: a
    model that does not ship (``event-onnx``) fails here, not after minutes of features."""
    if not context:
        return None
    try:
        get_embedder(context.partition("/")[0])
    except NewsprismError as exc:
        return f"error: {exc}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the gold data folder")
    parser.add_argument(
        "--check",
        action="store_true",
        help="train into a temporary folder and compare with the committed model",
    )
    parser.add_argument("--fit-neus-raw", action="store_true",
                        help="fit on neus-raw's training part too (a measured candidate)")
    parser.add_argument("--context", default="", choices=CONTEXTS,
                        help="the context feature's embedder ('' for none; minilm-onnx/leadN: "
                             "title + lead cut to N word pieces)")
    parser.add_argument("--scorer", default="logistic", choices=SCORERS,
                        help="the dated scorer: logistic regression (default) or boosted "
                             "trees written into the model file (gbm: content only, as "
                             "the logistic; gbm-time: the trees see time too)")
    parser.add_argument("--precision-floor", type=float, default=PRECISION_FLOOR,
                        help=f"pick the best F1 among the grid points whose B³ precision on "
                             f"'{FLOOR_STREAM}' reaches this (0: F1 alone; session 34 "
                             f"measured {FLOOR})")
    parser.add_argument("--out", type=Path, default=None,
                        help="write the model into this folder instead of the package's")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no gold data at {args.data}", file=sys.stderr)
        return 2
    if (problem := context_problem(args.context)) is not None:
        print(problem, file=sys.stderr)
        return 2
    if not args.check:
        train(args.data, args.out or default_model_path().parent,
              fit_neus_raw=args.fit_neus_raw, context=args.context, scorer=args.scorer,
              floor=args.precision_floor)
        return 0
    committed = json.loads(default_model_path().read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        model = train(args.data, Path(tmp), fit_neus_raw=args.fit_neus_raw,
                      context=args.context, scorer=args.scorer, floor=args.precision_floor)
    new = model.as_dict()
    for key in ("weights", "bias", "threshold", "core_link"):
        print(f"{key}: committed {committed.get(key)} -> retrained {new[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
