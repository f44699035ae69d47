"""Where the gold same-fact pairs stand in their articles, and the position variants of
the same-fact model, measured on the BASIL 2010-2012 pairs only.

    python scripts/same_fact_positions.py ../shared/data [--cache DIR] [--gold DIR]

Reads the feature cache of ``scripts/train_same_fact.py`` (built on first use; delete
``.cache/same-fact-features.pkl`` after a feature change). Prints two things, as JSON
lines: (1) for the train stories, every cross-article pair by the positions of its two
sentences (both first; both in the first :data:`~newsprism.compare.position.LEAD`;
one in the lead; neither): how many pairs, how many are gold, and how many gold pairs
today's terms find; (2) each variant of the position terms, fitted as the shipped model
is (public sets + BASIL, C = 0.1) and scored leave-one-story-out at the 0.90 precision
threshold, with the rules applied (vetoes; links raised to the threshold). The held-out
2013-2014 stories are never read here: the shipped model's ``meta.scores`` gives them
once, for the variant chosen.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from train_same_fact import (
    CHOSEN,
    POSITION_TERMS,
    ROOT,
    TERMS,
    _fit,
    _loso,
    _variants,
    _vetoed,
    build,
    pr_at,
    threshold_for,
)

from newsprism.compare.pairs import FEATURES
from newsprism.compare.position import LEAD

BASE = tuple(t for t in TERMS if t not in POSITION_TERMS)
KNOWN = ("position_known",)
VARIANTS = {
    "today's terms": (),
    "+ lead_first": (*KNOWN, "lead_first"),
    "+ mutual_best": (*KNOWN, "mutual_best"),
    "+ mutual_best_tfidf": (*KNOWN, "mutual_best_tfidf"),
    "+ margin": (*KNOWN, "margin"),
    "+ mutual_best, margin": (*KNOWN, "mutual_best", "margin"),
    "+ mutual_best, mutual_best_tfidf, margin": (
        *KNOWN, "mutual_best", "mutual_best_tfidf", "margin"),
    "+ mutual_best*cosine, mutual_best_tfidf*tfidf, margin": (
        *KNOWN, "mutual_best*cosine", "mutual_best_tfidf*tfidf", "margin"),
    "+ mutual_best_tfidf, margin, lead_first": (
        *KNOWN, "mutual_best_tfidf", "margin", "lead_first"),
}  # fmt: skip


def _bucket(ri: int, rj: int) -> str:
    if ri == 0 and rj == 0:
        return "both first"
    if ri < LEAD and rj < LEAD:
        return f"both in the first {LEAD}"
    if ri < LEAD or rj < LEAD:
        return f"one in the first {LEAD}"
    return "neither"


def positions(train: dict, found: np.ndarray) -> None:
    """Pairs, gold pairs and gold pairs found, by where the two sentences stand."""
    rows: dict[str, list[int]] = {}
    at = 0
    for story in train.values():
        ranks = story["ranks"]
        for (i, j), label in zip(story["pairs"], story["y"], strict=True):
            row = rows.setdefault(_bucket(int(ranks[i]), int(ranks[j])), [0, 0, 0])
            row[0] += 1
            row[1] += int(label)
            row[2] += int(label and found[at])
            at += 1
    for name, (pairs, gold, hit) in rows.items():
        print(json.dumps({"positions": name, "pairs": pairs, "gold": gold,
                          "gold share": round(gold / max(pairs, 1), 3), "gold found": hit}))


def variant(name: str, extra: tuple[str, ...], train: dict, public: list) -> np.ndarray:
    """Leave-one-story-out P / R of one variant; returns its decisions."""
    terms = (*BASE, *extra)
    X = np.vstack([s["X"] for s in train.values()])
    scores, y = _loso(train, public, CHOSEN["basil_weight"], CHOSEN["C"], terms)
    threshold = threshold_for(_vetoed(X, scores), y)
    ruled = _vetoed(X, scores, threshold)
    p, r = pr_at(ruled, y, threshold)
    lead = X[:, FEATURES.index("lead_both")]
    found = ruled >= threshold
    model = _fit([*public, (list(train.values()), CHOSEN["basil_weight"])], CHOSEN["C"], terms)
    weights = {t: round(float(w), 3) for t, w in zip(terms, model.coef_[0], strict=True)
               if t in extra}  # fmt: skip
    print(json.dumps({"variant": name, "threshold": round(threshold, 4), "weights": weights,
                      "train_cv_P/R": (round(p, 3), round(r, 3)),
                      "found / predicted": (int((found & (y == 1)).sum()), int(found.sum())),
                      "lead pairs found / predicted": (int((found & (y == 1) & (lead > 0)).sum()),
                                                       int((found & (lead > 0)).sum()))}))
    return found & (y == 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache")
    args = parser.parse_args()
    train, _, public = _variants(build(args.data, args.gold, args.cache))
    found = None
    for name, extra in VARIANTS.items():
        decided = variant(name, extra, train, public)
        found = decided if found is None else found
    positions(train, found)


if __name__ == "__main__":
    main()
