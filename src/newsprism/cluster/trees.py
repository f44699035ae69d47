"""A boosted tree ensemble read from the model file and evaluated without scikit-learn.

The logistic regression of ``ClusterModel`` cannot express interactions between the
comparison features (a high dense cosine that matters only with shared names, time that
matters only when content is in doubt: docs/clustering.md, decision 23). A small
gradient-boosted ensemble can; ``scripts/train_clusterer.py --scorer gbm`` fits one with
scikit-learn and writes its trees into the model file (key ``trees``), and this module
evaluates them at run time in plain Python (one comparison) or numpy (many), so that
newsprism itself never needs scikit-learn.

A tree is five parallel lists over its nodes: ``feature`` (the index into
:data:`newsprism.cluster.model.FEATURES`, -1 at a leaf), ``threshold`` (go left when the
value is ``<=`` it), ``left`` and ``right`` (child node indices, -1 at a leaf) and
``value`` (the leaf's contribution to the log-odds, learning rate already applied). The
ensemble's log-odds are ``base`` plus one leaf value per tree. Values are compared as
float32, as scikit-learn's trees compare them, so the two give the same predictions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsprism.errors import NewsprismError

_FIELDS = ("feature", "threshold", "left", "right", "value")


@dataclass(frozen=True)
class Tree:
    """One regression tree as parallel node lists (see the module docstring)."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def leaf_value(self, x: Sequence[float]) -> float:
        """The value of the leaf that ``x`` (already float32-rounded) falls into."""
        node = 0
        feature, threshold, left, right = self.feature, self.threshold, self.left, self.right
        while left[node] >= 0:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        return self.value[node]

    def leaf_values(self, x: np.ndarray) -> np.ndarray:
        """The leaf value for every row of the float32 matrix ``x``, level by level."""
        node = np.zeros(len(x), dtype=np.int64)
        feature, threshold = np.asarray(self.feature), np.asarray(self.threshold)
        left, right = np.asarray(self.left), np.asarray(self.right)
        rows = np.arange(len(x))
        while True:
            inner = left[node] >= 0
            if not inner.any():
                return np.asarray(self.value)[node]
            f = np.where(inner, feature[node], 0)
            go_left = x[rows, f] <= threshold[node]
            node = np.where(inner, np.where(go_left, left[node], right[node]), node)


@dataclass(frozen=True)
class TreeEnsemble:
    """Boosted trees whose summed leaf values, plus ``base``, are the log-odds."""

    base: float
    trees: tuple[Tree, ...]
    n_features: int
    method: str = ""

    def logit(self, x: Sequence[float]) -> float:
        """The log-odds of one comparison (pure Python: the per-article path)."""
        x32 = np.asarray(x, dtype=np.float32).tolist()
        return self.base + sum(tree.leaf_value(x32) for tree in self.trees)

    def logits(self, x: np.ndarray) -> np.ndarray:
        """The log-odds of every row of ``x`` (numpy: the split step's pair matrix)."""
        x32 = np.asarray(x, dtype=np.float32)
        out = np.full(len(x32), self.base, dtype=np.float64)
        for tree in self.trees:
            out += tree.leaf_values(x32)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"method": self.method, "base": self.base, "n_features": self.n_features,
                "trees": [{name: list(getattr(t, name)) for name in _FIELDS}
                          for t in self.trees]}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any], n_features: int) -> TreeEnsemble:
        """Read the ``trees`` entry of a model file, checking every node refers to a
        feature and a node that exist (E421 otherwise: a file for other features)."""
        trees = tuple(Tree(*(tuple(t[name]) for name in _FIELDS)) for t in data["trees"])
        if int(data["n_features"]) != n_features or not all(map(_well_formed, trees)):
            raise NewsprismError("clusterer model trees do not match this newsprism's "
                                 f"{n_features} features; retrain with "
                                 "scripts/train_clusterer.py", code="E421")  # fmt: skip
        return cls(base=float(data["base"]), trees=trees, n_features=n_features,
                   method=str(data.get("method", "")))  # fmt: skip

    @classmethod
    def from_sklearn(cls, estimator: Any, method: str = "") -> TreeEnsemble:
        """Export a fitted binary ``sklearn.ensemble.GradientBoostingClassifier`` (read
        through its public ``tree_`` arrays; scikit-learn itself is not imported)."""
        rate = float(estimator.learning_rate)
        trees = []
        for (regressor,) in estimator.estimators_:
            t = regressor.tree_
            leaf = t.children_left < 0
            trees.append(Tree(
                feature=tuple(int(f) if not is_leaf else -1
                              for f, is_leaf in zip(t.feature, leaf, strict=True)),
                threshold=tuple(float(v) if not is_leaf else 0.0
                                for v, is_leaf in zip(t.threshold, leaf, strict=True)),
                left=tuple(int(v) for v in t.children_left),
                right=tuple(int(v) for v in t.children_right),
                value=tuple(round(rate * float(v), 9) if is_leaf else 0.0
                            for v, is_leaf in zip(t.value[:, 0, 0], leaf, strict=True)),
            ))  # fmt: skip
        n = int(estimator.n_features_in_)
        ensemble = cls(base=0.0, trees=tuple(trees), n_features=n, method=method)
        # The initial log-odds (the weighted prior), read through the public
        # decision_function: its value at any point minus the trees' sum there.
        origin = np.zeros((1, n))
        base = float(estimator.decision_function(origin)[0]) - ensemble.logit(origin[0])
        return cls(base=base, trees=tuple(trees), n_features=n, method=method)


def _well_formed(tree: Tree) -> bool:
    """Whether the node lists agree in length and every child index is a node."""
    n = len(tree.feature)
    if n == 0 or any(len(getattr(tree, name)) != n for name in _FIELDS):
        return False
    return all(-1 <= c < n for c in (*tree.left, *tree.right))
