"""How much of the MiniLM ``context`` gain a lazy use of it keeps, and at what share of
articles embedded (issue 13, session 23).

The idea measured: most article–story decisions are far from the join threshold without
the context feature. Score every candidate with version 3 (``clusterer.json``); only a
candidate whose version-3 probability is within ``margin`` of version 3's threshold (a
pair *in doubt*, dated scorer only: the undated scorer is the same in both models) is
scored by the MiniLM model (``clusterer-minilm.json``), with the context cosine of the
article and the story. Every other candidate keeps version 3's probability; the best
candidate at or above the threshold (and through the core check) is joined, as in
``StreamClusterer.decide``.

Cost accounting: a pair in doubt needs the article's vector and every member's of the
story (a story's context centroid is the mean of all its members, so this simulation
gives the minilm model exactly the centroid it would have). The share printed is the
distinct articles that ever needed a vector, over the part's articles. Vectors are
computed for all articles up front (memoised per text) only to make the run cheap.

Margin 0 gives version 3's decisions and margin 1 the minilm model's, which the run
checks against the recorded rows. Usage::

    PYTHONPATH=src python scripts/lazy_context.py ../shared/data --margins 0 0.05 0.1 0.2 1
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from newsprism.cluster import features as feats
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel, load_model, load_named_model, model_idf
from newsprism.cluster.profile import context_cosine, story_id_for
from newsprism.cluster.stream import FEATURE_INDEX, StreamClusterer
from newsprism.eval import clustering as ev

CONTEXT_AT = FEATURE_INDEX["context"]


class LazyClusterer(StreamClusterer):
    """``StreamClusterer`` with the minilm model, deciding with version 3 except for the
    pairs in doubt (module docstring); ``needed`` collects the articles embedded."""

    base: ClusterModel
    margin: float = 0.0

    def setup(self, base: ClusterModel, margin: float, members: str = "all") -> None:
        self.base, self.margin, self.members = base, margin, members
        self.needed: set[str] = set()
        self.doubted_articles = 0

    def _score(self, f: ArticleFeatures, x: list[float], cluster) -> tuple[float, ClusterModel]:
        x3 = [*x[:CONTEXT_AT], 0.0]
        p3 = self.base.probability(x3)
        if self.base.scores_undated(x3):
            return p3, self.base
        if abs(p3 - self.base.join_threshold(x3, f.language)) > self.margin:
            return p3, self.base
        self.needed.add(f.article_id)
        self._doubt = True
        if self.members == "all":
            self.needed.update(r.article_id for r in cluster.log)
            return self.model.probability(x), self.model
        return self.model.probability(self._embedded_only(f, x, cluster)), self.model

    def _embedded_only(self, f: ArticleFeatures, x: list[float], cluster) -> list[float]:
        """``x`` with the context cosine against the mean of the story's members that are
        embedded already (its founder embedded when none is): the cheaper variant."""
        ids = [r.article_id for r in cluster.log if r.article_id in self.needed]
        if not ids and cluster.log:
            ids = [cluster.log[0].article_id]
            self.needed.add(ids[0])
        have = self.features_of(ids)
        total = sum(have[i].context.astype(np.float64) for i in ids)
        return [*x[:CONTEXT_AT], context_cosine(f.context, total / np.linalg.norm(total))]

    def decide(self, f: ArticleFeatures):
        copy, related = self._near_copies(f)
        if copy is not None:
            return copy
        self._doubt = False
        time_at = FEATURE_INDEX["time"]
        ranked = []
        for story_id, x, c in self.scored_candidates(f, extra=related):
            p, by = self._score(f, x, c)
            ranked.append((-p, -x[time_at], story_id, x, c, by))
        self.doubted_articles += self._doubt
        ranked.sort(key=lambda r: r[:3])
        for minus_p, _, story_id, x, cluster, by in ranked:
            if -minus_p < by.join_threshold(x, f.language):
                continue
            if not by.checks_core(x) or self.links_core(f, cluster):
                return story_id, None, round(-minus_p, 6)
        return story_id_for(f.article_id), None, None


_MEMO: dict[str, np.ndarray] = {}


def _memo_encoder() -> None:
    """Memoise the MiniLM encoder per text: each text is embedded once over all runs."""
    from newsprism.embeddings import get_embedder

    enc = get_embedder("minilm-onnx")
    original = enc.encode

    def encode(texts, **kw):
        todo = list(dict.fromkeys(t for t in texts if t not in _MEMO))
        if todo:
            for t, v in zip(todo, original(todo, **kw), strict=True):
                _MEMO[t] = np.asarray(v, dtype=np.float32)
        return [_MEMO[t] for t in texts]

    enc.encode = encode


def run(items, base: ClusterModel, minilm: ClusterModel, margin: float,
        members: str = "all") -> tuple[list[str], int, int]:  # fmt: skip
    """Story ids of ``items`` (stream order), articles embedded, articles in doubt."""
    from newsprism.cluster.crosslang import memory_texts

    arts = [i.article for i in items]
    c = LazyClusterer(minilm, model_idf(minilm), texts=memory_texts(arts))
    c.setup(base, margin, members)
    for start in range(0, len(arts), 256):
        for f in feats.compute_features(arts[start : start + 256], minilm.embedder,
                                        minilm.context_embedder):  # fmt: skip
            c.add(f)
    return [c.memberships[a.id][0] for a in arts], len(c.needed), c.doubted_articles


def summarise(rows: list[dict]) -> list[dict]:
    """Per margin, over the rows given (one per set, condition and split): the mean B³ F1
    gain over margin 0 (version 3) as a share of the largest margin's (the minilm model),
    the mean share of articles embedded, and how many rows fall below version 3."""
    def key(r: dict) -> tuple:
        return r["set"], r["condition"], r["part"], r["split"]

    base = {key(r): r["b3_f1"] for r in rows if r["margin"] == 0.0}
    top = max(r["margin"] for r in rows)
    full = {key(r): r["b3_f1"] for r in rows if r["margin"] == top}
    full_gain = sum(full[k] - base[k] for k in base) / len(base)
    out = []
    for margin in sorted({r["margin"] for r in rows}):
        mine = [r for r in rows if r["margin"] == margin]
        gain = sum(r["b3_f1"] - base[key(r)] for r in mine) / len(mine)
        out.append({"margin": margin, "rows": len(mine), "mean_gain": round(gain, 4),
                    "share_of_minilm_gain": round(gain / full_gain, 3) if full_gain else None,
                    "mean_embedded": round(sum(r["embedded"] for r in mine) / len(mine), 3),
                    "max_embedded": max(r["embedded"] for r in mine),
                    "falls": sum(r["b3_f1"] < base[key(r)] for r in mine)})  # fmt: skip
    return out


def store_share(db: Path, margins: list[float], members: str = "all") -> list[dict]:
    """The share of a store's articles a lazy ingest would embed, at each margin: the
    stored features (of a store built with ``--stories-model minilm``, so every article
    has its vector, as stored: float16) fed in stream order as ``recluster`` does."""
    from newsprism.cluster.engine import stream_order
    from newsprism.cluster.state import FEATURE_CHUNK, store_texts, stored_features
    from newsprism.store import open_store

    base, minilm = load_model(), load_named_model("minilm")
    out = []
    with open_store(db) as store:
        ids, _ = stream_order(store)
        for margin in margins:
            c = LazyClusterer(minilm, model_idf(minilm), texts=store_texts(store),
                              features=lambda chosen: stored_features(store, chosen))  # fmt: skip
            c.setup(base, margin, members)
            for start in range(0, len(ids), FEATURE_CHUNK):
                have = stored_features(store, ids[start : start + FEATURE_CHUNK])
                for article_id in ids[start : start + FEATURE_CHUNK]:
                    c.add(have[article_id])
            stories = len({c.memberships[i][0] for i in ids})
            row = {"store": str(db), "margin": margin, "members": members,
                   "articles": len(ids), "stories": stories,
                   "embedded": round(len(c.needed) / len(ids), 4),
                   "doubted": round(c.doubted_articles / len(ids), 4)}  # fmt: skip
            print(json.dumps(row), flush=True)
            out.append(row)
    return out


def changes(data: Path, margin: float, members: str, hide_gold: bool) -> None:
    """The neus-raw held-out units (real dates) that the lazy rule at ``margin`` changes
    against version 3, printed as ``scripts/context_changes.py`` prints a model's."""
    from context_changes import _units, print_units

    items = ev.condition_stream(ev.load_neus_raw(data / "neus-allsides"), "held-out", "real")
    base, minilm = load_model(), load_named_model("minilm")
    old = ev.cluster_articles([i.article for i in items], base)
    new, _, _ = run(items, base, minilm, margin, members)
    units = _units(items, old, new)
    print_units(items, units, hide_gold)
    for kind in ("join", "split"):
        mine = [u for u in units if u["kind"] == kind]
        print(f"{kind}s: {len(mine)}, right by the gold {sum(u['right'] for u in mine)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--margins", type=float, nargs="+", default=[0.0, 0.05, 0.1, 0.2, 1.0])
    parser.add_argument("--conditions", nargs="+", default=["real", "compressed"])
    parser.add_argument("--sets", nargs="+", default=["basil", "neus-raw", "googlenews-T",
                                                       "googlenews-S", "googlenews-TS"])
    parser.add_argument("--parts", nargs="+", default=["train", "held-out"])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--members", default="all", choices=("all", "embedded"),
                        help="a story in doubt: every member embedded (exact minilm context), "
                        "or its embedded members only (cheaper)")  # fmt: skip
    parser.add_argument("--changes", type=float, metavar="MARGIN",
                        help="list the neus-raw held-out units this margin changes")
    parser.add_argument("--hide-gold", action="store_true")
    parser.add_argument("--summary", type=Path, help="print the summary of rows written by --json")
    parser.add_argument("--store", type=Path, help="a store built with --stories-model minilm: "
                        "print the share embedded on its articles instead")  # fmt: skip
    args = parser.parse_args(argv)
    if args.changes is not None:
        _memo_encoder()
        changes(args.data, args.changes, args.members, args.hide_gold)
        return 0
    if args.summary:
        for row in summarise(json.loads(args.summary.read_text("utf-8"))):
            print(json.dumps(row))
        return 0
    if args.store:
        rows = store_share(args.store, args.margins, args.members)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1), "utf-8")
        return 0
    _memo_encoder()
    base, minilm = load_model(), load_named_model("minilm")
    rows = []
    for gold in ev.find_sets(args.data):
        if gold.name not in args.sets:
            continue
        for cond in args.conditions:
            if cond == "real" and not gold.dated:
                continue  # undated: the two models score alike
            for part in args.parts:
                items = ev.condition_stream(gold, part, cond)
                for margin in args.margins:
                    predicted, needed, doubted = run(items, base, minilm, margin, args.members)
                    for split in dict.fromkeys(i.split for i in items):
                        chosen = [n for n, i in enumerate(items) if i.split == split]
                        s = ev.score_clustering([predicted[n] for n in chosen],
                                                [items[n].story for n in chosen])  # fmt: skip
                        row = {"set": gold.name, "condition": cond, "part": part,
                               "split": split, "margin": margin, "members": args.members,
                               "items": len(items),
                               "b3_p": round(s.b3[0], 4), "b3_r": round(s.b3[1], 4),
                               "b3_f1": round(s.b3[2], 4),
                               "embedded": round(needed / len(items), 4),
                               "doubted": round(doubted / len(items), 4)}  # fmt: skip
                        rows.append(row)
                        print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
