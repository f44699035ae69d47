"""A lower join threshold with the founder-of-one case guarded: right and wrong joins
per training stream, and B³ F1 (issue 13; docs/clustering.md decision 30,
docs/eval-clustering.md "Session 25").

Decision 23 found that a threshold under version 3's 0.20 raises the mean training B³
F1 but adds joins the mean does not weigh: a second report joins a story of one (its
founder alone) at probabilities 0.125–0.20, where the core check has nothing to check
(a story of one *is* its core). This script, on the **training parts only** (the dated
streams the training grid reads: BASIL real and dense, AllSides dense, GoogleNews-TS
dense, neus-raw real and dense), runs the packaged model at a lower threshold and

1. counts the joins it adds (probability at or above the lower threshold and under the
   model's own), each judged right when the article's gold story is the majority gold
   story of the story it joins, split by that story's size at the join (one report,
   more);
2. tries guards on those added joins that a live feed can compute from the article and
   the story's founder (no later report): rare title words shared, a name in both
   titles, a title number, the MiniLM cosine of the two titles (``minilm-onnx``), the
   outlet (two reports of one outlet on one day), alone or joined by ``+`` (all must
   hold). The guard applies to joins to a story of one; ``--guard-all`` applies it to
   every added join (beside the core check on the larger stories).

Guards (``--guard``, several to compare)::

    none              no guard (decision 23's variant A at 0.125)
    refuse            no added join to a story of one (the old threshold for it)
    title-idf:T       the two titles share a content word of IDF >= T
    title-cos:C       title TF-IDF cosine (the model's ``title`` feature) >= C
    name              a name (from either side's names) stands in both titles
    number            the titles share a number (years aside); refuse when none
    minilm:C          MiniLM cosine of the two titles >= C
    outlet            refuse when both have an outlet and it is the same
    words:N           both bodies have at least N distinct content words
    gap:H             the article within H hours of the story's time span (the gap the
                      model's ``time`` feature decays; session 26)
    named:GUARD       GUARD only where both sides have names; pass otherwise
    unnamed:GUARD     GUARD only where a side has no names (lower-cased text); pass otherwise
    title-live:T:K    a shared title word of IDF >= T in the titles of fewer than K other
                      live stories (session 26, second guard: the topic's recurring name)
    title-livebody:T:K  the same, counted in the other live stories' bodies
    title-event:T     a shared title word of IDF >= T that is not a word of either side's names
    core              a story of two or more: the article links to its core (the core
                      check, also on text without names)
    body:C            body TF-IDF cosine with the story (the model's ``body`` feature) >= C
    one:GUARD         GUARD only on a join to a story of one; pass otherwise (session 28)
    rare-words:T:N    the article's words (title and body) and the story's share at least N
                      of model IDF >= T (session 28: a story of one is its founder)
    dense:C           the embedding cosine with the story (the model's ``dense`` feature) >= C

Session 26 (docs/clustering.md, decision 31) adds ``gap:H`` and ``--gaps``, the added
joins counted right/wrong by that gap; a rare title word beside enough words is
``named:words:40+named:title-idf:T`` (every term must hold, each where both sides have
names).

Session 26's second guard (decision 32) adds the terms that read the live window
(``title-live``, ``title-livebody``), the lower-cased text (``unnamed:``, ``core``,
``body``), and ``--extra``: GoogleNews T and S and NTREX ar+en on the dense day, training
rows outside the grid, printed beside it (not in the mean); each stream's cell gives B³
F1, B³ precision (``P``) and ``mixed``.

Example::

    PYTHONPATH=src python scripts/founder_guards.py ../shared/data --thresholds 0.125 0.15 \\
        --guard none refuse title-idf:5 name minilm:0.6 outlet+title-idf:5
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_clusterer as tc

from newsprism.cluster.crosslang import TextSource, choose, memory_texts
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.profile import Cluster, story_id_for
from newsprism.cluster.stream import FEATURE_INDEX, StreamClusterer
from newsprism.cluster.terms import content_words, stable_hash, tokens
from newsprism.eval.clustering import (
    GoldItem,
    load_googlenews,
    load_ntrex,
    score_clustering,
    stream,
)
from newsprism.eval.clustering_dense import compress

NUMBER = re.compile(r"\d[\d,.]*\d|\d")
CACHE = Path("/tmp/founder_guards_cache.pkl")
EXTRA_CACHE = Path("/tmp/founder_guards_extra_cache.pkl")
EXTRA_STREAMS = ("googlenews-T compressed", "googlenews-S compressed",
                 "ntrex-ar-en compressed")


@dataclass
class Info:
    """What a guard reads of one report: title words, names, numbers, outlet, MiniLM."""

    title: str
    words: set[str]
    low_title: str  # " word word … " (lower case, every word): names are looked up in it
    names: set[str]
    numbers: set[str]
    outlet: str | None
    vector: np.ndarray | None = None


def title_numbers(text: str) -> set[str]:
    """Numbers a title cites, years aside (every report of a year shares them)."""
    found = {m.replace(",", "").rstrip(".") for m in NUMBER.findall(text)}
    return {n for n in found if not (len(n) == 4 and n.startswith(("19", "20")))}


def report_info(item: GoldItem, f: ArticleFeatures) -> Info:
    """A report's guard inputs: its title (the headline when untitled) and names."""
    title = item.article.title or f.headline
    names = set()
    for name in f.entities:
        words = name.lower().replace(".", "").split()
        names.update({" ".join(words), words[-1]})
    low = " " + " ".join(t.lower().replace(".", "") for t in tokens(title)) + " "
    return Info(title, set(content_words(title)), low, names, title_numbers(title),
                (item.article.outlet or "").strip().lower() or None)


Streams = tuple[dict[str, list[GoldItem]], dict[str, dict[str, ArticleFeatures]]]


def load_extra(data: Path) -> Streams:
    """Training rows outside the grid, on the dense day (``--extra``; session 26, second
    guard): GoogleNews T and S (the lower-cased title and snippet alone, the same events
    as TS) and NTREX ar+en, where decision 31's guard let two Kavanaugh events join
    (cached apart from the grid's streams)."""
    if EXTRA_CACHE.is_file():
        return pickle.loads(EXTRA_CACHE.read_bytes())
    folder = data / "googlenews-tsc"
    real = {f"googlenews-{v}": stream(load_googlenews(folder, v), "train") for v in ("T", "S")}
    real["ntrex-ar-en"] = stream(load_ntrex(data / "ntrex-ar-en"), "train")
    dense = {f"{n} compressed": compress(items) for n, items in real.items()}
    timed = tc.stream_features({**{f"{n} real": i for n, i in real.items()}, **dense},
                               print, time.perf_counter())  # fmt: skip
    out = (dense, {n: timed[n] for n in dense})
    EXTRA_CACHE.write_bytes(pickle.dumps(out))
    return out


def load(data: Path) -> Streams:
    """The dated training streams the grid reads, with their features (cached)."""
    if CACHE.is_file():
        return pickle.loads(CACHE.read_bytes())
    started = time.perf_counter()
    streams = tc.training_streams(data)
    dated = {n: items for n, items in streams.items()
             if any(i.article.published_at for i in items)}  # fmt: skip
    dated.update(tc.selection_streams(data))
    timed = tc.stream_features({**streams, **dated}, print, started)
    out = (dated, {n: timed[n] for n in dated})
    CACHE.write_bytes(pickle.dumps(out))
    return out


def infos(dated: dict[str, list[GoldItem]], timed: dict[str, dict[str, ArticleFeatures]],
          minilm: bool) -> dict[str, Info]:  # fmt: skip
    """Every report's guard inputs; with ``minilm`` its title's MiniLM vector too."""
    out = {i.article.id: report_info(i, timed[n][i.article.id])
           for n, items in dated.items() for i in items}  # fmt: skip
    if minilm:
        from newsprism.embeddings import MiniLMOnnxEmbedder

        ids = sorted(out)
        cache = CACHE.with_suffix(".minilm.npy")
        if cache.is_file():
            vectors = np.load(cache)
        else:
            vectors = MiniLMOnnxEmbedder().encode([out[i].title for i in ids])
            np.save(cache, vectors)
        for i, v in zip(ids, vectors, strict=True):
            out[i].vector = v
    return out


@dataclass
class Pair:
    """One added join as a guard reads it: the article's and the founder's inputs, the
    comparison features, and the clusterer and story (for what the live set holds)."""

    a: Info
    b: Info
    fa: ArticleFeatures
    fb: ArticleFeatures
    x: list[float]
    clusterer: StreamClusterer
    story: Cluster


Check = Callable[[Pair], bool]
SCALE = 48.0  # version 3's ``time_scale_hours``: the ``time`` feature is exp(-gap / SCALE)
GAP_BINS = ((0.5, "same hour"), (24.0, "<=1 d"), (48.0, "<=2 d"), (96.0, "<=4 d"),
            (float("inf"), ">4 d"))  # fmt: skip


def gap_hours(x: list[float], scale: float = SCALE) -> float | None:
    """The hours between the article and the story's time span, read back from the
    ``time`` feature (0 inside the span); None for an undated comparison."""
    if x[FEATURE_INDEX["no_time"]]:
        return None
    decay = x[FEATURE_INDEX["time"]]
    return float("inf") if decay <= 0 else max(0.0, -scale * float(np.log(decay)))


def gap_bin(gap: float | None) -> str:
    """The ``--gaps`` bin of a gap in hours."""
    if gap is None:
        return "undated"
    return next(name for top, name in GAP_BINS if gap <= top)


def rare_shared(p: Pair, idf: dict[int, float], default_idf: float, t: float) -> set[int]:
    """The hashed words both titles hold whose model IDF is at least ``t``."""
    hashes = {stable_hash(w) for w in p.a.words & p.b.words}
    return {h for h in hashes if idf.get(h, default_idf) >= t}


def rare_words_shared(p: Pair, idf: dict[int, float], default_idf: float,
                      t: float) -> set[int]:  # fmt: skip
    """The hashed content words (title or body) the article and the story both hold whose
    model IDF is at least ``t`` (session 28): for a story of one its sums are its
    founder's words, what ``cluster.guard.shared_rare_words`` reads in the clusterer."""
    mine = p.fa.title_tf.keys() | p.fa.body_tf.keys()
    theirs = p.story.title.keys() | p.story.body.keys()
    return {h for h in mine & theirs if idf.get(h, default_idf) >= t}


def name_hashes(p: Pair) -> set[int]:
    """The hashed words of either side's names: a shared title word among them is a
    person's or a place's name, which every report of a topic may carry."""
    return {stable_hash(w) for n in p.a.names | p.b.names for w in n.split()}


def live_df(p: Pair, hashes: set[int], field: str = "title") -> Counter[int]:
    """In how many *other* live stories' titles (``field``: or bodies) each of ``hashes``
    stands (session 26, second guard): a word already in the titles of several live
    stories is the topic's recurring name, not this event's. Read from the story
    profiles' sums, which the clusterer keeps (and the store saves) for every live
    story."""
    out: Counter[int] = Counter()
    for story_id, c in p.clusterer.live.items():
        if story_id != p.story.story_id:
            out.update(hashes & getattr(c, field).keys())
    return out


def title_live(p: Pair, idf: dict[int, float], default_idf: float, t: float,
               k: int, field: str = "title") -> bool:  # fmt: skip
    """A shared title word of model IDF >= ``t`` in the titles (``field``) of fewer than
    ``k`` other live stories."""
    rare = rare_shared(p, idf, default_idf, t)
    if not rare:
        return False
    df = live_df(p, rare, field)
    return any(df[h] < k for h in rare)


def one_guard(spec: str, idf: dict[int, float], default_idf: float) -> Check:
    """The check of one guard term (see the module docstring)."""
    kind, _, arg = spec.partition(":")
    unnamed = FEATURE_INDEX["no_entities"]
    if kind == "gap":
        hours = float(arg)
        return lambda p: (gap_hours(p.x) or 0.0) <= hours
    if kind in ("named", "unnamed"):
        inner = one_guard(arg, idf, default_idf)
        if kind == "named":
            return lambda p: bool(p.x[unnamed]) or inner(p)
        return lambda p: not p.x[unnamed] or inner(p)
    if kind == "title-live":
        t, k = (float(v) for v in arg.split(":"))
        return lambda p: title_live(p, idf, default_idf, t, int(k))
    if kind == "title-event":
        rarest = float(arg)
        return lambda p: bool(rare_shared(p, idf, default_idf, rarest) - name_hashes(p))
    if kind == "title-livebody":
        t, k = (float(v) for v in arg.split(":"))
        return lambda p: title_live(p, idf, default_idf, t, int(k), "body")
    if kind == "core":
        return lambda p: p.story.count < 2 or p.clusterer.links_core(p.fa, p.story)
    if kind == "one":
        inner = one_guard(arg, idf, default_idf)
        return lambda p: p.story.count > 1 or inner(p)
    if kind == "rare-words":
        t, n = (float(v) for v in arg.split(":"))
        return lambda p: len(rare_words_shared(p, idf, default_idf, t)) >= n
    t = float(arg) if arg else 0.0
    checks: dict[str, Check] = {
        "refuse": lambda p: False,
        "title-idf": lambda p: bool(rare_shared(p, idf, default_idf, t)),
        "title-cos": lambda p: p.x[FEATURE_INDEX["title"]] >= t,
        "body": lambda p: p.x[FEATURE_INDEX["body"]] >= t,
        "dense": lambda p: p.x[FEATURE_INDEX["dense"]] >= t,
        "name": lambda p: any(f" {n} " in p.a.low_title and f" {n} " in p.b.low_title
                              for n in p.a.names | p.b.names),
        "number": lambda p: bool(p.a.numbers & p.b.numbers),
        "minilm": lambda p: float(p.a.vector @ p.b.vector) >= t,
        "outlet": lambda p: p.a.outlet is None or p.a.outlet != p.b.outlet,
        "words": lambda p: min(len(p.fa.body_tf), len(p.fb.body_tf)) >= t,
    }
    return checks[kind]


def terms_of(spec: str, idf: dict[int, float], default_idf: float) -> Check:
    """All terms of ``spec`` (joined by ``+``) must hold; ``none`` always holds."""
    if spec == "none":
        return lambda p: True
    parts = [one_guard(s, idf, default_idf) for s in spec.split("+")]
    return lambda p: all(part(p) for part in parts)


Guard = Callable[..., bool]


def guard_of(spec: str, idf: dict[int, float], default_idf: float) -> Guard:
    """``spec`` as a guard called with the article's and the founder's inputs and
    features and the comparison (``guard(a, b, fa, fb, x)``, as before session 26's
    second guard), plus the clusterer and the story for the terms that read the live
    set (``title-live``, ``core``)."""
    check = terms_of(spec, idf, default_idf)

    def guard(a: Info, b: Info, fa: ArticleFeatures, fb: ArticleFeatures, x: list[float],
              clusterer: StreamClusterer | None = None, story: Cluster | None = None) -> bool:
        return check(Pair(a, b, fa, fb, x, clusterer, story))  # type: ignore[arg-type]

    return guard


class Guarded(StreamClusterer):
    """Version 3's clusterer at a lower threshold, each added join (under ``base``)
    guarded, and logged as (article, story, story size, probability)."""

    def __init__(self, model: ClusterModel, idf: dict[int, float], base: float,
                 guard: Guard, every: bool, info: dict[str, Info],
                 texts: TextSource | None = None) -> None:  # fmt: skip
        super().__init__(model, idf, texts=texts)
        self.base, self.guard, self.every, self.info = base, guard, every, info
        self.added: list[tuple[str, str, int, float]] = []
        self.gaps: list[float | None] = []  # each added join's gap (``gap_hours``)

    def passes(self, f: ArticleFeatures, x: list[float], c: Cluster) -> bool:
        """The guard on an added join: to a story of one always, to others with ``every``."""
        if c.count > 1 and not self.every:
            return True
        founder = c.members[0].article_id
        return self.guard(self.info[f.article_id], self.info[founder], f,
                          (self._kept or {}).get(founder), x, self, c)  # fmt: skip

    def decide(self, f: ArticleFeatures) -> tuple[str, str | None, float | None]:
        copy, related = self._near_copies(f)
        if copy is not None:
            return copy
        time_at = FEATURE_INDEX["time"]
        ranked = sorted((-self.model.probability(x), -x[time_at], s, x, c)
                        for s, x, c in self.scored_candidates(f, extra=related))  # fmt: skip
        for minus_p, _, story_id, x, cluster in ranked:
            p = -minus_p
            if p < self.model.join_threshold(x, f.language):
                continue
            if self.model.checks_core(x) and not self.links_core(f, cluster):
                continue
            added = not self.model.scores_undated(x) and p < self.base
            if added and not self.passes(f, x, cluster):
                continue
            if added:
                self.added.append((f.article_id, story_id, cluster.count, p))
                self.gaps.append(gap_hours(x))
            return story_id, None, round(p, 6)
        crossed = choose(self.cross_candidates(f))  # the clusterer's cross-language path
        if crossed is not None:
            return crossed.story_id, None, round(min(crossed.total, 1.0), 6)
        return story_id_for(f.article_id), None, None


def run(items: list[GoldItem], feats: dict[str, ArticleFeatures],
        clusterer: Guarded) -> tuple[tuple[float, float, int], Counter[str]]:
    """B³ precision, F1 and ``mixed`` of one stream, and its added joins counted right/wrong by
    story size (keys "one right" … "more wrong") and by gap (keys "gap <bin> right" …)."""
    gold = {i.article.id: i.story for i in items}
    held: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for i in items:
        seen = len(clusterer.added)
        decision = clusterer.add(feats[i.article.id])
        if len(clusterer.added) > seen:
            _, story, size, _ = clusterer.added[-1]
            right = held[story].most_common(1)[0][0] == gold[i.article.id]
            verdict = "right" if right else "wrong"
            counts[f"{'one' if size == 1 else 'more'} {verdict}"] += 1
            counts[f"gap {gap_bin(clusterer.gaps[-1])} {verdict}"] += 1
        held[decision.story_id][gold[i.article.id]] += 1
    predicted = [clusterer.memberships[i.article.id][0] for i in items]
    b3 = score_clustering(predicted, [i.story for i in items]).b3
    mixes: dict[str, set[str]] = defaultdict(set)
    for story, i in zip(predicted, items, strict=True):
        mixes[story].add(i.story)
    mixed = max(len(g) for g in mixes.values())  # the eval's ``mixed``
    return (b3[0], b3[2], mixed), counts


def gap_table(gapped: dict[str, Counter[str]]) -> str:
    """Each stream's added joins right/wrong by the gap between the article and the
    story (``--gaps``): whether a time guard would separate them, stream by stream."""
    bins = [name for _, name in GAP_BINS] + ["undated"]
    lines = ["    stream: " + "  ".join(f"{b} r/w" for b in bins)]
    for name, counts in gapped.items():
        cells = [f"{counts[f'gap {b} right']}/{counts[f'gap {b} wrong']}" for b in bins]
        lines.append(f"    {name}: " + "  ".join(cells))
    return "\n".join(lines)


def run_spec(spec: str, trial: ClusterModel, model: ClusterModel, idf: dict[int, float],
             streams: Streams, info: dict[str, Info], args: argparse.Namespace) -> None:
    """One guard on every stream: B³ precision and F1 and the added joins right/wrong;
    the mean is over the grid's streams (those of ``load``), not ``--extra``'s."""
    dated, timed = streams
    guard, scores, total = guard_of(spec, idf, model.default_idf), {}, Counter()
    gapped: dict[str, Counter[str]] = {}
    cells = []
    for name, items in dated.items():
        texts = memory_texts([i.article for i in items]) if "ntrex" in name else None
        c = Guarded(trial, idf, model.threshold, guard, args.guard_all, info, texts)
        scores[name], counts = run(items, timed[name], c)
        gapped[name] = counts
        if name not in EXTRA_STREAMS:
            total.update(counts)
        cells.append(f"{name} {scores[name][1]:.4f} P {scores[name][0]:.4f} "
                     f"[1: {counts['one right']}/{counts['one wrong']} "
                     f"2+: {counts['more right']}/{counts['more wrong']}] "
                     f"mixed {scores[name][2]}")  # fmt: skip
    grid = [v[1] for n, v in scores.items() if n not in EXTRA_STREAMS] or [
        v[1] for v in scores.values()]  # ``--streams`` of the extra ones alone
    print(f"t {trial.threshold:.3f} guard {spec}{' (all)' if args.guard_all else ''}: "
          f"mean {sum(grid) / len(grid):.4f} added right/wrong: one {total['one right']}/"
          f"{total['one wrong']} more {total['more right']}/{total['more wrong']} | "
          + " | ".join(cells), flush=True)  # fmt: skip
    if args.gaps:
        print(gap_table(gapped), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.125, 0.15, 0.175])
    parser.add_argument("--guard", nargs="+", default=["none"])
    parser.add_argument("--guard-all", action="store_true",
                        help="guard every added join, not only those to a story of one")
    parser.add_argument("--gaps", action="store_true",
                        help="also print each stream's added joins right/wrong by their gap")
    parser.add_argument("--core-link", type=float, default=None,
                        help="the core link (default: the model's, 0.20)")
    parser.add_argument("--extra", action="store_true",
                        help="also GoogleNews T and S and NTREX ar+en, dense (outside the mean)")
    parser.add_argument("--streams", nargs="+", default=None,
                        help="only the streams whose name holds one of these")
    args = parser.parse_args(argv)
    model = load_model()
    if args.core_link is not None:
        model = dataclasses.replace(model, core_link=args.core_link)
    idf = model_idf(model)
    dated, timed = load(args.data)
    if args.extra:
        more, more_timed = load_extra(args.data)
        dated, timed = {**dated, **more}, {**timed, **more_timed}
    if args.streams:
        dated = {n: i for n, i in dated.items() if any(k in n for k in args.streams)}
    info = infos(dated, timed, any("minilm" in g for g in args.guard))
    for threshold in args.thresholds:
        trial = dataclasses.replace(model, threshold=threshold)
        for spec in args.guard:
            run_spec(spec, trial, model, idf, (dated, timed), info, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
