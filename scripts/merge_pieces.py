"""The merge step on every training stream, with guards, and its merges right/wrong
(issue 13, session 29; docs/eval-clustering.md, "Session 29").

Session 29 read 40 later pieces of neus-raw events (``scripts/split_pieces.py``): in a
quarter of them a report of the piece and a report of the main story score at or above
the join threshold *as a pair*, but the piece's report met the main story's centroid (or
came first) and stayed apart. The merge step (decision 21) compares two stories report by
report after both have grown; it had been measured on AllSides and GoogleNews-TS only,
never on neus-raw. ``measure`` runs it on the **training parts** of BASIL, neus-raw,
NeuS-AllSides and GoogleNews (T, S, TS), both conditions, over cached features, with
each variant given as ``scale:share[+guard…]`` (``off`` for version 3):

- ``dated``: both stories' pairs are scored by the dated scorer (no undated merge);
- ``words:N``: every report read on both sides has at least N distinct body words (the
  evidence behind a pair probability; decision 30's guard);
- ``named``: the two stories' reports share a name (the features' entity terms);
- ``max:P``: at least one cross pair reaches probability P;
- ``rare-name:T``: the two stories' reports share a name (entity term) of model IDF ≥ T;
  ``name-idf:T`` is the same condition as the clusterer runs it (the model field
  ``merge_name_idf``, ``cluster/merge.py``), which gives the same memberships.

For each stream it prints B³ F1 (P / R) and the merges made, right (the two stories'
majority gold stories are one) and wrong. ``--held-out`` runs the held-out parts instead
(read once, at the end) and ``--dump FILE`` writes every run's memberships as JSON.

Example::

    PYTHONPATH=src python scripts/merge_pieces.py measure ../shared/data off 0.75:0.5+rare-name:9
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from measure_merge import stream_features  # scripts/ is the script's own folder on sys.path

from newsprism.cluster import merge as merging
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.profile import Cluster
from newsprism.cluster.split import pair_probabilities
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import score_clustering

SETS = ("basil", "neus-raw", "neus-allsides", "googlenews-TS", "googlenews-T", "googlenews-S")

Guard = Callable[[StreamClusterer, Cluster, Cluster], bool]
NUMBER = re.compile(r"\d[\d,.]*\d")
CITED: dict[str, set[str]] = {}  # article id -> the numbers its title and text cite


def numbers(text: str) -> set[str]:
    """The numbers of two digits or more a text cites, years left out (a year is shared
    by every report of that year; a single digit by many)."""
    found = {m.replace(",", "").rstrip(".") for m in NUMBER.findall(text)}
    return {n for n in found if not (len(n) == 4 and n.startswith(("19", "20")))}




def _reports(c: StreamClusterer, story: Cluster) -> list[ArticleFeatures]:
    refs = merging.reports(story, c.model.merge_members)
    have = c.features_of([r.article_id for r in refs])
    return [have[r.article_id] for r in refs if r.article_id in have]


def _cross(c: StreamClusterer, a: Cluster, b: Cluster):
    fa, fb = _reports(c, a), _reports(c, b)
    fs = fa + fb
    p, undated = pair_probabilities(c.model, fs, [c.weigh_member(f) for f in fs])
    return p[: len(fa), len(fa):], undated[: len(fa), len(fa):]


def make_guard(term: str) -> Guard:
    """One guard term of a variant (see the module docstring)."""
    name, _, arg = term.partition(":")
    if name == "dated":
        return lambda c, a, b: not bool(_cross(c, a, b)[1].any())
    if name == "words":
        n = int(arg)
        return lambda c, a, b: all(len(f.body_tf) >= n for f in _reports(c, a) + _reports(c, b))
    if name == "named":
        def named(c: StreamClusterer, a: Cluster, b: Cluster) -> bool:
            na = set().union(*(f.entity_tf for f in _reports(c, a)))
            return bool(na & set().union(*(f.entity_tf for f in _reports(c, b))))
        return named
    if name == "number":
        def number(c: StreamClusterer, a: Cluster, b: Cluster) -> bool:
            na = set().union(*(CITED.get(f.article_id, set()) for f in _reports(c, a)))
            return bool(na & set().union(*(CITED.get(f.article_id, set())
                                           for f in _reports(c, b))))  # fmt: skip
        return number
    if name == "rare-name":
        bar = float(arg)

        def rare(c: StreamClusterer, a: Cluster, b: Cluster) -> bool:
            na = set().union(*(f.entity_tf for f in _reports(c, a)))
            nb = set().union(*(f.entity_tf for f in _reports(c, b)))
            return any(c.idf.get(t, c.model.default_idf) >= bar for t in na & nb)
        return rare
    if name == "max":
        bar = float(arg)
        return lambda c, a, b: float(_cross(c, a, b)[0].max()) >= bar
    raise SystemExit(f"unknown guard {term!r}")


class Guarded(StreamClusterer):
    """The clusterer whose merge partners must pass every guard; merges are logged."""

    guards: Sequence[Guard] = ()

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.merged: list[tuple[list[str], list[str]]] = []

    def merge(self, cluster: Cluster) -> str | None:
        original = merging.screened

        def screened(model: ClusterModel, story: Cluster, partners: Sequence[Cluster]):
            kept = original(model, story, partners)
            return [p for p in kept if all(g(self, story, p) for g in self.guards)]

        before = {s: [r.article_id for r in c.log] for s, c in self.live.items()}
        merging.screened = screened
        try:
            gone = super().merge(cluster)
        finally:
            merging.screened = original
        if gone is not None:
            keeper = self.memberships[before[gone][0]][0]
            self.merged.append((before[gone], before[keeper]))
        return gone


def variant_model(model: ClusterModel, spec: str) -> tuple[ClusterModel, list[Guard]]:
    """The model and guards of ``scale:share[+guard…]`` (``off``: version 3)."""
    if spec == "off":
        return model, []
    head, *terms = spec.split("+")
    scale, share = (float(x) for x in head.split(":"))
    model = dataclasses.replace(model, merge_scale=scale, merge_link_share=share)
    for t in [t for t in terms if t.startswith("name-idf:")]:
        model = dataclasses.replace(model, merge_name_idf=float(t.partition(":")[2]))
    return model, [make_guard(t) for t in terms if not t.startswith("name-idf:")]


def run(model: ClusterModel, guards: list[Guard], fs: Sequence[ArticleFeatures]
        ) -> tuple[list[str], list]:  # fmt: skip
    c = Guarded(model, model_idf(model))
    c.guards = guards
    for f in fs:
        c.add(f)
    return [c.memberships[f.article_id][0] for f in fs], c.merged


def judged(merged: list, gold: dict[str, str]) -> tuple[int, int]:
    """Merges right (the two stories' majority gold stories are one) and wrong."""
    right = 0
    for a, b in merged:
        if a and b:
            ga = Counter(gold[x] for x in a).most_common(1)[0][0]
            gb = Counter(gold[x] for x in b).most_common(1)[0][0]
            right += ga == gb
    return right, len(merged) - right


def show_merges(merged: list, items: list) -> list[str]:
    """Each merge as its two stories' reports (real date, outlet, title, gold story)."""
    by_id = {i.article.id: i for i in items}
    out = []
    for a, b in merged:
        ga = Counter(by_id[x].story for x in a).most_common(1)[0][0]
        gb = Counter(by_id[x].story for x in b).most_common(1)[0][0]
        out.append("    MERGE " + ("right" if ga == gb else "WRONG"))
        for side in (b, a):
            for x in side:
                art = by_id[x].article
                out.append(f"      {'<' if side is b else '>'} {x[:8]} {by_id[x].story[-6:]} "
                           f"{art.outlet}: {art.title}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["measure"])
    parser.add_argument("data", type=Path)
    parser.add_argument("variants", nargs="+")
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--cache", type=Path, default=Path(".cache/merge-pieces"))
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--show", action="store_true", help="print every merge, read as a user")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    base = load_model()
    part = "held-out" if args.held_out else "train"
    dumped: dict[str, dict[str, list[str]]] = {}
    for name, condition, items, fs in stream_features(args.data, args.sets, part, args.cache):
        gold = {i.article.id: i.story for i in items}
        CITED.clear()
        CITED.update({i.article.id: numbers(f"{i.article.title or ''} {i.article.text}")
                      for i in items})  # fmt: skip
        cells = []
        for spec in args.variants:
            model, guards = variant_model(base, spec)
            pred, merged = run(model, guards, fs)
            s = score_clustering(pred, [i.story for i in items])
            right, wrong = judged(merged, gold)
            cells.append(f"{spec}: {s.b3[2]:.4f} ({s.b3[0]:.4f} / {s.b3[1]:.4f}) "
                         f"merges {right}/{wrong}")  # fmt: skip
            if args.show:
                cells.extend(show_merges(merged, items))
            dumped.setdefault(f"{name}|{condition}|{spec}", dict(zip(
                [i.article.id for i in items], pred, strict=True)))  # type: ignore[arg-type]
        print(f"{name} {condition} ({part}):\n  " + "\n  ".join(cells), flush=True)
    if args.dump:
        args.dump.write_text(json.dumps(dumped), "utf-8")


if __name__ == "__main__":
    main()
