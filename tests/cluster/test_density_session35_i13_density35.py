"""Session 35 (docs/eval-clustering.md, "a threshold that follows the competition"): the
dated join threshold moves on the log-odds scale with the count of competing candidates
(``cluster.density``). Words here are a lighthouse keeper's rescue, unlike the gold's
politics."""

from __future__ import annotations

import dataclasses

import pytest

from newsprism.cluster import density
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval import gold_article

PACKAGED = load_model()
CONTESTED = dataclasses.replace(PACKAGED, density_slope=1.0, density_pivot=3.0,
                                density_floor=0.02)  # fmt: skip
BY_LIVE = dataclasses.replace(CONTESTED, density_floor=0.0, density_pivot=100.0)


def _x(model: ClusterModel, *, dated: bool = True, named: bool = True) -> list[float]:
    """A comparison's features: middling likeness, named on both sides by default."""
    return model.inputs(0.5, (0.2, 0.2, 0.1), 3.0 if dated else None, named)


def test_the_count_is_the_candidates_at_the_floor_or_the_live_set() -> None:
    assert density.competitors(CONTESTED, [0.3, 0.05, 0.021, 0.019, 0.0], 400) == 3
    assert density.competitors(CONTESTED, [0.01], 400) == 1  # never 0: the log is defined
    assert density.competitors(BY_LIVE, [0.3, 0.05], 250) == 250


def test_fewer_competitors_lower_the_threshold_and_more_raise_it() -> None:
    x, base = _x(CONTESTED), CONTESTED.threshold
    alone, pivot, crowded = (density.adjust(CONTESTED, base, x, "en", k) for k in (1, 3, 9))
    assert alone < pivot < crowded
    assert pivot == pytest.approx(base)
    # The odds move by the ratio of counts: three times fewer, three times lower odds.
    odds = [t / (1 - t) for t in (alone, pivot, crowded)]
    assert odds[1] / odds[0] == pytest.approx(3.0) and odds[2] / odds[1] == pytest.approx(3.0)
    assert density.adjust(CONTESTED, base, x, "en", 10_000) == density.MAX_THRESHOLD
    steep = dataclasses.replace(CONTESTED, density_slope=5.0)
    assert density.adjust(steep, base, x, "en", 1) == density.MIN_THRESHOLD


def test_off_undated_unnamed_or_untrained_keep_the_threshold_given() -> None:
    base = CONTESTED.threshold
    assert density.adjust(PACKAGED, base, _x(PACKAGED), "en", 1) == base  # off
    assert "density_slope" not in PACKAGED.as_dict()  # the packaged file reads as before
    undated = _x(CONTESTED, dated=False)
    assert density.adjust(CONTESTED, 0.3, undated, "en", 1) == 0.3
    assert density.adjust(CONTESTED, base, _x(CONTESTED, named=False), "en", 1) == base
    assert density.adjust(CONTESTED, 0.5, _x(CONTESTED), "sw", 1) == 0.5
    kept = ClusterModel.from_dict({**PACKAGED.as_dict(), "density_slope": 1.0,
                                   "density_pivot": 3.0, "density_floor": 0.02})  # fmt: skip
    assert (kept.density_slope, kept.density_pivot, kept.density_floor) == (1.0, 3.0, 0.02)


RESCUE = [("Keeper rows out to pull two anglers from Dunmore rocks",
           "Lighthouse keeper Tomas Reyl rowed through a squall on Sunday to reach two "
           "anglers stranded on the Dunmore rocks as the tide rose, the harbour board said. "
           "Both men were treated for cold at Brannock clinic."),
          ("Anglers thank the Dunmore keeper who would not wait for the lifeboat",
           "The two fishermen said they had given up hope when a small boat appeared out of "
           "the rain. Reyl, 64, has kept the Dunmore light for thirty years and said he "
           "only did what any neighbour would.")]  # fmt: skip


RIVAL = ("Dunmore harbour board raises mooring fees for the summer",
         "Boat owners at Dunmore will pay a third more for moorings from July, the harbour "
         "board said on Saturday, blaming the cost of dredging the channel near the light.")


def _features(texts: list[tuple[str, str]] = RESCUE) -> list:
    arts = [gold_article(f"r{n}", body, title=title, published_at=f"2024-06-0{n + 1}T09:00:00Z")
            for n, (title, body) in enumerate(texts)]  # fmt: skip
    return compute_features(arts, PACKAGED.embedder)


def _joined(model: ClusterModel, features: list) -> tuple[bool, float]:
    clusterer = StreamClusterer(model, model_idf(model))
    first = clusterer.add(features[0])
    [(_, x)] = clusterer.candidate_features(features[1])
    second = clusterer.add(features[1])
    return second.story_id == first.story_id, model.probability(x)


def test_an_uncontested_pair_joins_below_the_threshold_a_contested_one_does_not() -> None:
    features = _features()
    _, p = _joined(PACKAGED, features)
    # The model's threshold just above this pair's probability: apart without the rule.
    strict = dataclasses.replace(PACKAGED, threshold=p + 0.01)
    assert not _joined(strict, features)[0]
    # One candidate, three expected: the threshold falls under p, and the pair joins.
    assert _joined(dataclasses.replace(strict, density_slope=1.0, density_pivot=3.0,
                                       density_floor=0.001), features)[0]  # fmt: skip
    # The pivot at one candidate: the count is the pivot, the threshold stays.
    assert not _joined(dataclasses.replace(strict, density_slope=1.0, density_pivot=1.0,
                                           density_floor=0.001), features)[0]  # fmt: skip


def test_a_rival_story_live_makes_the_same_pair_contested() -> None:
    """The rival (another item of the same harbour) is live first: the second rescue report
    then has two candidates over the floor, and at pivot 2 its threshold stays."""
    rival, first, second = _features([RIVAL, *RESCUE])
    _, p = _joined(PACKAGED, [first, second])
    model = dataclasses.replace(PACKAGED, threshold=p + 0.01, density_slope=1.0,
                                density_pivot=2.0, density_floor=0.001)  # fmt: skip
    clusterer = StreamClusterer(model, model_idf(model))
    clusterer.add(rival)
    founded = clusterer.add(first)
    probabilities = [model.probability(x) for _, x in clusterer.candidate_features(second)]
    assert len(probabilities) == 2 and min(probabilities) >= model.density_floor
    assert clusterer.add(second).story_id != founded.story_id  # contested: apart
    assert _joined(model, [first, second])[0]  # alone with its founder: joined
