"""Which text cue tells the dense day's wrong joins from its right ones (issue 13,
session 32; docs/eval-clustering.md, "Session 32: what a refused article does next").

Runs a training stream through the packaged model on the dense day and, for every join
(right: the article's gold story is the story's majority gold story at the join; wrong:
not; dense-only: wrong, and with real times the article ends in no story with that
gold story, ``dense_joins.py``), counts the cues a stronger pair scorer could read
beside the model's own: numbers in both leads (first 60 words) shared or disjoint, a
month and day in both ("June 16") shared or disjoint, the best title word overlap
(Jaccard of content words) with one member, and the join's probability. A cue is worth
a feature only when its share differs between right and wrong joins.

Example::

    PYTHONPATH=src python scripts/join_cues.py ../shared/data --sets neus-raw
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import dense_joins as dj

from newsprism.cluster.terms import content_words

NUMBER = re.compile(r"(?<![\w.])\$?\d[\d,.]*\d%?|\b\d%")


def lead(aid: str, words: int = 60) -> str:
    return " ".join(dj.TEXT.get(aid, "").split()[:words])


def numbers(aid: str) -> set[str]:
    return {m.strip(".,").replace(",", "") for m in NUMBER.findall(lead(aid))} - {""}


def dates(aid: str) -> set[tuple[str, str]]:
    return set(dj.MONTH_DAY.findall(lead(aid)))


def title_words(aid: str) -> set[str]:
    return set(content_words(dj.TEXT[aid].split(". ")[0]))


def both(s: Counter, name: str, mine: set, theirs: set) -> None:
    """Count a cue named on both sides, shared or disjoint."""
    if mine and theirs:
        s[f"{name} both"] += 1
        s[f"{name} {'share' if mine & theirs else 'disjoint'}"] += 1


def cues(s: Counter, a: str, before: list[str], p: float | None) -> None:
    s["joins"] += 1
    both(s, "numbers", numbers(a), set().union(*(numbers(b) for b in before)))
    both(s, "dates", dates(a), set().union(*(dates(b) for b in before)))
    mine = title_words(a)
    best = max((len(mine & title_words(b)) / max(1, len(mine | title_words(b)))
                for b in before), default=0.0)  # fmt: skip
    s["title overlap >= 0.2"] += best >= 0.2
    s["title overlap < 0.1"] += best < 0.1
    s["p < 0.4"] += (p or 0.0) < 0.4
    s["p >= 0.6"] += (p or 0.0) >= 0.6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", nargs="+", default=["neus-raw"])
    parser.add_argument("--cache", type=Path, default=Path(".cache/merge-pieces"))
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    for name, r_items, r_fs, d_items, d_fs in dj.streams(args.data, args.sets, args.cache):
        gold = {i.article.id: i.story for i in d_items}
        dj.TEXT.clear()
        dj.TEXT.update({i.article.id: f"{i.article.title or ''}. {i.article.text}"
                        for i in r_items})  # fmt: skip
        real, dense = dj.run(r_fs, None, True), dj.run(d_fs, None, True)
        wrong = dj.wrong_joins(dense, gold)
        wrong_ids = {w[0] for w in wrong}
        only = {w[0] for w in dj.dense_only(wrong, real, gold)}
        kinds: dict[str, Counter] = {"right": Counter(), "wrong": Counter(),
                                     "dense-only": Counter()}  # fmt: skip
        for a, before, p in dense.joins:
            cues(kinds["wrong" if a in wrong_ids else "right"], a, before, p)
            if a in only:
                cues(kinds["dense-only"], a, before, p)
        for kind, s in kinds.items():
            print(f"{name} train dense, {kind} joins: " + ", ".join(
                f"{k} {v}" for k, v in sorted(s.items())))


if __name__ == "__main__":
    main()
