"""Where an article goes after a check refused its best story (issue 13, session 32;
docs/eval-clustering.md, "Session 32: what a refused article does next").

A refusal by the core check, the weekday check (version 4) or the guard sends the
article to the next candidate story, or to a story of its own. A rule that changes what
happens next ("join only where positive evidence agrees, else found") can only move the
articles that, after a refusal, *join* another story; this counts them, per stream and
condition, over the packaged model as it is: the refusal kinds, whether the first join
refused would have been right or wrong (the gold story of the article against the
story's majority), and whether the article then founded a story or joined one, rightly
or wrongly. Training parts unless ``--held-out`` (counts only). ``--moved`` prints
instead the dense day's refused articles whose story ``built:agree`` changes, to be read.

Example::

    PYTHONPATH=src python scripts/after_refusal.py ../shared/data --sets neus-raw neus-allsides
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import dense_joins as dj
from dense_joins import SETS, Logged, streams, vetoes_judged_one

from newsprism.cluster import guard as guarding
from newsprism.cluster import weekdays as weekday_check
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.profile import Cluster


class Refusals(Logged):
    """The clusterer, keeping each article's refused stories (kind, members) in order."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.refused: dict[str, list[tuple[str, list[str]]]] = {}
        self.in_guard = False

    def note(self, kind: str, f: ArticleFeatures, c: Cluster) -> None:
        self.refused.setdefault(f.article_id, []).append((kind, [r.article_id for r in c.log]))

    def links_core(self, f: ArticleFeatures, c: Cluster) -> bool:
        linked = super().links_core(f, c)
        if not linked and not self.in_guard:
            self.note("core", f, c)
        return linked


def run(fs: list[ArticleFeatures]) -> Refusals:
    """One stream through the packaged model, its weekday check's and guard's refusals
    noted (the functions the clusterer calls are wrapped for the run)."""
    model = load_model()
    c = Refusals(model, model_idf(model))
    passes, refuses = guarding.passes, weekday_check.refuses

    def guarded(model, f, x, p, cluster, idf=None, **kw):  # type: ignore[no-untyped-def]
        c.in_guard = True
        try:
            ok = passes(model, f, x, p, cluster, idf, **kw)
        finally:
            c.in_guard = False
        if not ok:
            c.note("guard", f, cluster)
        return ok

    def weekday(model, f, cluster, members=None):  # type: ignore[no-untyped-def]
        refused = refuses(model, f, cluster, members)
        if refused:
            c.note("weekday", f, cluster)
        return refused

    guarding.passes, weekday_check.refuses = guarded, weekday
    try:
        for f in fs:
            c.add(f)
    finally:
        guarding.passes, weekday_check.refuses = passes, refuses
    return c


def tally(c: Refusals, gold: dict[str, str]) -> Counter:
    """(refusal kinds, what came next, was the first refused join right) -> articles."""
    joined = {a: before for a, before, _ in c.joins}
    out: Counter = Counter()
    for a, refused in c.refused.items():
        kinds = "+".join(sorted({k for k, _ in refused}))
        first = "wrong" if vetoes_judged_one(a, refused[0][1], gold) else "RIGHT"
        nxt = ("founded" if a not in joined else
               "joined wrong" if vetoes_judged_one(a, joined[a], gold) else "joined right")
        out[(kinds, nxt, f"first refused {first}")] += 1
    return out


def moved(d_items: list, d_fs: list[ArticleFeatures], gold: dict[str, str]) -> None:
    """Print the articles the weekday check refused on the dense day whose story differs
    between version 4 and ``built:agree`` (``dense_joins.run``), with the first members
    of each story, to be read."""
    by_id = {i.article.id: i for i in d_items}
    runs = [dj.run(d_fs, None, True, "", after) for after in ("", "agree")]

    def mates(c: Logged, a: str) -> list[str]:
        story = c.memberships[a][0]
        return [x for x, (s, _) in c.memberships.items() if s == story and x != a]

    def line(x: str) -> str:
        art = by_id[x].article
        return f"{gold[x][-6:]} {art.title} | {' '.join(art.text.split()[:30])}"
    for a in sorted(runs[1].day_refused):  # type: ignore[attr-defined]
        before, after = (mates(c, a) for c in runs)
        if set(before) == set(after):
            continue
        print(f"MOVED {line(a)}")
        for tag, ms in (("version 4", before), ("agree", after)):
            own = sum(gold[x] == gold[a] for x in ms)
            print(f"  {tag}: {own} of {len(ms)} other members of its gold story")
            for x in ms[:3]:
                print(f"    {line(x)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--cache", type=Path, default=Path(".cache/merge-pieces"))
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--moved", action="store_true",
                        help="training only: the dense day's articles built:agree moves")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    part = "held-out" if args.held_out else "train"
    for name, _, r_fs, d_items, d_fs in streams(args.data, args.sets, args.cache, part):
        gold = {i.article.id: i.story for i in d_items}
        if args.moved and not args.held_out:
            moved(d_items, d_fs, gold)
            continue
        for cond, fs in (("real", r_fs), ("dense", d_fs)):
            rows = tally(run(fs), gold)
            print(f"{name} {part} {cond}: {sum(rows.values())} articles refused at least once")
            for (kinds, nxt, first), n in sorted(rows.items()):
                print(f"  {kinds:20} {nxt:13} {first:20} {n}")


if __name__ == "__main__":
    main()
