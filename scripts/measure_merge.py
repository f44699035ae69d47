"""Why the stream over-splits an event, and what a merge step does about it (issue 13).

``diagnose`` (training parts only: GoogleNews-TS even events, NeuS-AllSides train) runs
the packaged clusterer over each stream, both conditions, and for every gold event cut
into several predicted stories looks at each *later piece* (a predicted story holding
items of the event that is not the story holding most of them, its *main* story): when
the piece's first item of the event arrived, why did it not join the main story?

- ``main not founded yet``: the main story was founded after this item (two pieces
  started in parallel; only a step that merges stories afterwards can join them);
- ``main not a candidate``: the main story was live but not among the item's candidates
  (the nearest centroids and band neighbours);
- ``main frozen or out of span``: the main story was no longer live, or the item would
  stretch it past the span cap (a time window);
- ``just under``: the main story was a candidate, its probability below the threshold but
  at least half of it; ``far under``: below half of it;
- ``joined another``: the item went to a story that scored higher than the main one;
- ``other language``: the two are in different known languages.

``merges`` lists the merges of the measured setting on the training streams, those
that join two gold stories by headline.

It also prints, for each piece, the mean member-to-member probability between the piece
and its main story at the end of the stream, and the same for pairs of stories of
different events, which is what a merge step by average linkage would have to tell apart.

``measure`` runs the stream with the merge step off and at each ``--scale`` and
``--share`` over the same features and prints B³ F1, P, R, found and mixed per
condition and split. ``--held-out`` adds the held-out parts (read once, at the end).

Features are computed once per set and part and kept in ``--cache``.

Example::

    PYTHONPATH=src python scripts/measure_merge.py diagnose ../shared/data
    PYTHONPATH=src python scripts/measure_merge.py measure ../shared/data \
        --scale 1 1.5 --share 0 0.5
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from measure_split import _print_rows  # scripts/ is the script's own folder on sys.path

from newsprism.cluster import split as splitting
from newsprism.cluster.features import ArticleFeatures, compute_features, to_epoch
from newsprism.cluster.joinable import within_span
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import condition_stream, find_sets

SETS = ("neus-allsides", "googlenews-TS")
CONDITIONS = ("real", "compressed")


def stream_features(data: Path, names: Sequence[str], part: str, cache: Path):
    """``(set name, condition, items, features)`` for each set and condition of ``part``."""
    for gold in (g for g in find_sets(data) if g.name in names):
        real = condition_stream(gold, part, "real")
        if not real:
            continue
        path = cache / f"{gold.name}-{part}.pkl"
        if path.exists():
            computed = pickle.loads(path.read_bytes())
        else:
            computed = {f.article_id: f for f in compute_features(
                [i.article for i in real], load_model().embedder)}  # fmt: skip
            path.write_bytes(pickle.dumps(computed))
        for condition in CONDITIONS:
            items = condition_stream(gold, part, condition)
            fs = [dataclasses.replace(computed[i.article.id],
                                      published=to_epoch(i.article.published_at))
                  for i in items]  # fmt: skip
            yield gold.name, condition, items, fs


# --- diagnose ---------------------------------------------------------------------------


def run_traced(model: ClusterModel, fs: Sequence[ArticleFeatures]):
    """The stream, with what each article saw before its decision."""
    c = StreamClusterer(model, model_idf(model))
    seen: dict[str, dict] = {}
    founded: dict[str, int] = {}
    for n, f in enumerate(fs):
        _, related = c._near_copies(f)
        scored = {s: (model.probability(x), model.join_threshold(x, f.language))
                  for s, x, _ in c.scored_candidates(f, extra=related)}  # fmt: skip
        seen[f.article_id] = {"n": n, "scored": scored, "live": set(c.live),
                              "span_ok": {s: within_span(f, cl, model.max_span_hours * 3600)
                                          for s, cl in c.live.items()}}  # fmt: skip
        d = c.add(f)
        founded.setdefault(d.story_id, n)
    return c, seen, founded


def classify(first: ArticleFeatures, main: str, seen: dict, founded: dict[str, int],
             story: str) -> str:  # fmt: skip
    """Why ``first`` (the first item of a later piece, now in ``story``) missed ``main``."""
    at = seen[first.article_id]
    if founded.get(main, 10**9) > at["n"]:
        return "main not founded yet"
    if main not in at["live"] or not at["span_ok"].get(main, True):
        return "main frozen or out of span"
    if main not in at["scored"]:
        return "main not a candidate"
    p, threshold = at["scored"][main]
    if founded.get(story, at["n"]) < at["n"]:
        return "joined another"
    return "just under" if p >= threshold / 2 else "far under"


def mean_link(model: ClusterModel, c: StreamClusterer, a: list[ArticleFeatures],
              b: list[ArticleFeatures]) -> float:  # fmt: skip
    fs = a + b
    p, _ = splitting.pair_probabilities(model, fs, [c.weigh_member(f) for f in fs])
    return float(p[: len(a), len(a):].mean())


def _headline(article) -> str:
    """The title, or the first words of an untitled item (GoogleNews)."""
    return article.title or " ".join(article.text.split()[:12])


def diagnose(data: Path, cache: Path) -> None:
    model = splitting.with_split(load_model(), "off")
    for name, condition, items, fs in stream_features(data, SETS, "train", cache):
        c, seen, founded = run_traced(model, fs)
        predicted = [c.memberships[f.article_id][0] for f in fs]
        by_gold: dict[str, dict[str, list[int]]] = {}
        for n, (item, story) in enumerate(zip(items, predicted, strict=True)):
            by_gold.setdefault(item.story, {}).setdefault(story, []).append(n)
        kinds: Counter[str] = Counter()
        links_same, examples = [], {}
        for pieces in by_gold.values():
            if len(pieces) < 2:
                continue
            main = max(pieces, key=lambda s: (len(pieces[s]), -min(pieces[s])))
            for story, idx in pieces.items():
                if story == main:
                    continue
                first = fs[idx[0]]
                kind = classify(first, main, seen, founded, story)
                kinds[kind] += 1
                examples.setdefault(kind, (_headline(items[idx[0]].article),
                                           _headline(items[pieces[main][0]].article)))  # fmt: skip
                if len(idx) >= 1 and len(links_same) < 400:
                    links_same.append(mean_link(model, c, [fs[i] for i in idx[:16]],
                                                [fs[i] for i in pieces[main][:16]]))  # fmt: skip
        total = sum(kinds.values())
        print(f"\n{condition} {name} train: {total} later pieces of "
              f"{sum(len(p) > 1 for p in by_gold.values())} split events")
        for kind, count in kinds.most_common():
            print(f"  {kind:28} {count:5} ({count / total:.0%})   e.g. {examples[kind]!r}")
        if links_same:
            q = np.percentile(links_same, [10, 25, 50, 75, 90])
            print("  mean member link piece-main, percentiles 10/25/50/75/90:",
                  " ".join(f"{v:.3f}" for v in q))


# --- merges, read one by one ------------------------------------------------------------


def read_merges(data: Path, cache: Path, names: Sequence[str]) -> None:
    """Each merge of the measured setting on the training streams: how many join two
    stories of one gold event (by each story's majority), and the others, by headline."""
    from newsprism.cluster.merge import with_merge

    model = with_merge(splitting.with_split(load_model(), "off"), "on")
    for name, condition, items, fs in stream_features(data, names, "train", cache):
        gold = {i.article.id: i.story for i in items}
        heads = {i.article.id: _headline(i.article) for i in items}
        c = StreamClusterer(model, model_idf(model))
        merges: list[tuple[list[str], list[str]]] = []
        merge = c.merge

        def logged(cluster, merge=merge, c=c, merges=merges):
            logs = {s: [r.article_id for r in k.log] for s, k in c.live.items()}
            gone = merge(cluster)
            if gone is not None:
                merges.append((logs[cluster.story_id], logs[gone]))
            return gone

        c.merge = logged
        for f in fs:
            c.add(f)
        majority = [tuple(Counter(gold[x] for x in side).most_common(1)[0][0] for side in m)
                    for m in merges]  # fmt: skip
        wrong = [m for m, (a, b) in zip(merges, majority, strict=True) if a != b]
        print(f"\n{condition} {name} train: {len(merges)} merges, {len(wrong)} join two "
              "gold stories")  # fmt: skip
        for a, b in wrong[:10]:
            print(f"  {heads[a[0]][:70]!r} ({len(a)}) + {heads[b[0]][:70]!r} ({len(b)})")


# --- measure ----------------------------------------------------------------------------


def measure(data: Path, cache: Path, scales: Sequence[float], shares: Sequence[float],
            parts: Sequence[str], names: Sequence[str], candidates: int | None = None
            ) -> None:  # fmt: skip
    from newsprism.cluster.merge import with_merge

    base = splitting.with_split(load_model(), "off")
    if candidates:
        base = dataclasses.replace(base, candidates=candidates)
    runs = [("off", with_merge(base, 0.0))] + [
        (f"merge {s}/{share}", with_merge(base, s, share)) for s in scales for share in shares]
    for part in parts:
        for name, condition, items, fs in stream_features(data, names, part, cache):
            for run, model in runs:
                c = StreamClusterer(model, model_idf(model))
                for f in fs:
                    c.add(f)
                predicted = [c.memberships[f.article_id][0] for f in fs]
                _print_rows(condition, name, run, items, predicted)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["diagnose", "measure", "merges"])
    parser.add_argument("data", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsprism-merge-cache"))
    parser.add_argument("--scale", type=float, nargs="+", default=[1.0])
    parser.add_argument("--share", type=float, nargs="+", default=[0.0],
                        help="link shares (merge_link_share) to measure with each scale")
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--candidates", type=int,
                        help="live stories compared with each article (the model's 10)")
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.command == "diagnose":
        diagnose(args.data, args.cache)
    elif args.command == "merges":
        read_merges(args.data, args.cache, args.sets)
    else:
        parts = ["train", "held-out"] if args.held_out else ["train"]
        measure(args.data, args.cache, args.scale, args.share, parts, args.sets,
                args.candidates)


if __name__ == "__main__":
    main()
