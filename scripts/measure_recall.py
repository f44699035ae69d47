"""Why a report does not join its roundup's story, and two rules measured against it
(issue 13; docs/eval-clustering.md, "Recall on neus-raw").

``causes`` runs the packaged clusterer over the training part of the crawled AllSides
roundups (``neus-raw``), both conditions, and for every report that does not end in its
roundup's *main* story (the predicted story holding most of its reports) says why, at
the moment it was decided, it did not join a live story holding earlier reports of its
roundup:

- ``first of its roundup``: no live story held one yet (it founded one, and the others
  joined elsewhere);
- ``not a candidate``: such a story was live but not among its candidates;
- ``under threshold``: a candidate, its probability below the join threshold;
- ``core check refused``: at or above the threshold, refused by the core check;
- ``another story ranked higher``: it joined a story of other roundups that scored more.

For the ``under threshold`` ones it prints the median probability and the median of the
highest body cosine with any one member of the roundup's stories.

``variants`` runs the dated training streams (BASIL and neus-raw, both conditions) with
a rule added to the clusterer, over the same features: ``max-link`` (an article that
would found a story joins the candidate story of the single member it scores highest
with, when that pair probability reaches ``--tau``) and ``numbers`` (a join is refused
when the article and the story's core both cite at least ``--min-numbers`` numbers and
share none: recurring releases told apart by their figures).

Example::

    PYTHONPATH=src python scripts/measure_recall.py causes ../shared/data
    PYTHONPATH=src python scripts/measure_recall.py variants ../shared/data --rule numbers
"""

from __future__ import annotations

import argparse
import re
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import ClassVar

import numpy as np

from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.profile import Cluster, story_id_for
from newsprism.cluster.stream import StreamClusterer
from newsprism.cluster.terms import dot, weighted
from newsprism.eval.clustering import (
    GoldItem,
    condition_stream,
    find_sets,
    load_neus_raw,
    score_clustering,
)

NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def numbers(text: str) -> set[str]:
    """The numbers a text cites, years left out (every report of a year shares them)."""
    found = {m.replace(",", "").rstrip(".") for m in NUMBER.findall(text)}
    return {n for n in found if not (len(n) == 4 and n.startswith(("19", "20")))}


def why(clusterer: StreamClusterer, f: ArticleFeatures, holders: set[str]) -> str:
    """Why ``f`` did not join one of ``holders`` (live stories of its roundup)."""
    if not holders:
        return "first of its roundup"
    scored = {s: (clusterer.model.probability(x), x, c)
              for s, x, c in clusterer.scored_candidates(f)}  # fmt: skip
    met = [scored[h] for h in holders if h in scored]
    if not met:
        return "not a candidate"
    above = [(x, c) for p, x, c in met if p >= clusterer.model.join_threshold(x, f.language)]
    if not above:
        return "under threshold"
    if any(clusterer.model.checks_core(x) and not clusterer.links_core(f, c) for x, c in above):
        return "core check refused"
    return "another story ranked higher"


def causes(items: list[GoldItem], model: ClusterModel) -> tuple[Counter[str], list[float]]:
    """The cause of every report outside its roundup's main story, and for those under
    the threshold the highest body cosine with one member of the roundup's stories."""
    idf = model_idf(model)
    clusterer = StreamClusterer(model, idf)
    members: dict[str, list[ArticleFeatures]] = defaultdict(list)
    gold = {i.article.id: i.story for i in items}
    found: dict[str, tuple[str, float]] = {}
    for f in compute_features([i.article for i in items], model.embedder):
        holders = {s for s, fs in members.items() if s in clusterer.live
                   and any(gold[m.article_id] == gold[f.article_id] for m in fs)}  # fmt: skip
        cause, w = why(clusterer, f, holders), clusterer.weigh(f)
        near = max((dot(w.body, weighted(m.body_tf, idf, model.default_idf))
                    for h in holders for m in members[h]), default=0.0)  # fmt: skip
        found[f.article_id] = (cause, near)
        members[clusterer.add(f).story_id].append(f)
    predicted = {a: s for a, (s, _) in clusterer.memberships.items()}
    by_gold: dict[str, list[str]] = defaultdict(list)
    for i in items:
        by_gold[i.story].append(i.article.id)
    out: Counter[str] = Counter()
    cosines = []
    for ids in by_gold.values():
        main = Counter(predicted[a] for a in ids).most_common(1)[0][0]
        for a in ids:
            if predicted[a] != main:
                out[found[a][0]] += 1
                if found[a][0] == "under threshold":
                    cosines.append(found[a][1])
    return out, cosines


class Variant(StreamClusterer):
    """The clusterer with one of the rules measured (``rule``, ``tau``, ``min_numbers``)."""

    rule, tau, min_numbers = "none", 0.5, 2
    cited: ClassVar[dict[str, set[str]]] = {}

    def links_core(self, f: ArticleFeatures, c: Cluster) -> bool:
        if not super().links_core(f, c):
            return False
        if self.rule != "numbers":
            return True
        mine = self.cited.get(f.article_id, set())
        theirs = set().union(*(self.cited.get(m.article_id, set()) for m in c.members[:8]))
        return not (len(mine) >= self.min_numbers and len(theirs) >= self.min_numbers
                    and not mine & theirs)  # fmt: skip

    def decide(self, f: ArticleFeatures) -> tuple[str, str | None, float | None]:
        story_id, copy_of, score = super().decide(f)
        if self.rule != "max-link" or copy_of is not None or score is not None:
            return story_id, copy_of, score
        w, best = self.weigh(f), (0.0, story_id_for(f.article_id))
        for s, x, c in self.scored_candidates(f):
            if self.model.scores_undated(x):
                continue
            for ref in c.log[: self.model.core_members]:
                m = (self._kept or {})[ref.article_id]
                one = Cluster(story_id="", founder=m.article_id,
                              emb_sum=np.zeros(len(m.embedding)), language=m.language)
                one.absorb(m, self.weigh_member(m), 0, 0)
                best = max(best, (self.model.probability(self.compare(f, w, one)), s))
        return (best[1], None, round(best[0], 6)) if best[0] >= self.tau else (story_id, None, None)


def run_variants(data: Path, args: argparse.Namespace) -> None:
    """B³ of the dated training streams (BASIL, neus-raw; both conditions) with a rule."""
    model = load_model()
    Variant.rule, Variant.tau, Variant.min_numbers = args.rule, args.tau, args.min_numbers
    for gold_set in find_sets(data):
        if gold_set.name not in ("basil", "neus-raw"):
            continue
        for condition in ("real", "compressed"):
            items = condition_stream(gold_set, "train", condition)
            Variant.cited = {i.article.id: numbers(f"{i.article.title or ''} {i.article.text}")
                             for i in items}  # fmt: skip
            clusterer = Variant(model, model_idf(model))
            for f in compute_features([i.article for i in items], model.embedder):
                clusterer.add(f)
            s = score_clustering([clusterer.memberships[i.article.id][0] for i in items],
                                 [i.story for i in items])  # fmt: skip
            print(f"{gold_set.name} {condition}: B3 F1 {s.b3[2]:.3f} (P {s.b3[0]:.3f}, "
                  f"R {s.b3[1]:.3f}), {s.found} stories")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["causes", "variants"])
    parser.add_argument("data", type=Path, help="the gold data folder (../shared/data)")
    parser.add_argument("--rule", choices=["none", "max-link", "numbers"], default="none")
    parser.add_argument("--tau", type=float, default=0.5, help="max-link: pair probability")
    parser.add_argument("--min-numbers", type=int, default=2, help="numbers: on each side")
    args = parser.parse_args()
    if args.command == "variants":
        run_variants(args.data, args)
        return
    gold_set = load_neus_raw(args.data / "neus-allsides")
    for condition in ("real", "compressed"):
        found, cosines = causes(condition_stream(gold_set, "train", condition), load_model())
        print(f"neus-raw train, {condition}: {sum(found.values())} reports outside their "
              f"roundup's main story")  # fmt: skip
        for cause, n in found.most_common():
            print(f"  {cause}: {n}")
        if cosines:
            print(f"  under threshold: median highest body cosine with one member "
                  f"{statistics.median(cosines):.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
