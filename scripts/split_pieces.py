"""The pieces of one gold event that model version 3 leaves apart, with what the scorer
saw (issue 13, session 29; docs/eval-clustering.md, "Session 29").

``dump`` runs the packaged clusterer over the **training part** of the crawled AllSides
roundups (``neus-raw``; ``--condition real`` first) and prints every later piece of an
event (a predicted story holding reports of a roundup that is not the roundup's main
story), drawn at random (``--sample``, ``--seed``). For each piece it prints the reports
of the piece and of the main story (outlet, date, title, lead), then, for the pair of a
piece report and a main report that the model scores highest as article against a story
of the other alone, the scorer's pair columns (``dense``, ``title``, ``body``,
``entities``, the probability) and the cues a reader might use that the columns may not
weigh: names both sides cite (as the features extract them), numbers both cite, the
title words of one found in the other's body. The reading is made from the reports; the
AllSides headline of the roundup is printed last.

``--count`` prints instead how many of all the pieces have a best pair at or above each
of a few probabilities.

Example::

    PYTHONPATH=src python scripts/split_pieces.py dump ../shared/data --sample 40
    PYTHONPATH=src python scripts/split_pieces.py dump ../shared/data --count
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.profile import Cluster
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import GoldItem, condition_stream, load_neus_raw

NUMBER = re.compile(r"\d[\d,.]*\d|\d")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
STOP = frozenset("""that this with from have will after their about over says said were
they what been would could more than into when which there your just also amid make
while other some most only first last year years week news report reports""".split())


def numbers(text: str) -> set[str]:
    """The numbers a text cites (years too: a year is a cue a reader reads)."""
    return {m.replace(",", "").rstrip(".") for m in NUMBER.findall(text)}


def content_words(text: str) -> set[str]:
    """Lower-cased words of four letters or more, a few function words left out."""
    return {w.lower() for w in WORD.findall(text)} - STOP


def one_story(clusterer: StreamClusterer, m: ArticleFeatures) -> Cluster:
    """A story holding ``m`` alone, as the clusterer would found it."""
    c = Cluster(story_id="", founder=m.article_id,
                emb_sum=np.zeros(len(m.embedding)), language=m.language)  # fmt: skip
    c.absorb(m, clusterer.weigh_member(m), 0, 0)
    return c


def best_pair(clusterer: StreamClusterer, frag: list[ArticleFeatures],
              main: list[ArticleFeatures]) -> tuple[float, list[float], str, str]:  # fmt: skip
    """The piece report and main report the model scores highest together (the later
    one as article against a story of the earlier alone, as a join would score it)."""
    best: tuple[float, list[float], str, str] = (-1.0, [], "", "")
    for a in frag:
        for b in main:
            first, later = (a, b) if (a.published or 0) <= (b.published or 0) else (b, a)
            x = clusterer.compare(later, clusterer.weigh(later), one_story(clusterer, first))
            p = clusterer.model.probability(x)
            if p > best[0]:
                best = (p, x, a.article_id, b.article_id)
    return best


def cues(a: GoldItem, b: GoldItem, fa: ArticleFeatures, fb: ArticleFeatures) -> str:
    """The cues two reports share that a reader sees: names, numbers, title words."""
    ta, tb = a.article.title or "", b.article.title or ""
    ba, bb = a.article.text, b.article.text
    names = sorted(set(fa.entities) & set(fb.entities))
    nums = sorted(numbers(f"{ta} {ba}") & numbers(f"{tb} {bb}"))
    t_in_b = sorted(content_words(ta) & content_words(bb))
    t_in_a = sorted(content_words(tb) & content_words(ba))
    return (f"    names both: {names}\n    numbers both: {nums}\n"
            f"    piece title words in main body: {t_in_b}\n"
            f"    main title words in piece body: {t_in_a}\n")  # fmt: skip


def show(item: GoldItem) -> str:
    """One report as a reader sees it: outlet, date, title, lead."""
    a = item.article
    return (f"  [{a.id}] {a.outlet} {(a.published_at or '')[:10]}\n  TITLE: {a.title}\n"
            f"  BODY: {a.text.replace(chr(10), ' ')}\n")  # fmt: skip


def pieces(items: list[GoldItem], predicted: list[str]) -> list[tuple[str, list[int], list[int]]]:
    """(roundup, piece item indices, main-story item indices) for every later piece."""
    by_gold: dict[str, list[int]] = defaultdict(list)
    for n, i in enumerate(items):
        by_gold[i.story].append(n)
    out = []
    for g, ns in by_gold.items():
        main = Counter(predicted[n] for n in ns).most_common(1)[0][0]
        for p in dict.fromkeys(predicted[n] for n in ns):
            if p != main:
                out.append((g, [n for n in ns if predicted[n] == p],
                            [n for n in ns if predicted[n] == main]))  # fmt: skip
    return out


def dump(data: Path, args: argparse.Namespace) -> None:
    """Print the sampled pieces with the scorer's columns and the shared cues."""
    model = load_model()
    items = condition_stream(load_neus_raw(data / "neus-allsides"), "train", args.condition)
    clusterer = StreamClusterer(model, model_idf(model))
    feats = compute_features([i.article for i in items], model.embedder)
    for f in feats:
        clusterer.add(f)
    predicted = [clusterer.memberships[i.article.id][0] for i in items]
    found = pieces(items, predicted)
    print(f"neus-raw train, {args.condition}: {len(found)} later pieces")
    if args.count:
        bests = [best_pair(clusterer, [feats[n] for n in frag], [feats[n] for n in main])[0]
                 for _, frag, main in found]  # fmt: skip
        for bar in (0.05, 0.1, 0.125, 0.15, 0.2, 0.3, 0.5):
            print(f"  best pair with the main story >= {bar}: {sum(b >= bar for b in bests)}")
        return
    rng = random.Random(args.seed)
    for k, (g, frag, main) in enumerate(rng.sample(found, min(args.sample, len(found)))):
        p, x, a, b = best_pair(clusterer, [feats[n] for n in frag], [feats[n] for n in main])
        na = next(n for n in frag if items[n].article.id == a)
        nb = next(n for n in main if items[n].article.id == b)
        cols = " ".join(f"{name} {v:.3f}" for name, v in zip(model.features, x, strict=False)
                        if name in ("dense", "title", "body", "entities"))  # fmt: skip
        print(f"\n=== PIECE {k + 1} ===\n-- apart:\n" + "".join(show(items[n]) for n in frag)
              + "-- main story of the same roundup:\n" + "".join(show(items[n]) for n in main)
              + f"   best pair {a} ~ {b}: p {p:.3f}; {cols}\n"
              + cues(items[na], items[nb], feats[na], feats[nb]) + f"   gold: {g}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["dump"])
    parser.add_argument("data", type=Path, help="the gold data folder (../shared/data)")
    parser.add_argument("--condition", choices=["real", "compressed"], default="real")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--count", action="store_true",
                        help="count the pieces by their best pair's probability instead")
    args = parser.parse_args()
    dump(args.data, args)


if __name__ == "__main__":
    main()
