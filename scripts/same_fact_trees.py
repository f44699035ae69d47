"""The tree scorer of the same-fact model: ``train_same_fact.py --scorer gbm``.

The logistic same-fact model weighs each feature (and 13 hand-picked products) once;
it cannot say "a high cosine counts only when the names agree" or "same numbers *and*
same actor". Boosted trees over the same feature columns can (the clusterer's
decision 29, docs/clustering.md). This module fits scikit-learn's
``GradientBoostingClassifier`` on the same pairs and weights as the logistic variant
chosen (public sets + BASIL 2010–2012 stories), scores it leave-one-story-out beside
the logistic on the same folds with the same vetoes, and sets its threshold at
:data:`train_same_fact.TARGET_PRECISION` the same way; ``--time-walk`` times the trees
walked by :mod:`newsprism.cluster.trees` (numpy, no scikit-learn) over a 50-article
story's pairs. The rules (vetoes, soft vetoes, links) stay as they are.

Measured in session 27 and not kept (docs/models.md, "Session 27: boosted trees for
same-fact"): the trees did not beat the logistic at the operating point, so no model
file is written with trees and the runtime reads none.

    python scripts/train_same_fact.py ../shared/data --scorer gbm --explore [--gbm NAMES]
    python scripts/train_same_fact.py ../shared/data --scorer gbm --time-walk --gbm d3-n100
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import train_same_fact as base

from newsprism.cluster.trees import TreeEnsemble

# The columns the trees read: the logistic's single terms (its products are what the
# trees find for themselves; the rule-only columns stay rules).
TREE_FEATURES = tuple(f for f in base.FEATURES if f not in base.RULES[2:])

# Settings tried by --explore (all shallow: a tree of depth d reads d features at once;
# leaves of at least ``min_samples_leaf`` pairs, so that one story's pairs cannot make a
# leaf of their own). Named for the command line.
SETTINGS: dict[str, dict] = {
    "d2-n200": {"max_depth": 2, "n_estimators": 200, "learning_rate": 0.1},
    "d3-n100": {"max_depth": 3, "n_estimators": 100, "learning_rate": 0.1},
    "d3-n300": {"max_depth": 3, "n_estimators": 300, "learning_rate": 0.05},
    "d4-n100": {"max_depth": 4, "n_estimators": 100, "learning_rate": 0.1},
    "d3-n100-leaf200": {"max_depth": 3, "n_estimators": 100, "learning_rate": 0.1,
                        "min_samples_leaf": 200},
    # boosted from the logistic: the trees fit what the logistic's log-odds leave
    "res-d3-n50": {"max_depth": 3, "n_estimators": 50, "learning_rate": 0.05, "residual": True},
    "res-d3-n100": {"max_depth": 3, "n_estimators": 100, "learning_rate": 0.1, "residual": True},
}  # fmt: skip
DEFAULTS = {"min_samples_leaf": 50, "subsample": 1.0, "random_state": 0}


def tree_matrix(X: np.ndarray) -> np.ndarray:
    """The raw feature columns the trees read, in :data:`TREE_FEATURES` order."""
    return X[:, [base.FEATURES.index(f) for f in TREE_FEATURES]].astype(np.float32)


def tree_design(X: np.ndarray) -> np.ndarray:
    """The logistic's terms (:data:`train_same_fact.TERMS`) from the tree columns: its
    single terms are the tree columns, its products products of two of them."""
    column = dict(zip(TREE_FEATURES, X.T, strict=True))
    return np.column_stack([column[a] * column[b] if b else column[a]
                            for a, _, b in (t.partition("*") for t in base.TERMS)])  # fmt: skip


class DesignLogistic:
    """The chosen logistic over :func:`tree_design`, as a ``GradientBoostingClassifier``
    ``init``: the trees then boost from its log-odds (settings with ``residual``)."""

    def __init__(self, c: float = base.CHOSEN["C"]) -> None:
        self.c = c

    def get_params(self, deep: bool = True) -> dict:
        return {"c": self.c}

    def fit(self, X: np.ndarray, y: np.ndarray, sample_weight=None) -> DesignLogistic:
        from sklearn.linear_model import LogisticRegression

        self.model_ = LogisticRegression(C=self.c, max_iter=5000).fit(
            tree_design(X), y, sample_weight=sample_weight)
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.model_.predict_proba(tree_design(X))


def fit_gbm(parts: list[tuple[list[dict], float]], setting: dict):
    """A ``GradientBoostingClassifier`` on the pair sets ``parts`` (each with its sample
    weight), the logistic's :func:`train_same_fact._fit` with trees."""
    from sklearn.ensemble import GradientBoostingClassifier

    parts = [(p, w) for p, w in parts if p]
    X = np.vstack([tree_matrix(s["X"]) for p, _ in parts for s in p])
    y = np.concatenate([s["y"] for p, _ in parts for s in p])
    w = np.concatenate([np.full(len(s["y"]), wt) for p, wt in parts for s in p])
    setting = dict(setting)
    init = DesignLogistic() if setting.pop("residual", False) else None
    return GradientBoostingClassifier(**(DEFAULTS | setting), init=init).fit(
        X, y, sample_weight=w)


def loso_gbm(train: dict, external: list, basil_weight: float, setting: dict):
    """Out-of-fold scores of the training stories, vetoes applied (as ``_cv``)."""
    scores, labels = [], []
    for held in train:
        others = [s for k, s in train.items() if k != held]
        model = fit_gbm([*external, (others, basil_weight)], setting)
        scores.append(model.predict_proba(tree_matrix(train[held]["X"]))[:, 1])
        labels.append(train[held]["y"])
    X = np.vstack([s["X"] for s in train.values()])
    return base._vetoed(X, np.concatenate(scores)), np.concatenate(labels)


def threshold_for(scores: np.ndarray, y: np.ndarray,
                  target: float = base.TARGET_PRECISION) -> float:  # fmt: skip
    """:func:`train_same_fact.threshold_for` where pairs of one score fall together:
    trees give many pairs one score (one leaf in every tree), and a threshold is taken
    by every pair at it, so precision is read only where the score changes."""
    order = np.argsort(-scores, kind="stable")
    ranked = scores[order]
    precision = np.cumsum(y[order]) / np.arange(1, len(y) + 1)
    last_of_score = np.append(ranked[1:] != ranked[:-1], True)
    ok = np.nonzero((precision >= target) & last_of_score)[0]
    return float(ranked[ok.max()]) if len(ok) else float(np.nextafter(ranked[0], np.inf))


def cv_row(name: str, cv: tuple[np.ndarray, np.ndarray]) -> dict:
    """Threshold at 0.90 out-of-fold precision, the P / R there, pairs found, AP."""
    from sklearn.metrics import average_precision_score

    scores, y = cv
    threshold = threshold_for(scores, y)
    p, r = base.pr_at(scores, y, threshold)
    return {"variant": name, "threshold": round(threshold, 4), "cv_P/R": (round(p, 3), round(r, 3)),
            "cv_found": int(((scores >= threshold) & (y == 1)).sum()), "gold": int(y.sum()),
            "cv_AP": round(float(average_precision_score(y, scores)), 3)}  # fmt: skip


def held_row(model_scores, held: dict, threshold: float) -> dict:
    """The held-out stories' pairs at ``threshold`` (read once, for the variant chosen)."""
    X = np.vstack([s["X"] for s in held.values()])
    y = np.concatenate([s["y"] for s in held.values()])
    scores = base._vetoed(X, model_scores(X), threshold)
    p, r = base.pr_at(scores, y, threshold)
    return {"held_P/R": (round(p, 3), round(r, 3)),
            "held_found": int(((scores >= threshold) & (y == 1)).sum()), "held_gold": int(y.sum())}


def explore(sets: dict, names: list[str], show_held: bool, basil_only: bool,
            oof: Path | None = None) -> None:
    """The logistic (chosen variant) and each tree setting, on the same folds: public
    + BASIL (the shipped variant's data), or BASIL only with ``basil_only``
    (``--no-public``). ``oof``: a folder to keep each setting's out-of-fold scores in."""
    train, held, public = base._variants(sets)
    print(f"training stories: {len(train)}, pairs {sum(len(s['y']) for s in train.values())}"
          f" ({sum(int(s['y'].sum()) for s in train.values())} same)", file=sys.stderr)
    for label, external in (("public + basil", public), ("basil only", [])):
        if (label == "basil only") != basil_only:
            continue
        cv, logistic = base._cv(train, external, 1.0, base.CHOSEN["C"])
        logistic_cv = cv
        row = cv_row(f"{label}: logistic C={base.CHOSEN['C']}", cv)
        if show_held:
            row |= held_row(lambda X, m=logistic: m.predict_proba(base.design(X))[:, 1], held,
                            row["threshold"])  # fmt: skip
        print(json.dumps(row), flush=True)
        for name in names:
            cv = loso_gbm(train, external, 1.0, SETTINGS[name])
            row = cv_row(f"{label}: gbm {name}", cv)
            if oof is not None:  # the out-of-fold scores, to read the pairs again
                np.savez(oof / f"same-fact-oof-{len(train)}-{label.replace(' ', '')}-{name}.npz",
                         scores=cv[0], y=cv[1], logistic=logistic_cv[0])  # fmt: skip
            if show_held:
                trees = fit_gbm([*external, (list(train.values()), 1.0)], SETTINGS[name])
                row |= held_row(lambda X, t=trees: t.predict_proba(tree_matrix(X))[:, 1], held,
                                row["threshold"])  # fmt: skip
            print(json.dumps(row), flush=True)


def time_walk(sets: dict, name: str, pairs: int = 682_696, repeat: int = 3) -> None:
    """What the trees of setting ``name`` cost per pair at run time: the BASIL pairs'
    tree columns tiled to ``pairs`` rows (682,696: the 50-article story of
    ``benchmarks.compare``) walked by :class:`newsprism.cluster.trees.TreeEnsemble`
    (numpy, no scikit-learn), beside the logistic's weighted sum over the same rows. The
    best of ``repeat`` runs."""
    import time

    train, _, public = base._variants(sets)
    model = fit_gbm([*public, (list(train.values()), 1.0)], SETTINGS[name])
    ensemble = TreeEnsemble.from_sklearn(model)
    logistic = base._fit([*public, (list(train.values()), 1.0)], base.CHOSEN["C"])
    X = np.vstack([s["X"] for s in train.values()])
    X = np.resize(X, (pairs, X.shape[1]))
    rows, terms = tree_matrix(X), base.design(X).astype(np.float32)
    weights = logistic.coef_[0].astype(np.float32)
    timings = {}
    columns = np.ascontiguousarray(rows.T)
    for label, run in (("trees", lambda: ensemble.logits(rows)),
                       ("node masks", lambda: masked_logits(ensemble, columns)),
                       ("logistic", lambda: terms @ weights)):  # fmt: skip
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
        timings[label] = best
    exact = np.allclose(ensemble.logits(rows[:5000]),
                        model.decision_function(rows[:5000]), atol=1e-5)  # fmt: skip
    exact &= np.allclose(masked_logits(ensemble, columns[:, :5000]), ensemble.logits(rows[:5000]))
    print(json.dumps({"setting": name, "pairs": pairs, "trees": len(ensemble.trees),
                      "walk_s": round(timings["trees"], 3),
                      "walk_us_per_pair": round(1e6 * timings["trees"] / pairs, 3),
                      "node_masks_s": round(timings["node masks"], 3),
                      "logistic_sum_s": round(timings["logistic"], 4),
                      "walker_equals_sklearn": bool(exact)}))  # fmt: skip


def masked_logits(ensemble: TreeEnsemble, columns: np.ndarray) -> np.ndarray:
    """The ensemble's log-odds walked node by node instead of row by row: each inner
    node is one comparison of one contiguous feature column (``columns``: features ×
    rows) and one ``np.where`` between its children's values, so no per-row index is
    gathered (a candidate for a faster run-time walk; same values as the walker)."""
    out = np.full(columns.shape[1], ensemble.base, dtype=np.float64)
    for tree in ensemble.trees:
        out += _node_values(tree, 0, columns)
    return out


def _node_values(tree, node: int, columns: np.ndarray):
    if tree.left[node] < 0:
        return tree.value[node]
    go_left = columns[tree.feature[node]] <= np.float32(tree.threshold[node])
    return np.where(go_left, _node_values(tree, tree.left[node], columns),
                    _node_values(tree, tree.right[node], columns))  # fmt: skip
