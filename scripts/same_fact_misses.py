"""The gold same-fact pairs the logistic model misses out of fold, drawn for reading
(issue 12, session 28; docs/eval-compare.md "Session 28").

    python scripts/same_fact_misses.py [--cache .cache] [--sample 40 --seed 28]
        [--column NAME]

Reads the feature caches that ``scripts/train_same_fact.py ../shared/data --extra-gold
gold/compare-basil-train`` writes, scores the 17 training stories (BASIL 2010–2012 of
gold/compare-basil and gold/compare-basil-train; never a 2013–2014 story) leave one
story out with the shipped variant (public + BASIL, C = 0.1, rules applied), and prints
``--sample`` gold pairs under the 0.90-precision threshold with their two sentences
and the columns a reader checks first. ``--column NAME`` (a column of
``scripts/same_fact_kinds.py``) adds that column, to read what a new feature says of
the misses. Writes nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_same_fact as tsf

SHOWN = ("cosine", "tfidf", "lemma_overlap", "coverage", "entity_shared", "predicate_same")


def out_of_fold(sets: dict) -> tuple[list[tuple[str, int]], np.ndarray, np.ndarray, float]:
    """(story, row) of every training pair, its vetoed out-of-fold score, its label and
    the threshold at 0.90 precision (the shipped variant's choice rule)."""
    train, _, public = tsf._variants(sets)
    (scores, labels), _ = tsf._cv(train, public, 1.0, 0.1)
    threshold = tsf.threshold_for(scores, labels)
    X = np.vstack([s["X"] for s in train.values()])
    scores = tsf._vetoed(X, scores, threshold)
    where = [(k, r) for k, s in train.items() for r in range(len(s["y"]))]
    return where, scores, labels, threshold


def figures(sets: dict, name: str) -> dict:
    """Gold pairs found out of fold at 0.90 precision, in all and per gold folder."""
    from sklearn.metrics import average_precision_score

    where, scores, labels, threshold = out_of_fold(sets)
    hit = scores >= threshold
    row = {"columns": name, "threshold": round(threshold, 3),
           "P/R": [round(x, 3) for x in tsf.pr_at(scores, labels, threshold)],
           "found": int((hit & (labels == 1)).sum()), "of": int(labels.sum()),
           "AP": round(float(average_precision_score(labels, scores)), 3)}
    gold = np.array([sets["basil"][k].get("gold", "compare-basil") for k, _ in where])
    for folder in sorted(set(gold)):
        mine = gold == folder
        row[folder] = {"found": int((hit & mine & (labels == 1)).sum()),
                       "shown": int((hit & mine).sum()), "of": int(labels[mine].sum())}
    return row


def measure(sets: dict, kinds: list[str], data: Path, cache: Path) -> None:
    """:func:`figures` of today's columns, then of each set of ``kinds`` added."""
    base = (tsf.COLUMNS, tsf.TERMS)
    print(json.dumps(figures(sets, "today")), flush=True)
    for names in kinds:
        added = tsf.add_kinds(sets, tuple(names.split(",")), data, cache)
        print(json.dumps(figures(added, names)), flush=True)
        tsf.COLUMNS, tsf.TERMS = base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=tsf.ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=tsf.ROOT / ".cache")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=28)
    parser.add_argument("--column", help="a column of scripts/same_fact_kinds.py to show")
    parser.add_argument("--measure", help="';'-separated sets of columns (',' inside a set) "
                        "of scripts/same_fact_kinds.py: the out-of-fold figures with each "
                        "set added, beside today's columns")  # fmt: skip
    args = parser.parse_args()
    sets = tsf.build(args.data, tsf.ROOT / "gold" / "compare-basil", args.cache)
    extra = tsf.ROOT / "gold" / "compare-basil-train"
    sets = tsf.add_extra_gold(sets, tsf.extra_stories(args.data, extra, args.cache))
    if args.measure:
        return measure(sets, args.measure.split(";"), args.data, args.cache)
    if args.column:
        sets = tsf.add_kinds(sets, (args.column,), args.data, args.cache)
    where, scores, labels, threshold = out_of_fold(sets)
    missed = [k for k in range(len(labels)) if labels[k] == 1 and scores[k] < threshold]
    print(f"threshold {threshold:.3f}; gold {int(labels.sum())}, missed {len(missed)}",
          file=sys.stderr)
    names = (*SHOWN, args.column) if args.column else SHOWN
    for k in sorted(random.Random(args.seed).sample(missed, min(args.sample, len(missed)))):
        triplet, row = where[k]
        story = sets["basil"][triplet]
        i, j = story["pairs"][row]
        columns = tsf.COLUMNS
        values = {n: round(float(story["X"][row, columns.index(n)]), 2) for n in names}
        print(json.dumps({"story": triplet[:8], "score": round(float(scores[k]), 3), **values,
                          "a": story["texts"][i], "b": story["texts"][j]}))


if __name__ == "__main__":
    main()
