"""Measure a split step on the gold streams: would cutting big stories apart help?

Issue 13 asks that a story's members stay close to each other, not only to a drifting
centroid, and suggests a split step. This script measures the best case of one, before
anyone builds it into the stream: it runs the packaged clusterer over each gold stream
(``eval clustering``'s streams, both conditions), then splits every story of at least
``--min-size`` members after the fact, by average linkage over the clusterer's own
member-to-member probability (each member scored against a story made of another one,
``StreamClusterer.compare``), cut at ``--scale`` times the model's join threshold. A part
of at least ``--min-part`` members that is not the founder's becomes a story of its own.
Splitting the final stories once is the most a split step could do: one inside the
stream would see fewer members at each check. The stream here runs with the model's own
split step off; ``--in-stream`` (or ``newsprism eval clustering --story-split on``
against ``off``) measures the step built into the stream (decision 20).

Example (the figures of docs/clustering.md, decision 20)::

    PYTHONPATH=src python scripts/measure_split.py ../shared/data --scale 0.25 0.5
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage

from newsprism.cluster.features import ArticleFeatures, compute_features, to_epoch
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.split import with_split
from newsprism.cluster.stream import Cluster, StreamClusterer
from newsprism.eval.clustering import condition_stream, find_sets, most_mixed, score_clustering

SETS = ("basil", "neus-allsides", "googlenews-TS")


def story_of_one(c: StreamClusterer, f: ArticleFeatures) -> Cluster:
    """The profile a story founded by ``f`` alone would have."""
    w = c.weigh(f)
    return Cluster(story_id=f.article_id, founder=f.article_id, count=1,
                   emb_sum=f.embedding.astype(np.float64), title=dict(w.title),
                   body=dict(w.body), entities=dict(w.entities), t_first=f.published,
                   t_last=f.published, language=f.language)  # fmt: skip


def split_story(c: StreamClusterer, fs: Sequence[ArticleFeatures], scale: float,
                min_part: int) -> list[int]:  # fmt: skip
    """A part number per member (0: the founder's part, kept in the story)."""
    ones = [story_of_one(c, f) for f in fs]
    distances, threshold = [], None
    for a, f in enumerate(fs):
        for b in range(a + 1, len(fs)):
            x = c.compare(f, c.weigh(f), ones[b])
            threshold = threshold or c.model.join_threshold(x, None)
            distances.append(1.0 - c.model.probability(x))
    parts = fcluster(linkage(np.array(distances), method="average"),
                     t=1.0 - (threshold or 0.0) * scale, criterion="distance")  # fmt: skip
    sizes = {p: int((parts == p).sum()) for p in set(parts.tolist())}
    return [0 if p == parts[0] or sizes[p] < min_part else int(p) for p in parts]


def split_all(c: StreamClusterer, fs: list[ArticleFeatures], labels: list[str], *,
              scale: float, min_part: int, min_size: int) -> list[str]:  # fmt: skip
    """``labels`` with every story of ``min_size`` members or more split."""
    members: dict[str, list[int]] = {}
    for n, label in enumerate(labels):
        members.setdefault(label, []).append(n)
    out = list(labels)
    for label, idx in members.items():
        if len(idx) >= min_size:
            for n, part in zip(idx, split_story(c, [fs[n] for n in idx], scale, min_part),
                               strict=True):  # fmt: skip
                out[n] = f"{label}/{part}" if part else label
    return out


def in_stream(data: Path, sets: Sequence[str]) -> None:
    """The split step built into the stream, on and off, over the same features: B³ F1,
    stories found and ``mixed`` per condition, set and split (``--in-stream``)."""
    on, off = with_split(load_model(), "on"), with_split(load_model(), "off")
    for gold in (g for g in find_sets(data) if g.name in sets):
        for part in ("train", "held-out"):
            real = condition_stream(gold, part, "real")
            if not real:
                continue
            computed = {f.article_id: f for f in
                        compute_features([i.article for i in real], on.embedder)}  # fmt: skip
            for condition in ("real", "compressed"):
                items = condition_stream(gold, part, condition)
                fs = [dataclasses.replace(computed[i.article.id],
                                          published=to_epoch(i.article.published_at))
                      for i in items]  # fmt: skip
                for name, model in (("off", off), ("on", on)):
                    c = StreamClusterer(model, model_idf(model))
                    for f in fs:
                        c.add(f)
                    predicted = [c.memberships[f.article_id][0] for f in fs]
                    _print_rows(condition, gold.name, name, items, predicted)


def _print_rows(condition: str, name: str, run: str, items: Sequence, predicted: list[str]
                ) -> None:  # fmt: skip
    for split in dict.fromkeys(i.split for i in items):
        idx = [n for n, i in enumerate(items) if i.split == split]
        gold_ids = [items[n].story for n in idx]
        mine = [predicted[n] for n in idx]
        s = score_clustering(mine, gold_ids)
        print(f"{condition:10} {name:14} {split:12} {run:10} B3 F1 {s.b3[2]:.3f} "
              f"P {s.b3[0]:.3f} R {s.b3[1]:.3f} found {s.found:5} "
              f"mixed {most_mixed(mine, gold_ids)}", flush=True)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--scale", type=float, nargs="+", default=[0.25, 0.5])
    parser.add_argument("--min-part", type=int, default=3)
    parser.add_argument("--min-size", type=int, default=8)
    parser.add_argument("--in-stream", action="store_true",
                        help="measure the split step built into the stream, on against off")
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    args = parser.parse_args(argv)
    if args.in_stream:
        in_stream(args.data, args.sets)
        return
    # The stream without its own split step: this measures a split of the final stories.
    model = dataclasses.replace(load_model(), split_scale=0.0)
    for gold in (g for g in find_sets(args.data) if g.name in args.sets):
        for condition in ("real", "compressed"):
            for part in ("train", "held-out"):
                items = condition_stream(gold, part, condition)
                if not items:
                    continue
                c = StreamClusterer(model, model_idf(model))
                fs = compute_features([i.article for i in items], model.embedder)
                labels = [c.add(f).story_id for f in fs]
                runs = {"none": labels} | {
                    f"scale {s}": split_all(c, fs, labels, scale=s, min_part=args.min_part,
                                            min_size=args.min_size) for s in args.scale}
                for name, predicted in runs.items():
                    _print_rows(condition, gold.name, name, items, predicted)


if __name__ == "__main__":
    main()
