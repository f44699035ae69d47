"""A name written two ways as a join condition, measured (issue 13, session 30;
docs/eval-clustering.md, "Session 30").

Session 29 read the pieces of one neus-raw event that model version 3 leaves apart:
16 of 26 have pair probabilities far under the join threshold, and in 5 a reader sees
one event by a name each outlet writes its own way (LA County / Los Angeles County,
Protasevich / Pratasevich). ``cluster/variants.py`` matches such names; this script
measures the match, on the **training parts** unless ``--held-out`` (read once, at the end).

``pairs`` counts, over the neus-raw training reports (real dates), the pairs of
reports published within ``--hours`` of each other whose names hold a variant match
(``variants.rarest_variant``), by the match's rarity, split into pairs of one roundup
and of two: what the match says about a pair by itself, before any threshold.

``measure`` runs each training stream (both conditions; cached features) with the
clusterer plus one *added join*: an article version 3 would found a story with joins
the candidate story it scores highest among those at ``scale`` times the join
threshold or more (under it) whose names (``Cluster.names``) hold a variant match of
the article's of rarity at least ``bar`` (and, with ``+core``, whose core the article
links to: the core check; with ``+dated``, only a pair the dated scorer scores; with
``+acronym``, ``+spelling`` or ``+inside``, of those kinds only). Each variant is
``scale:bar[+term…]`` (``off``: version 3).
It prints B³ F1 (P / R), the added joins right (the article's gold story is the
story's majority one when it joins) and wrong, and the stories holding more than 3
gold stories; ``--show`` prints every added join with the matched names, the article
and the story's reports, for reading.

Example::

    PYTHONPATH=src python scripts/variant_names.py pairs ../shared/data
    PYTHONPATH=src python scripts/variant_names.py measure ../shared/data off 0.25:8 --show
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from measure_merge import stream_features  # scripts/ is the script's own folder on sys.path
from split_pieces import one_story

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.profile import story_id_for
from newsprism.cluster.stream import Placement, StreamClusterer
from newsprism.cluster.variants import KINDS, rarest_variant
from newsprism.eval.clustering import score_clustering

SETS = ("basil", "neus-raw", "neus-allsides", "ntrex-ar-en")
BARS = (6.0, 7.0, 8.0, 9.0)


class VariantJoin(StreamClusterer):
    """Version 3, plus the added join of a name written two ways (module docstring)."""

    def __init__(self, model: ClusterModel, scale: float, bar: float, core: bool,
                 kinds: Sequence[str] = KINDS) -> None:  # fmt: skip
        super().__init__(model, model_idf(model))
        self.scale, self.bar, self.core, self.kinds = scale, bar, core, kinds
        self.dated = False
        self.added: list[tuple[str, str, float, tuple[float, str, str], list[str]]] = []

    def decide(self, f: ArticleFeatures) -> Placement:
        placed = super().decide(f)
        if placed[0] != story_id_for(f.article_id) or placed[1] is not None or not f.entities:
            return placed
        _, related = self._near_copies(f)
        ranked = sorted(((self.model.probability(x), s, x, c)
                         for s, x, c in self.scored_candidates(f, extra=related)),
                        key=lambda r: (-r[0], r[1]))  # fmt: skip
        for p, story_id, x, c in ranked:
            threshold = self.model.join_threshold(x, f.language)
            if p >= threshold or p < self.scale * threshold:
                continue
            match = rarest_variant(f.entities, c.names, self.idf_for(f.language),
                                   self.model.default_idf, self.kinds)  # fmt: skip
            if match is None or match[0] < self.bar:
                continue
            if self.core and not self.links_core(f, c):
                continue
            if self.dated and self.model.scores_undated(x):
                continue
            members = [a for a, (s, _) in self.memberships.items() if s == story_id]
            self.added.append((f.article_id, story_id, p, match, members))
            return story_id, None, round(p, 6)
        return placed


def run(model: ClusterModel, spec: str, fs: Sequence[ArticleFeatures]) -> VariantJoin:
    """The stream of ``fs`` with the variant ``scale:bar[+core]`` (``off``: none added)."""
    if spec == "off":
        c = VariantJoin(model, 2.0, 99.0, False)
    else:
        head, *terms = spec.split("+")
        scale, bar = (float(v) for v in head.split(":"))
        kinds = [t for t in terms if t in KINDS] or KINDS
        c = VariantJoin(model, scale, bar, "core" in terms, kinds)
        c.dated = "dated" in terms
    for f in fs:
        c.add(f)
    return c


def judged(c: VariantJoin, gold: dict[str, str]) -> tuple[int, int]:
    """Added joins right (the article's gold story is the story's majority one) and wrong."""
    right = sum(Counter(gold[m] for m in members).most_common(1)[0][0] == gold[a]
                for a, _, _, _, members in c.added if members)  # fmt: skip
    return right, len(c.added) - right


def show(c: VariantJoin, items: list) -> list[str]:
    """Each added join as a reader reads it: the names, the article, the story's reports."""
    by_id = {i.article.id: i for i in items}
    gold = {a: i.story for a, i in by_id.items()}
    out = []
    for a, _, p, (rarity, mine, theirs), members in c.added:
        major = Counter(gold[m] for m in members).most_common(1)[0][0]
        out.append(f"    JOIN {'right' if major == gold[a] else 'WRONG'} p {p:.3f} "
                   f"{mine!r} ~ {theirs!r} (rarity {rarity:.2f})")  # fmt: skip
        for x in [a, *members[:6]]:
            art = by_id[x].article
            out.append(f"      {'>' if x == a else '<'} {gold[x][-6:]} "
                       f"{(art.published_at or '')[:10]} {art.outlet}: {art.title}")
    return out


def mixed(pred: list[str], gold: list[str]) -> int:
    """Predicted stories holding reports of more than 3 gold stories."""
    held: dict[str, set[str]] = defaultdict(set)
    for p, g in zip(pred, gold, strict=True):
        held[p].add(g)
    return sum(len(g) > 3 for g in held.values())


def measure(args: argparse.Namespace) -> None:
    base = load_model()
    part = "held-out" if args.held_out else "train"
    for name, condition, items, fs in stream_features(args.data, args.sets, part, args.cache):
        gold_of = {i.article.id: i.story for i in items}
        golds = [i.story for i in items]
        cells = []
        for spec in args.variants:
            c = run(base, spec, fs)
            pred = [c.memberships[f.article_id][0] for f in fs]
            s = score_clustering(pred, golds)
            right, wrong = judged(c, gold_of)
            cells.append(f"{spec}: {s.b3[2]:.4f} ({s.b3[0]:.4f} / {s.b3[1]:.4f}) "
                         f"added {right}/{wrong} over3 {mixed(pred, golds)}")  # fmt: skip
            if args.show:
                cells.extend(show(c, items))
        print(f"{name} {condition} ({part}):\n  " + "\n  ".join(cells), flush=True)


P_EDGES = (0.0, 0.02, 0.05, 0.1, 0.2)


def pairs(args: argparse.Namespace) -> None:
    model = load_model()
    idf = model_idf(model)
    scorer = StreamClusterer(model, idf)
    for _, condition, items, fs in stream_features(args.data, ["neus-raw"], "train", args.cache):
        if condition != "real":
            continue  # on the dense day every pair is within the window
        counts: Counter[tuple[object, bool]] = Counter()
        window = args.hours * 3600.0
        for n, f in enumerate(fs):
            for m in range(n + 1, len(fs)):
                g = fs[m]
                if f.published is not None and g.published is not None \
                        and abs(g.published - f.published) > window:  # fmt: skip
                    continue
                same = items[n].story == items[m].story
                x = scorer.compare(g, scorer.weigh(g), one_story(scorer, f))
                edge = max(e for e in P_EDGES if model.probability(x) >= e)
                match = rarest_variant(f.entities, g.entities, idf, model.default_idf,
                                       args.kinds)  # fmt: skip
                counts[("all", same)] += 1
                counts[(("all", edge), same)] += 1
                for bar in BARS:
                    if match is not None and match[0] >= bar:
                        counts[(bar, same)] += 1
                        counts[((bar, edge), same)] += 1
        print(f"neus-raw train real, pairs within {args.hours} h, kinds {args.kinds}: "
              "one roundup / two, by the pair probability (later report against a story "
              "of the earlier alone) from " + ", ".join(map(str, P_EDGES)))
        for bar in ("all", *BARS):
            cells = " | ".join(f"{counts[((bar, e), True)]}/{counts[((bar, e), False)]}"
                               for e in P_EDGES)  # fmt: skip
            print(f"  {'every pair' if bar == 'all' else f'variant rarity >= {bar}'}: "
                  f"{counts[(bar, True)]}/{counts[(bar, False)]}; by p: {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["pairs", "measure"])
    parser.add_argument("data", type=Path)
    parser.add_argument("variants", nargs="*", default=["off"])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--cache", type=Path, default=Path(".cache/merge-pieces"))
    parser.add_argument("--hours", type=float, default=48.0)
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), help="pairs: match kinds")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    (pairs if args.command == "pairs" else measure)(args)


if __name__ == "__main__":
    main()
