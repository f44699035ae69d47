"""Issue 13, session 34: the clusterer's threshold chosen under a floor on the dense
day's precision, and the quoted lines as a learned pair feature, measured against
model version 5 (docs/eval-clustering.md, "Session 34: a precision floor for the
dense day, and quoted lines as a feature").

- ``grid``: version 5's weights, and the weights refitted with two quote features
  (``quote_shared``: the article and a member of the story share a quoted word pair;
  ``quote_disjoint``: both quote, none is shared; title + the first ``join_quotes.LEAD``
  words, ``join_quotes.quote_pairs``), each run over a wide grid of thresholds and core
  checks on the training streams ``train_clusterer.py`` chooses on; every point's B³
  P / R / F1 per stream is written to ``OUT/grid.json``, and the point each rule picks
  (``train_clusterer.pick``: best mean F1, or best mean F1 with the floor) is printed.
- ``eval``: every ``eval clustering`` row (both conditions) of version 5 and of each
  picked variant, into ``OUT/eval-NAME.json``.

The quote features are added by wrapping ``StreamClusterer.compare`` in this process
only: a measurement, not the shipped path (the shipped feature would need a stored
column and a model file with two more features).

Example::

    PYTHONPATH=src python scripts/floor_quotes.py grid ../shared/data /tmp/fq
    PYTHONPATH=src python scripts/floor_quotes.py eval ../shared/data /tmp/fq v5 floor
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import sys
import time
from pathlib import Path

import join_quotes
import train_clusterer as tc

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.profile import Cluster
from newsprism.cluster.stream import StreamClusterer, Weighted
from newsprism.eval.clustering import (
    cluster_articles,
    condition_stream,
    evaluate_clustering,
    load_neus_raw,
)

QUOTES: dict[str, frozenset[tuple[str, str]]] = {}
QUOTE_ON = [False]
_PLAIN_COMPARE = StreamClusterer.compare
WIDER = (0.35, 0.4, 0.5)  # beyond train_clusterer.THRESHOLDS


def quote_text(title: str | None, text: str, words: int = join_quotes.LEAD) -> str:
    """The title and the text's first ``words`` words, where the quotes are read (as
    session 33's ``join_quotes.quoted`` read them)."""
    return " ".join(f"{title or ''}. {text}".split()[: words + 1])


def compare(self: StreamClusterer, f: ArticleFeatures, w: Weighted, c: Cluster) -> list[float]:
    """Version 5's features, and with ``QUOTE_ON`` the two quote features."""
    x = _PLAIN_COMPARE(self, f, w, c)
    if not QUOTE_ON[0]:
        return x
    mine = QUOTES.get(f.article_id, frozenset())
    theirs = [q for q in (QUOTES.get(m.article_id) for m in c.members) if q]
    shared = bool(mine) and any(mine & q for q in theirs)
    return [*x, float(shared), float(bool(mine) and bool(theirs) and not shared)]



def load_quotes(data: Path) -> None:
    """The quote pairs of every article of every set (no labels are read)."""
    for gold in tc.gold_sets(data).values():
        for item in gold.items:
            a = item.article
            QUOTES[a.id] = join_quotes.quote_pairs(quote_text(a.title, a.text))


def features(data: Path, out: Path) -> tuple[dict, dict]:
    """Training and grid streams with their features (cached in ``OUT/feats.pkl``)."""
    cache = out / "feats.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    sets = tc.gold_sets(data)
    streams = tc.training_streams(sets)
    chosen_on = tc.selection_streams(sets)
    timed = tc.stream_features({**streams, **chosen_on}, print, time.perf_counter())
    cache.write_bytes(pickle.dumps(((streams, chosen_on), timed)))
    return (streams, chosen_on), timed


def with_quotes(model: ClusterModel, weights: list[float], bias: float) -> ClusterModel:
    """``model`` with the refitted weights (two longer); the undated scorer padded."""
    return dataclasses.replace(model, weights=tuple(weights), bias=bias,
                               undated_weights=(*model.undated_weights, 0.0, 0.0))


def grid(data: Path, out: Path) -> None:
    """Both grids (version 5's weights; refitted with the quote features) into
    ``OUT/grid.json``, and each rule's pick printed."""
    (streams, chosen_on), timed = features(data, out)
    load_quotes(data)
    v5 = load_model()
    idf = model_idf(v5)
    dated = {n: i for n, i in {**streams, **chosen_on}.items()
             if any(x.article.published_at for x in i)}
    results = {}
    for name, quotes in (("v5", False), ("quotes", True)):
        QUOTE_ON[0] = quotes
        base = v5
        if quotes:
            pairs = {n: tc.teacher_forced_pairs(v5, idf, items, timed[n])
                     for n, items in streams.items()}
            weights, bias = tc.fit(pairs)
            print(f"quotes: weights {weights} bias {bias}", flush=True)
            base = with_quotes(v5, weights, bias)
            results["quotes_weights"] = {"weights": weights, "bias": bias}
        # The usual grid in full (the F1 rule), the wider thresholds under the floor.
        rows = tc.grid_rows(base, idf, dated, timed, print, tc.THRESHOLDS)
        rows += tc.grid_rows(base, idf, dated, timed, print, WIDER, floor=tc.FLOOR)
        results[name] = [{"threshold": m.threshold, "core_link": m.core_link, "scores": s}
                         for m, s in rows]
        for rule, floor in (("f1", 0.0), ("floor", tc.FLOOR)):
            m, s = tc.pick(rows, floor)
            print(f"{name} {rule}: core {m.core_link} threshold {m.threshold} {s}", flush=True)
        (out / "grid.json").write_text(json.dumps(results, indent=1))


def variant(name: str, out: Path) -> ClusterModel:
    """A picked variant: ``v5``, ``floor``, ``quotes``, ``quotes-floor``."""
    v5 = load_model()
    results = json.loads((out / "grid.json").read_text())
    QUOTE_ON[0] = name.startswith("quotes")
    base = v5
    if QUOTE_ON[0]:
        q = results["quotes_weights"]
        base = with_quotes(v5, q["weights"], q["bias"])
    if name == "v5":
        return v5
    rows = [(dataclasses.replace(base, threshold=r["threshold"], core_link=r["core_link"],
                                 core_members=tc.CORE_MEMBERS if r["core_link"] else 0),
             r["scores"]) for r in results["quotes" if QUOTE_ON[0] else "v5"]]
    floor = tc.FLOOR if name.endswith("floor") else 0.0
    return tc.pick(rows, floor)[0]


def evaluate(data: Path, out: Path, names: list[str]) -> None:
    """Every ``eval clustering`` row of each named variant into ``OUT/eval-NAME.json``."""
    load_quotes(data)
    for name in names:
        model = variant(name, out)
        print(f"{name}: core {model.core_link} threshold {model.threshold}", flush=True)
        table = evaluate_clustering(data, model=model, condition="both")
        (out / f"eval-{name}.json").write_text(json.dumps(table.rows, indent=1))


def changes(data: Path, out: Path, names: list[str]) -> None:
    """The predicted stories of neus-raw's training part on the dense day whose members
    differ between two variants (``names``: the old, then the new): each with its
    reports' gold roundup, date, outlet and title, for reading (``OUT/changes.txt``)."""
    load_quotes(data)
    gold = load_neus_raw(data / "neus-allsides")
    items = condition_stream(gold, "train", "compressed")
    day = {i.article.id: (i.article.published_at or "")[:10] for i in gold.items}
    runs = []
    for name in names:
        model = variant(name, out)
        runs.append(cluster_articles([i.article for i in items], model=model))
    lines = []
    for group in changed_groups(runs[0], runs[1]):
        golds = sorted({items[n].story for n in group})
        olds = sorted({runs[0][n] for n in group})
        news = sorted({runs[1][n] for n in group})
        lines.append(f"== {len(group)} reports, {len(golds)} gold, {len(olds)} -> {len(news)} "
                     "stories (gold / before / after)")
        for n in sorted(group, key=lambda n: (olds.index(runs[0][n]), news.index(runs[1][n]))):
            i = items[n]
            lines.append(f"  g{golds.index(i.story)} b{olds.index(runs[0][n])} "
                         f"a{news.index(runs[1][n])} {day[i.article.id]} {i.article.outlet} | "
                         f"{i.article.title}")
    (out / "changes.txt").write_text("\n".join(lines) + "\n")
    print(f"{sum(1 for line in lines if line.startswith('=='))} changed groups")


def changed_groups(before: list[str], after: list[str]) -> list[set[int]]:
    """The items of every group of stories whose membership differs between two runs:
    the connected parts of the before/after story graph that are not one story each."""
    links: dict[str, set[int]] = {}
    for n, (b, a) in enumerate(zip(before, after, strict=True)):
        links.setdefault("b" + b, set()).add(n)
        links.setdefault("a" + a, set()).add(n)
    seen: set[int] = set()
    groups = []
    for start in range(len(before)):
        if start in seen:
            continue
        group, todo = set(), [start]
        while todo:
            n = todo.pop()
            if n not in group:
                group.add(n)
                todo.extend(links["b" + before[n]] | links["a" + after[n]])
        seen |= group
        if len({before[n] for n in group}) > 1 or len({after[n] for n in group}) > 1:
            groups.append(group)
    return groups


def table(out: Path, names: list[str]) -> None:
    """A markdown table of every row: B³ F1 (P / R) and > 3 gold per variant, and each
    variant's F1 change against the first (``OUT/eval-NAME.json``)."""
    runs = {n: json.loads((out / f"eval-{n}.json").read_text()) for n in names}
    head = " | ".join(f"{n} F1 (P / R), > 3 gold" for n in names)
    print(f"| row | part | {head} | " + " | ".join(f"Δ {n}" for n in names[1:]) + " |")
    print("|---|---|" + "---|" * (2 * len(names) - 1))
    for n, row in enumerate(runs[names[0]]):
        cells = [f"{r[n]['b3_f1']:.4f} ({r[n]['b3_p']:.4f} / {r[n]['b3_r']:.4f}), "
                 f"{r[n]['mixed_over_3']}" for r in runs.values()]
        deltas = [f"{runs[v][n]['b3_f1'] - row['b3_f1']:+.4f}" for v in names[1:]]
        print(f"| {row['dataset']} {row['split']} {row['condition']} | {row['part']} | "
              + " | ".join(cells + deltas) + " |")


def rejoin(data: Path, out: Path, spec: list[str]) -> None:
    """Version 5's weights at a high threshold, where a candidate under it that shares a
    quoted line still joins from a lower one (``spec``: HIGH LOW STREAM…; "What is left"
    of session 34): B³ P / R / F1 on the named training streams of the grid."""
    (streams, chosen_on), timed = features(data, out)
    load_quotes(data)
    QUOTE_ON[0] = True
    high, low = float(spec[0]), float(spec[1])
    v5 = load_model()
    model = dataclasses.replace(with_quotes(v5, [*v5.weights, 0.0, 0.0], v5.bias),
                                threshold=high)  # fmt: skip
    plain = ClusterModel.join_threshold
    ClusterModel.join_threshold = lambda self, x, language: (
        min(plain(self, x, language), low) if x[-2] else plain(self, x, language))
    idf = model_idf(v5)
    for name in spec[2:]:
        items = {**streams, **chosen_on}[name]
        print(name, [round(v, 4) for v in tc.run_b3(model, idf, items, timed[name])], flush=True)


def main(argv: list[str]) -> None:
    StreamClusterer.compare = compare  # in this process only (module docstring)
    command, data, out = argv[0], Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    if command == "grid":
        grid(data, out)
    elif command == "rejoin":
        rejoin(data, out, argv[3:])
    elif command == "table":
        table(out, argv[3:])
    elif command == "changes":
        changes(data, out, argv[3:])
    else:
        evaluate(data, out, argv[3:])


if __name__ == "__main__":
    main(sys.argv[1:])
