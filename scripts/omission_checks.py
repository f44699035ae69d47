"""Measure candidate omission checks on the runs ``omission_dump.py`` kept.

For each omission of the 2010–2012 gold stories (right / wrong / unknown on the gold
groups, ``eval.compare_omissions``): the highest whole-sentence same-fact probability
between the article's sentences and the fact's, and the story frequency of the rarest
quoted run of N words both print; then how many wrong and right omissions each check
would withhold. ``--show`` prints every wrong omission with the fact's sentences and the
article's own sentences of the same gold group (the reading of docs/eval-compare.md,
"Session 22: omissions"). Usage:
``python scripts/omission_checks.py DATA DUMP_DIR [--show]``.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

from newsprism.compare.stated import _runs, _words, quoted_runs
from newsprism.eval.compare import _split
from newsprism.eval.compare_gold import GoldStory, load_compare_gold, parse_ref
from newsprism.eval.compare_omissions import omission_items

ROOT = Path(__file__).resolve().parent.parent
GOLDS = ("compare-basil", "compare-basil-train")


def _show(story: GoldStory, item: dict[str, Any]) -> None:
    refs = {parse_ref(r) for r in item["refs"]}
    mine = sorted({r for g in story.fact_refs() if set(g) & refs for r in g
                   if r[0] == item["article"]})  # fmt: skip
    print(f"== {story.triplet[:8]} article {item['article']} leaves out {item['refs']}")
    for tag, group in (("F", sorted(refs)), ("A", mine)):
        for n, p, s in group:
            print(f"   {tag} {n}:{p}:{s} {story.docs[n].sentence(p, s)}")


def _features(run: dict[str, Any], story: GoldStory, item: dict[str, Any]) -> dict[str, Any]:
    claims, probability = run["claims"], run["probability"]
    row = {c.id: i for i, c in enumerate(claims)}
    printed = Counter(r for c in claims for r in _runs(_words(c.text)))
    fact = next(f for f in run["facts"] if f.id == item["claim_id"])
    article = story.articles[item["article"]].id
    own = [row[c.id] for c in claims if c.article_id == article]
    rows = [row[c.id] for c in fact.claims if c.id in row]
    p = max((probability[i, j] for i in rows for j in own), default=0.0)
    shared = set().union(*(quoted_runs(claims[i].text) for i in rows)) if rows else set()
    mine = set().union(*(quoted_runs(claims[j].text) for j in own)) if own else set()
    rarest = min((printed[r] for r in shared & mine), default=99)
    return {"verdict": item["verdict"], "p": p, "run": rarest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rows: dict[str, list[dict[str, Any]]] = {g: [] for g in GOLDS}
    for gold in GOLDS:
        for story in load_compare_gold(ROOT / "gold" / gold, args.data / "basil"):
            if _split(story).startswith("2013"):
                continue  # held out
            run = pickle.loads((args.dump / f"{gold}-{story.triplet}.pkl").read_bytes())
            for item in omission_items(story, run["output"]):
                rows[gold].append(_features(run, story, item))
                if args.show and item["verdict"] == "wrong":
                    _show(story, item)
    checks = {"listed": lambda r: True,
              **{f"P >= {b}": (lambda r, b=b: r["p"] >= b) for b in (0.08, 0.1, 0.12, 0.15)},
              **{f"quoted run, <= {k} sentences": (lambda r, k=k: r["run"] <= k)
                 for k in (3, 4, 6)},
              "P >= 0.12 or run <= 4": lambda r: r["p"] >= 0.12 or r["run"] <= 4}  # fmt: skip
    for name, check in checks.items():
        counts = {g: Counter(r["verdict"] for r in rows[g] if check(r)) for g in GOLDS}
        print(f"{name:32s}" + " | ".join(f"{g}: {dict(c)}" for g, c in counts.items()))


if __name__ == "__main__":
    main()
