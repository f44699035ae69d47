"""How much of the neus-raw gap is the gold and how much is the clusterer (issue 13;
docs/eval-clustering.md, "neus-raw: our errors and the gold's").

``errors`` runs the packaged clusterer over the training part of the crawled AllSides
roundups (``neus-raw``, real dates) and lists its errors as units a reader can judge:

- a *split*: a roundup whose reports end in more than one predicted story; one unit per
  fragment outside the roundup's main story (the predicted story holding most of it),
  shown beside the main story's reports of that roundup;
- a *join*: two roundups whose reports share a predicted story; one unit per pair.

It draws ``--sample`` units of each kind at random (``--seed``) and prints each unit's
reports (outlet, title, date, body) first and the roundups' AllSides headlines last, so
that the reading of "same event or not" is made from the articles before the gold's
label is seen. ``--all-joins`` prints every join unit.

``rare`` measures a rule on the dated training streams (BASIL, neus-raw, AllSides
dense), not built into the clusterer: a report that would found a story joins instead
the live story of an earlier report of the last ``--within`` hours that shares a name
seen in at most ``--rare`` reports of the live window so far (this one included) and
whose IDF in the model's table is at least ``--min-idf`` (the table's default, for a
name its training text never had twice).

``ceiling`` scores the same run against an *adjusted* gold made from the judgments in
``gold/neus-raw-noise/judgments.json`` (see its README): the roundup pairs read as one
event in two roundups are merged, and each report read as not about its roundup's event
is moved to its own story. It prints B³ of the clusterer against the gold and against the
adjusted gold, and of the adjusted gold itself against the gold (what a clusterer that
got every event right would score, as far as the reading found).

Example::

    PYTHONPATH=src python scripts/measure_noise.py errors ../shared/data --sample 30
    PYTHONPATH=src python scripts/measure_noise.py ceiling ../shared/data
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict, deque
from itertools import combinations
from pathlib import Path

from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.profile import Decision
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import (
    GoldItem,
    cluster_articles,
    condition_stream,
    find_sets,
    load_neus_raw,
    score_clustering,
)

JUDGMENTS = Path(__file__).resolve().parent.parent / "gold" / "neus-raw-noise" / "judgments.json"


def run(data: Path, condition: str) -> tuple[list[GoldItem], list[str]]:
    """The neus-raw training stream and the packaged clusterer's story for each item."""
    items = condition_stream(load_neus_raw(data / "neus-allsides"), "train", condition)
    return items, cluster_articles([i.article for i in items])


def error_units(items: list[GoldItem], predicted: list[str]) -> tuple[list, list]:
    """Split units (roundup, fragment ids, main ids) and join units (story, roundup a,
    roundup b, ids of a, ids of b) of one run."""
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_story: dict[str, list[int]] = defaultdict(list)
    for n, (i, p) in enumerate(zip(items, predicted, strict=True)):
        by_gold[i.story].append(n)
        by_story[p].append(n)
    splits = []
    for g, ns in by_gold.items():
        main = Counter(predicted[n] for n in ns).most_common(1)[0][0]
        for p in dict.fromkeys(predicted[n] for n in ns):
            if p != main:
                splits.append((g, [n for n in ns if predicted[n] == p],
                               [n for n in ns if predicted[n] == main]))  # fmt: skip
    joins = []
    for p, ns in by_story.items():
        golds = list(dict.fromkeys(items[n].story for n in ns))
        for a, b in combinations(golds, 2):
            joins.append((p, a, b, [n for n in ns if items[n].story == a],
                          [n for n in ns if items[n].story == b]))  # fmt: skip
    return splits, joins


def show(item: GoldItem) -> str:
    """One report as a reader sees it: outlet, date, title, body."""
    a = item.article
    return (f"  [{a.id}] {a.outlet} {(a.published_at or '')[:10]}\n  TITLE: {a.title}\n"
            f"  BODY: {a.text.replace(chr(10), ' ')}\n")  # fmt: skip


def headlines(data: Path) -> dict[str, str]:
    """Each roundup's AllSides headline (``issue``), by gold story id."""
    out = {}
    for path in sorted((data / "neus-allsides" / "raw_crawled").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[f"neus-raw:{row['id']}"] = f"{row['issue']} ({row['date'][:10]})"
    return out


def print_errors(data: Path, args: argparse.Namespace) -> None:
    """The sampled split and join units, articles first, gold headlines last."""
    items, predicted = run(data, args.condition)
    splits, joins = error_units(items, predicted)
    heads = headlines(data)
    print(f"neus-raw train, {args.condition}: {len(splits)} split units, {len(joins)} join units")
    rng = random.Random(args.seed)
    for k, (g, frag, main) in enumerate(rng.sample(splits, min(args.sample, len(splits)))):
        print(f"\n=== SPLIT {k + 1} ===\n-- apart:")
        print("".join(show(items[n]) for n in frag) + "-- main story of the same roundup:")
        print("".join(show(items[n]) for n in main) + f"   gold: {g} {heads[g]}")
    chosen = joins if args.all_joins else rng.sample(joins, min(args.sample, len(joins)))
    for k, (p, a, b, na, nb) in enumerate(chosen):
        print(f"\n=== JOIN {k + 1} (story {p}) ===\n-- roundup A:")
        print("".join(show(items[n]) for n in na) + "-- roundup B:")
        print("".join(show(items[n]) for n in nb) + f"   gold: A {a} {heads[a]}\n"
              f"         B {b} {heads[b]}")  # fmt: skip


def adjusted_gold(items: list[GoldItem], judgments: dict, wide: bool = False) -> list[str]:
    """The gold with the read noise undone: twin roundups merged (union-find), each
    report read as off its roundup's event moved to a story of its own. ``wide`` also
    merges the twins marked arguable and moves out the pieces of topic roundups."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for unit in judgments["joins"]:
        if unit["class"] == "twin" and (wide or not unit.get("arguable")):
            parent[root(unit["a"])] = root(unit["b"])
    kinds = {"crawl", "topic"} if wide else {"crawl"}
    moved = {u["report"] for u in judgments["splits"] if u["class"] in kinds}
    return [f"off:{i.article.id}" if i.article.id in moved else root(i.story) for i in items]


def rates(judgments: dict) -> None:
    """How many units of each kind the reading put in each class."""
    for kind in ("splits", "joins"):
        found = Counter(u["class"] + ("?" if u.get("arguable") else "") for u in judgments[kind])
        print(f"{kind}: {len(judgments[kind])} read: " + ", ".join(
            f"{c} {n}" for c, n in found.most_common()))  # fmt: skip


def print_ceiling(data: Path, args: argparse.Namespace) -> None:
    """B³ against the gold and the two adjusted golds, both conditions."""
    judgments = json.loads(Path(args.judgments).read_text("utf-8"))
    rates(judgments)
    for condition in ("real", "compressed"):
        items, predicted = run(data, condition)
        gold = [i.story for i in items]
        strict, wide = adjusted_gold(items, judgments), adjusted_gold(items, judgments, True)
        rows = [("clusterer vs gold", predicted, gold),
                ("clusterer vs adjusted gold (strict)", predicted, strict),
                ("clusterer vs adjusted gold (wide)", predicted, wide),
                ("adjusted gold (strict) vs gold", strict, gold),
                ("adjusted gold (wide) vs gold", wide, gold)]
        print(f"neus-raw train, {condition}: {len(set(gold))} roundups, adjusted "
              f"{len(set(strict))} (strict) / {len(set(wide))} (wide) stories")  # fmt: skip
        for name, pred, ref in rows:
            s = score_clustering(pred, ref)
            print(f"  {name}: B3 F1 {s.b3[2]:.3f} (P {s.b3[0]:.3f}, R {s.b3[1]:.3f}), "
                  f"{s.found} found for {s.gold}")  # fmt: skip


class RareNames(StreamClusterer):
    """The clusterer with the rare-name rule (``rare``, ``within``: see the docstring)."""

    rare, within, min_idf = 3, 48.0, 0.0

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.seen: dict[int, deque[tuple[float, str]]] = defaultdict(deque)
        self.fired: list[tuple[str, str]] = []  # (article, the earlier report it joined)

    def decide(self, f: ArticleFeatures) -> tuple[str, str | None, float | None]:
        placed = super().decide(f)
        t = f.published
        if t is None or placed[1] is not None or placed[2] is not None:
            return placed
        window = self.model.live_window_hours * 3600.0
        best: tuple[int, str] | None = None
        for name in f.entity_tf:
            if self.idf.get(name, self.model.default_idf) < self.min_idf:
                continue  # common in the model's training text: not rare, however new
            earlier = self.seen.get(name)
            while earlier and earlier[0][0] < t - window:
                earlier.popleft()
            if not earlier or len(earlier) + 1 > self.rare:
                continue
            for when, other in earlier:
                story = self.memberships[other][0]
                if when >= t - self.within * 3600.0 and story in self.live:
                    best = min(best or (len(earlier), other), (len(earlier), other))
        if best is None:
            return placed
        self.fired.append((f.article_id, best[1]))
        return self.memberships[best[1]][0], None, None

    def apply(self, f: ArticleFeatures, story_id: str, **kwargs: object) -> Decision:
        decision = super().apply(f, story_id, **kwargs)
        if f.published is not None:
            for name in f.entity_tf:
                self.seen[name].append((f.published, f.article_id))
        return decision


def print_rare(data: Path, args: argparse.Namespace) -> None:
    """B³ of the dated training streams with and without the rare-name rule, and the
    share of its joins whose earlier report is of the same gold story."""
    model = load_model()
    idf = model_idf(model)
    for gold_set in find_sets(data, variants=()):
        if gold_set.name not in ("basil", "neus-raw", "neus-allsides"):
            continue
        for condition in ("real", "compressed"):
            if gold_set.name == "neus-allsides" and condition == "real":
                continue  # undated: the rule needs times
            items = condition_stream(gold_set, "train", condition)
            gold = {i.article.id: i.story for i in items}
            feats = compute_features([i.article for i in items], model.embedder)
            for rare in (0, *args.rare):
                clusterer = RareNames(model, idf)
                clusterer.rare, clusterer.within = rare, args.within
                clusterer.min_idf = args.min_idf
                for f in feats:
                    clusterer.add(f)
                pred = [clusterer.memberships[i.article.id][0] for i in items]
                sc = score_clustering(pred, [i.story for i in items])
                right = sum(gold[a] == gold[b] for a, b in clusterer.fired)
                print(f"{gold_set.name} {condition} rare<={rare}: B3 F1 {sc.b3[2]:.4f} "
                      f"(P {sc.b3[0]:.3f}, R {sc.b3[1]:.3f}), {sc.found} stories; "
                      f"rule joins {len(clusterer.fired)}, same gold {right}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["errors", "ceiling", "rare"])
    parser.add_argument("data", type=Path, help="the gold data folder (../shared/data)")
    parser.add_argument("--condition", choices=["real", "compressed"], default="real")
    parser.add_argument("--sample", type=int, default=30, help="units of each kind")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--all-joins", action="store_true", help="print every join unit")
    parser.add_argument("--judgments", default=str(JUDGMENTS))
    parser.add_argument("--rare", type=int, nargs="+", default=[2, 3],
                        help="rare: most reports of the window that may share the name")
    parser.add_argument("--within", type=float, default=48.0,
                        help="rare: hours back to the earlier report")
    parser.add_argument("--min-idf", type=float, default=0.0,
                        help="rare: least IDF of the name in the model's table")
    args = parser.parse_args()
    run_command = {"errors": print_errors, "ceiling": print_ceiling, "rare": print_rare}
    run_command[args.command](args.data, args)


if __name__ == "__main__":
    main()
