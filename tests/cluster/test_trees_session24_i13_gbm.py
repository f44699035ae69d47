"""The boosted-tree scorer of the clusterer (``cluster.trees``, docs/clustering.md
decision 29): evaluated without scikit-learn, it must give scikit-learn's own
predictions; a model file without trees must load and score as before."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.cluster.model import FEATURES, load_model, save_model
from newsprism.cluster.split import pair_probabilities
from newsprism.cluster.stream import StreamClusterer
from newsprism.cluster.trees import Tree, TreeEnsemble
from newsprism.errors import NewsprismError
from newsprism.eval import gold_article
from newsprism.eval.clustering import cluster_articles
from tests.cluster.corpus import QUAKE, REPORTS

BODY = FEATURES.index("body")
NO_TIME = FEATURES.index("no_time")


def _stump(feature: int, threshold: float, low: float, high: float) -> Tree:
    """One split: ``low`` when ``x[feature] <= threshold``, else ``high``."""
    return Tree(feature=(feature, -1, -1), threshold=(threshold, 0.0, 0.0),
                left=(1, -1, -1), right=(2, -1, -1), value=(0.0, low, high))  # fmt: skip


def _comparisons(n: int, seed: int = 0) -> np.ndarray:
    """Comparison vectors shaped like the clusterer's: cosines in [0, 1], dated (no_time
    0), flags 0/1, and a context cosine."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, len(FEATURES)))
    x[:, NO_TIME] = 0.0
    x[:, FEATURES.index("no_entities")] = rng.random(n) < 0.3
    return x


def test_evaluator_gives_sklearns_predictions() -> None:
    ensemble = pytest.importorskip("sklearn.ensemble")
    x = _comparisons(6000)
    # An interaction the logistic cannot express: dense counts only with shared names.
    named = x[:, FEATURES.index("no_entities")] == 0
    y = ((x[:, BODY] > 0.6) | (named & (x[:, 0] > 0.8))).astype(int)
    gbm = ensemble.GradientBoostingClassifier(n_estimators=40, max_depth=3,
                                              learning_rate=0.2, min_samples_leaf=20,
                                              random_state=0)  # fmt: skip
    gbm.fit(x, y, sample_weight=np.linspace(0.5, 1.5, len(y)))
    trees = TreeEnsemble.from_sklearn(gbm)
    expected = gbm.decision_function(x)
    assert np.allclose(trees.logits(x), expected, atol=1e-6)
    assert np.allclose([trees.logit(row) for row in x[:500]], expected[:500], atol=1e-6)
    # Through the model file and ClusterModel.probability, as ingest scores a candidate.
    model = dataclasses.replace(load_model(), trees=trees)
    reloaded = _round_trip(model)
    probability = gbm.predict_proba(x[:500])[:, 1]
    assert np.allclose([reloaded.probability(row) for row in x[:500]], probability, atol=1e-6)


def _round_trip(model):
    """``model`` written with ``save_model`` and read back with ``load_model``."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clusterer.json"
        save_model(model, path)
        return dataclasses.replace(load_model(path), base_dir=model.base_dir)


def test_a_split_goes_left_at_its_threshold_as_float32() -> None:
    trees = TreeEnsemble(base=-1.0, trees=(_stump(BODY, 0.25, -2.0, 3.0),),
                         n_features=len(FEATURES))  # fmt: skip
    x = [0.0] * len(FEATURES)
    for value, logit in ((0.25, -3.0), (0.2500001, 2.0), (0.25000000001, -3.0), (0.9, 2.0)):
        x[BODY] = value  # 0.25000000001 is 0.25 in float32, as scikit-learn reads it
        assert trees.logit(x) == logit
        assert trees.logits(np.array([x]))[0] == logit


def test_row_and_matrix_evaluation_agree_on_deeper_trees() -> None:
    deep = Tree(feature=(BODY, 0, -1, -1, 3, -1, -1), threshold=(0.5, 0.3, 0, 0, 0.7, 0, 0),
                left=(1, 2, -1, -1, 5, -1, -1), right=(4, 3, -1, -1, 6, -1, -1),
                value=(0, -1.0, -0.5, 0, 0.5, 1.0, 2.0))  # fmt: skip
    trees = TreeEnsemble(base=0.1, trees=(deep, _stump(0, 0.4, -0.2, 0.2)),
                         n_features=len(FEATURES))  # fmt: skip
    x = _comparisons(400, seed=1)
    assert np.allclose(trees.logits(x), [trees.logit(row) for row in x], rtol=0, atol=1e-12)
    # Leaves -0.5, 0, 1, 2 (node 1 is inner: its value is never read), each ± 0.2.
    reached = set(np.round(trees.logits(x) - 0.1, 6))
    assert reached == {-0.7, -0.2, 0.2, 0.8, 1.2, 1.8, 2.2}  # x0 <= 0.3: never +0.2


def test_a_model_file_without_trees_loads_and_writes_as_before() -> None:
    packaged = load_model()
    assert packaged.trees is None and "trees" not in packaged.as_dict()
    x = _comparisons(50, seed=2)
    z = packaged.bias + x @ np.array(packaged.weights)
    assert np.allclose([packaged.probability(row) for row in x], 1 / (1 + np.exp(-z)))


def test_trees_score_dated_comparisons_only() -> None:
    trees = TreeEnsemble(base=0.0, trees=(_stump(BODY, 0.5, -4.0, 4.0),),
                         n_features=len(FEATURES))  # fmt: skip
    model = dataclasses.replace(load_model(), trees=trees)
    x = [0.3] * len(FEATURES)
    x[NO_TIME] = 0.0
    assert model.probability(x) == pytest.approx(1 / (1 + np.exp(4.0)))
    x[NO_TIME] = 1.0  # undated: the carried logistic scorer, as without trees
    assert model.probability(x) == load_model().probability(x)


def test_trees_for_other_features_are_refused() -> None:
    data = load_model().as_dict()
    data["trees"] = TreeEnsemble(base=0.0, trees=(_stump(BODY, 0.5, -1.0, 1.0),),
                                 n_features=len(FEATURES) - 1).as_dict()  # fmt: skip
    with pytest.raises(NewsprismError) as err:
        type(load_model()).from_dict(json.loads(json.dumps(data)))
    assert err.value.code == "E421"
    data["trees"]["n_features"] = len(FEATURES)
    data["trees"]["trees"][0]["left"] = [7, -1, -1]  # a child that is no node
    with pytest.raises(NewsprismError):
        type(load_model()).from_dict(data)


def _quake() -> list:
    return [gold_article(f"trees:{n}", body, title=title, outlet=outlet, published_at=published)
            for n, (event, outlet, published, title, body) in enumerate(REPORTS)
            if event == QUAKE]  # fmt: skip


@pytest.mark.parametrize(("low", "stories"), [(-6.0, 3), (6.0, 1)])
def test_the_stream_decides_with_the_trees(low: float, stories: int) -> None:
    """Three reports of one earthquake: trees that score every comparison low keep them
    apart, trees that score it high join them (the logistic weights are the same)."""
    trees = TreeEnsemble(base=0.0, trees=(_stump(BODY, 2.0, low, 0.0),),
                         n_features=len(FEATURES))  # fmt: skip
    model = dataclasses.replace(load_model(), trees=trees, core_members=0)
    assert len(set(cluster_articles(_quake(), model))) == stories


def test_the_split_step_scores_pairs_with_the_trees() -> None:
    """The split step's pair matrix (numpy) gives the per-comparison probability."""
    from newsprism.cluster.features import compute_features
    from newsprism.cluster.model import model_idf

    trees = TreeEnsemble(base=-0.5, trees=(_stump(BODY, 0.2, -3.0, 3.0),
                                           _stump(0, 0.5, -1.0, 1.0)),
                         n_features=len(FEATURES))  # fmt: skip
    model = dataclasses.replace(load_model(), trees=trees)
    fs = compute_features(_quake())
    clusterer = StreamClusterer(model, model_idf(model))
    p, undated = pair_probabilities(model, fs, [clusterer.weigh_member(f) for f in fs])
    assert not undated.any()
    logistic, _ = pair_probabilities(load_model(), fs, [clusterer.weigh_member(f) for f in fs])
    assert not np.allclose(p, logistic)
    assert set(np.round(np.log(p / (1 - p)), 6).ravel()) <= {-4.5, -2.5, 1.5, 3.5}
