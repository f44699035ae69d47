"""Session 35 (docs/eval-clustering.md, "Session 35: what the baseline gets right"): on a
sparse stream (fewer than ``sparse_live`` live stories) a dated join to a small story
needs only ``sparse_threshold`` (``cluster.sparse``). Words here are a ferry's engine
failure, unlike the gold's politics."""

from __future__ import annotations

import dataclasses

from newsprism.cluster import sparse
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval import gold_article

PACKAGED = load_model()
SPARSE = dataclasses.replace(PACKAGED, sparse_live=30, sparse_threshold=0.1, sparse_size=1)


def _x(model: ClusterModel, *, dated: bool = True, named: bool = True) -> list[float]:
    """A comparison's features: middling likeness, named on both sides by default."""
    return model.inputs(0.5, (0.2, 0.2, 0.1), 3.0 if dated else None, named)


def test_a_sparse_stream_lowers_the_threshold_of_a_small_story() -> None:
    x = _x(SPARSE)
    assert sparse.applies(SPARSE, x, "en", live_count=12, story_size=1)
    assert sparse.join_threshold(SPARSE, x, "en", 12, 1) == 0.1
    assert sparse.join_threshold(SPARSE, x, None, 0, 1) == 0.1


def test_a_crowded_stream_a_large_story_or_an_undated_one_keep_the_model_threshold() -> None:
    dated, undated = _x(SPARSE), _x(SPARSE, dated=False)
    assert sparse.join_threshold(SPARSE, dated, "en", 30, 1) == SPARSE.threshold  # crowded
    assert sparse.join_threshold(SPARSE, dated, "en", 5, 2) == SPARSE.threshold  # too large
    assert not sparse.applies(SPARSE, undated, "en", 5, 1)  # the undated scorer decides
    assert sparse.join_threshold(SPARSE, undated, "en", 5, 1) == SPARSE.undated_threshold
    # Text without names on one side (lower-cased snippets) keeps the model's threshold.
    assert sparse.join_threshold(SPARSE, _x(SPARSE, named=False), "en", 5, 1) == SPARSE.threshold
    # A language the model was not trained on keeps its raised threshold.
    assert sparse.join_threshold(SPARSE, dated, "sw", 5, 1) == SPARSE.untrained_threshold


def test_off_in_the_packaged_model_and_never_above_its_threshold() -> None:
    assert not sparse.applies(PACKAGED, _x(PACKAGED), "en", 0, 1)
    higher = dataclasses.replace(SPARSE, sparse_threshold=0.9, sparse_size=0)
    assert sparse.join_threshold(higher, _x(higher), "en", 3, 40) == higher.threshold
    assert "sparse_live" not in PACKAGED.as_dict()  # the file reads as before
    kept = ClusterModel.from_dict({**PACKAGED.as_dict(), "sparse_live": 30,
                                   "sparse_threshold": 0.1, "sparse_size": 1})  # fmt: skip
    assert (kept.sparse_live, kept.sparse_threshold, kept.sparse_size) == (30, 0.1, 1)


FERRY = [("Ferry drifts for hours after engine failure off Skerrin",
          "The Skerrin Line ferry Osprey lost both engines in heavy seas on Tuesday and "
          "drifted for five hours with 212 passengers aboard before tugs from Carran towed "
          "it to harbour, the coastguard said. Captain Ilse Marr said no one was hurt."),
         ("Passengers describe long night on stricken Osprey",
          "Travellers on the Osprey said children slept on the floor of the lounge as the "
          "ship rolled for hours. The operator, Skerrin Line, offered refunds and said an "
          "inquiry into the engines would report within a month.")]  # fmt: skip


def _ferry_features() -> list:
    arts = [gold_article(f"f{n}", body, title=title, published_at=f"2024-05-0{n + 1}T10:00:00Z")
            for n, (title, body) in enumerate(FERRY)]  # fmt: skip
    return compute_features(arts, PACKAGED.embedder)


def _probability(features: list) -> float:
    clusterer = StreamClusterer(PACKAGED, model_idf(PACKAGED))
    clusterer.add(features[0])
    [(_, x)] = clusterer.candidate_features(features[1])
    return PACKAGED.probability(x)


def _joined(model: ClusterModel, features: list) -> bool:
    clusterer = StreamClusterer(model, model_idf(model))
    first, second = (clusterer.add(f) for f in features)
    return first.story_id == second.story_id


def test_the_stream_joins_between_the_two_thresholds_only_while_sparse() -> None:
    features = _ferry_features()
    p = _probability(features)
    # The model's threshold just above this pair's probability, the sparse one below it.
    model = dataclasses.replace(PACKAGED, threshold=p + 0.01, sparse_threshold=p - 0.01,
                                sparse_size=1, sparse_live=2)  # fmt: skip
    assert _joined(model, features)  # one live story: sparse
    assert not _joined(dataclasses.replace(model, sparse_live=1), features)  # not sparse
    assert not _joined(dataclasses.replace(model, sparse_live=0), features)  # off


def test_two_reports_of_one_event_with_few_shared_words_join_only_on_a_sparse_stream() -> None:
    features = _ferry_features()
    assert _probability(features) < PACKAGED.threshold  # the second report's angle differs
    assert not _joined(PACKAGED, features)
    measured = dataclasses.replace(PACKAGED, sparse_live=30, sparse_threshold=0.075,
                                   sparse_size=1)  # fmt: skip
    assert _joined(measured, features)
