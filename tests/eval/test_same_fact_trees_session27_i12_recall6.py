"""scripts/same_fact_trees.py (``train_same_fact.py --scorer gbm``): boosted trees over
the same-fact feature columns, scored leave-one-story-out with the logistic's vetoes,
exported for the scikit-learn-free walker of ``newsprism.cluster.trees``."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trees():
    """The module of scripts/ (not a package), with train_same_fact beside it."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import same_fact_trees

    return same_fact_trees


def _pairs(trees, seed: int, n: int = 600) -> dict:
    """Pairs whose label is an interaction of two columns: a high cosine is the same
    fact when the two name one entity, and a low one when they do not (an exclusive or:
    one weight per column, as the logistic has, cannot draw that line; trees of depth 2
    can)."""
    rng = np.random.default_rng(seed)
    X = np.zeros((n, len(trees.base.FEATURES)), dtype=np.float32)
    cosine = rng.uniform(0, 1, n).astype(np.float32)
    entity = (rng.uniform(0, 1, n) < 0.5).astype(np.float32)
    X[:, trees.base.FEATURES.index("cosine")] = cosine
    X[:, trees.base.FEATURES.index("entity_shared")] = entity
    y = ((cosine > 0.6) == (entity > 0)).astype(np.int8)
    return {"X": X, "y": y, "year": "2011"}


def test_trees_learn_an_interaction_the_logistic_cannot(trees) -> None:
    from sklearn.metrics import average_precision_score

    train = {k: _pairs(trees, seed) for seed, k in enumerate("abcd")}
    setting = {"max_depth": 2, "n_estimators": 30, "learning_rate": 0.3,
               "min_samples_leaf": 5}  # fmt: skip
    scores, y = trees.loso_gbm(train, [], 1.0, setting)
    # out of fold, the trees rank every same-fact pair above every other
    assert average_precision_score(y, scores) > 0.99
    row = trees.cv_row("gbm", (scores, y))
    assert row["cv_found"] == int(y.sum()) and row["cv_P/R"][0] >= 0.9
    # the logistic over the same two columns cannot (one weight per column)
    from sklearn.linear_model import LogisticRegression

    X = np.vstack([trees.tree_matrix(s["X"]) for s in train.values()])
    logistic = LogisticRegression(max_iter=1000).fit(X, y)
    assert average_precision_score(y, logistic.predict_proba(X)[:, 1]) < 0.8


def test_vetoes_hold_over_the_trees(trees) -> None:
    """A pair the trees call the same fact is 0 out of fold when a veto feature is set."""
    train = {k: _pairs(trees, seed) for seed, k in enumerate("abc")}
    veto = trees.base.FEATURES.index("speaker_clash")
    train["a"]["X"][:, veto] = 1.0
    scores, _ = trees.loso_gbm(train, [], 1.0, {"max_depth": 2, "n_estimators": 20})
    first = len(train["a"]["y"])
    assert (scores[:first] == 0).all() and scores[first:].max() > 0.5


def test_the_exported_trees_walk_as_scikit_learn_scores(trees) -> None:
    """The trees written into the model file give scikit-learn's log-odds, so the
    threshold chosen on scikit-learn's scores holds at run time."""
    from newsprism.cluster.trees import TreeEnsemble

    parts = [([_pairs(trees, 7)], 1.0), ([_pairs(trees, 8)], 2.0)]
    model = trees.fit_gbm(parts, {"max_depth": 3, "n_estimators": 25})
    exported = TreeEnsemble.from_sklearn(model)
    rows = trees.tree_matrix(_pairs(trees, 9)["X"])
    assert exported.n_features == len(trees.TREE_FEATURES)
    assert np.allclose(exported.logits(rows), model.decision_function(rows), atol=1e-5)
    again = TreeEnsemble.from_dict(exported.as_dict(), len(trees.TREE_FEATURES))
    assert np.allclose(again.logits(rows), exported.logits(rows))
    # the node-by-node walk timed by --time-walk gives the same values
    masked = trees.masked_logits(exported, np.ascontiguousarray(rows.T))
    assert np.allclose(masked, exported.logits(rows))


def test_residual_trees_boost_from_the_logistic(trees) -> None:
    """``residual`` settings start from the chosen logistic's log-odds: with no tree
    their scores are that logistic's."""
    parts = [([_pairs(trees, 3)], 1.0)]
    model = trees.fit_gbm(parts, {"residual": True, "n_estimators": 1, "learning_rate": 1e-9})
    rows = trees.tree_matrix(_pairs(trees, 4)["X"])
    logistic = trees.DesignLogistic().fit(trees.tree_matrix(parts[0][0][0]["X"]),
                                          parts[0][0][0]["y"])
    assert np.allclose(model.predict_proba(rows)[:, 1], logistic.predict_proba(rows)[:, 1],
                       atol=1e-6)  # fmt: skip


def test_the_threshold_never_splits_pairs_of_one_score(trees) -> None:
    """Four pairs share the top score, two of them same-fact: a threshold there takes
    all four (precision 0.5), so the 0.90 point is above them, not at the first two."""
    scores = np.array([0.9, 0.9, 0.9, 0.9, 0.5], dtype=np.float32)
    y = np.array([1, 1, 0, 0, 1], dtype=np.int8)
    threshold = trees.threshold_for(scores, y)
    assert threshold > 0.9 and trees.base.pr_at(scores, y, threshold)[1] == 0.0
    scores[2:4] = 0.8
    assert trees.threshold_for(scores, y) == pytest.approx(0.9)
