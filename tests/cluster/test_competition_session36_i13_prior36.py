"""Session 36 (docs/eval-clustering.md, "the competition as a learned feature"): a second
logistic stage whose inputs are the first stage's logit, the live set's size, the
contested count and the margin to the best rival (``cluster.competition``). Words here
are a beekeepers' show, unlike the gold's politics."""

from __future__ import annotations

import dataclasses
import math

import pytest

from newsprism.cluster import competition
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval import gold_article

PACKAGED = load_model()
IDENTITY = {"floor": 0.025, "score": 1.0, "live": 0.0, "contested": 0.0, "margin": 0.0,
            "bias": 0.0}  # fmt: skip


def _staged(**weights: float) -> ClusterModel:
    return dataclasses.replace(PACKAGED, competition={**IDENTITY, **weights})


def _x(model: ClusterModel, dense: float, *, dated: bool = True) -> list[float]:
    return model.inputs(dense, (dense / 2, dense / 2, 0.1), 3.0 if dated else None, True)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def test_the_inputs_count_the_contested_and_measure_the_margin() -> None:
    z = [_logit(0.6), _logit(0.1), _logit(0.03), _logit(0.01)]
    rows = competition.stage_inputs(z, 40, 0.025)
    assert [r[0] for r in rows] == z
    assert all(r[1] == pytest.approx(math.log(40)) for r in rows)
    assert all(r[2] == pytest.approx(math.log(3)) for r in rows)  # three at 0.025 or more
    assert rows[0][3] == pytest.approx(z[0] - z[1])  # the best against the second
    assert rows[1][3] == pytest.approx(z[1] - z[0])  # every other against the best
    # Alone, the rival is read at the floor, and the counts never reach log 0 of nothing.
    (alone,) = competition.stage_inputs([_logit(0.01)], 0, 0.025)
    assert alone[1:] == pytest.approx((0.0, 0.0, _logit(0.01) - _logit(0.025)))


def test_without_the_stage_the_probabilities_are_the_first_stages() -> None:
    xs = [_x(PACKAGED, 0.7), _x(PACKAGED, 0.4), _x(PACKAGED, 0.5, dated=False)]
    assert competition.probabilities(PACKAGED, xs, 30) == [PACKAGED.probability(x) for x in xs]
    assert "competition" not in PACKAGED.as_dict()  # the packaged file reads as before
    identity = _staged()
    assert competition.probabilities(identity, xs, 30) == pytest.approx(
        [PACKAGED.probability(x) for x in xs])  # fmt: skip
    kept = ClusterModel.from_dict(_staged(margin=0.5).as_dict())
    assert kept.competition == {**IDENTITY, "margin": 0.5}


def test_the_stage_moves_dated_comparisons_only() -> None:
    dated, undated = _x(PACKAGED, 0.5), _x(PACKAGED, 0.5, dated=False)
    crowded = _staged(contested=-1.0, live=-0.5)
    p_dated, p_rival, p_undated = competition.probabilities(
        crowded, [dated, _x(PACKAGED, 0.5), undated], 100)  # fmt: skip
    assert p_undated == PACKAGED.probability(undated)
    assert p_dated < PACKAGED.probability(dated)
    assert p_dated == p_rival
    # A margin weight favours the candidate that stands out from its rivals.
    apart = _staged(margin=1.0)
    high, low = competition.probabilities(apart, [_x(PACKAGED, 0.8), _x(PACKAGED, 0.6)], 5)
    assert high > PACKAGED.probability(_x(PACKAGED, 0.8))
    assert low < PACKAGED.probability(_x(PACKAGED, 0.6))


SHOW = [("Beekeepers crown Harlow Vale honey best in county show",
         "Judges at the Harlow Vale county show on Saturday gave the top prize to a dark "
         "heather honey from the Mossop apiary, ahead of forty other jars."),
        ("Mossop apiary's heather honey takes the Harlow Vale prize",
         "Ada Mossop said the heather on the moor had flowered late this year, which she "
         "credits for the dark honey that won at the Harlow Vale show.")]  # fmt: skip


def _placed(model: ClusterModel) -> tuple[str, str]:
    arts = [gold_article(f"h{n}", body, title=title, published_at=f"2024-08-0{n + 1}T09:00:00Z")
            for n, (title, body) in enumerate(SHOW)]  # fmt: skip
    clusterer = StreamClusterer(model, model_idf(model))
    first, second = (clusterer.add(f) for f in compute_features(arts, model.embedder))
    return first.story_id, second.story_id


def test_the_clusterer_decides_on_the_stages_probability() -> None:
    # A threshold the pair's first-stage probability reaches joins it; the same threshold
    # with a stage that lowers every dated probability leaves it apart, and one that
    # raises it joins a pair the first stage alone leaves apart.
    probe = StreamClusterer(PACKAGED, model_idf(PACKAGED))
    arts = [gold_article(f"h{n}", body, title=title, published_at=f"2024-08-0{n + 1}T09:00:00Z")
            for n, (title, body) in enumerate(SHOW)]  # fmt: skip
    feats = compute_features(arts, PACKAGED.embedder)
    probe.add(feats[0])
    ((_, x),) = probe.candidate_features(feats[1])
    z = _logit(PACKAGED.probability(x))
    below = dataclasses.replace(PACKAGED, threshold=1 / (1 + math.exp(1 - z)), core_link=0.0,
                                core_members=0)  # fmt: skip
    above = dataclasses.replace(below, threshold=1 / (1 + math.exp(-1 - z)))
    first, second = _placed(below)
    assert first == second
    first, second = _placed(dataclasses.replace(below, competition={**IDENTITY, "bias": -3.0}))
    assert first != second
    first, second = _placed(above)
    assert first != second
    first, second = _placed(dataclasses.replace(above, competition={**IDENTITY, "bias": 3.0}))
    assert first == second
