"""A same-fact model of unit pairs, trained on sentence-pair gold, leave one story out.

    python scripts/unit_pair_model.py ../shared/data [--years 2010,2011,2012]

The fact units (compare/units.py) are scored by the same-fact model of whole sentences.
Would a model fitted on unit pairs see more of the partial-overlap gold pairs? The gold
marks sentence pairs, not parts, so it is fitted as multiple-instance learning: a gold
sentence pair holds at least one unit pair that is the fact (the one the current fit
scores highest; first the shipped model's best), a sentence pair in no gold group holds
none. Features are the shipped model's terms on the unit pairs compare reads (a unit
pair a veto, a part that cannot be shown or an unresolved reporter sets to 0 is left
out). Each story is scored by a fit on the others; printed: the sentence pairs under
the grouping threshold the fit links at each cut-off, gold and beyond the shipped units
(docs/eval-compare.md, "Partial overlap, session 18"). Writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from unit_sweep import SHIPPED, StoryReader, _masked_pool

from newsprism.compare import units
from newsprism.compare.same_fact import term_values
from newsprism.compare.units import UnitReading
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import gold_years_cli
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]


def unit_terms(reader: StoryReader, setting) -> np.ndarray:
    """The same-fact model's terms of every unit pair of the story's pool at
    ``setting.cut``, read by building the pool again with the features kept (compare
    computes them inside ``units`` and returns only the scores)."""
    seen = {}
    features = units.pair_features

    def keep(*args, **kwargs):
        seen["features"] = features(*args, **kwargs)
        return seen["features"]

    units.pair_features = keep
    try:
        reader.pools.pop(setting.cut, None)
        reader.pool(setting.cut)
    finally:
        units.pair_features = features
    return np.stack([term_values(seen["features"], t) for t in reader.model.terms], axis=-1)


def story_bags(reader: StoryReader, setting) -> list[dict]:
    """Each candidate sentence pair of the story: its unit pairs' terms, its gold label,
    and what the shipped units make of it."""
    terms = unit_terms(reader, setting)
    pool = _masked_pool(reader.pools[setting.cut], reader.raw, setting)
    reading = UnitReading(pool, reader.base, reader.model.threshold)
    owner = np.array([i for i, _ in pool.owners])
    bags = []
    for i, j in zip(*np.nonzero(np.triu(pool.candidate)), strict=True):
        rows, cols = np.nonzero(owner == i)[0], np.nonzero(owner == j)[0]
        block = reading.matrix[np.ix_(rows, cols)]
        r, c = np.nonzero(block > 0)
        if len(r):
            bags.append({"X": terms[rows[r], cols[c]], "first": block[r, c],
                         "gold": reader.is_gold(i, j), "shipped": float(reading.best[i, j]),
                         "under": bool(reader.base[i, j] < reader.model.threshold)})
    return bags


def fit(bags: list[dict], c: float, rounds: int = 4) -> LogisticRegression:
    """Multiple-instance logistic fit: each gold bag's best unit pair is its positive."""
    picks = [int(np.argmax(b["first"])) for b in bags]
    for _ in range(rounds):
        xs = [b["X"][p:p + 1] if b["gold"] else b["X"] for b, p in zip(bags, picks, strict=True)]
        ys = [np.full(len(x), int(b["gold"])) for x, b in zip(xs, bags, strict=True)]
        model = LogisticRegression(C=c, max_iter=2000, class_weight={0: 1, 1: 5})
        model.fit(np.vstack(xs), np.concatenate(ys))
        picks = [int(np.argmax(model.decision_function(b["X"]))) for b in bags]
    return model


def main() -> None:
    _, gold = gold_years_cli(__doc__.splitlines()[0], ROOT)
    nlp, embedder = load_nlp(), get_embedder("static")
    setting = replace(SHIPPED, floor=0.005)
    stories = [story_bags(StoryReader(nlp, embedder, s), setting) for s in gold]
    for c in (0.1, 1.0):
        rows = []
        for k, held in enumerate(stories):
            model = fit([b for m, bags in enumerate(stories) if m != k for b in bags], c)
            rows += [(model.predict_proba(b["X"])[:, 1].max(), b["gold"], b["shipped"])
                     for b in held if b["under"]]  # fmt: skip
        table = np.array(rows, dtype=float)
        print(f"C={c}: sentence pairs under the threshold {len(table)}, "
              f"gold {int(table[:, 1].sum())}")
        for cut in (0.5, 0.7, 0.8, 0.9, 0.95):
            hit = table[:, 0] >= cut
            new = hit & (table[:, 2] < SHIPPED.threshold)
            print(f"  unit-pair model >= {cut}: {int(hit.sum())} pairs, "
                  f"{int(table[hit, 1].sum())} gold; beyond the shipped units "
                  f"{int(new.sum())} pairs, {int(table[new, 1].sum())} gold")
    shipped = np.array([(b["shipped"], b["gold"]) for bags in stories for b in bags
                        if b["under"]], dtype=float)  # fmt: skip
    for cut in (0.3, 0.4, 0.5):
        hit = shipped[:, 0] >= cut
        print(f"shipped model's best unit pair >= {cut}: {int(hit.sum())} pairs, "
              f"{int(shipped[hit, 1].sum())} gold")


if __name__ == "__main__":
    main()
