"""The merge step's rare-shared-name condition (``merge_name_idf``, session 29): two
stories of one event merge only when their reports share a name at least that rare in
the model's IDF table; off (0) it changes nothing, and a packaged file does not carry it.

The over-split is the one ``test_merge`` plants: three reports of the Lyon tram vote in
one story, three more planted in a second, then a fourth report makes a check.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.merge import shares_rare_name, with_merge
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from tests.cluster.test_merge import PILOT_ITEMS, TRAM_ITEMS, _planted
from tests.cluster.test_split import _articles


@pytest.fixture(scope="module")
def model() -> ClusterModel:
    packaged = load_model()
    assert packaged.merge_name_idf == 0, "the packaged model has no name condition"
    return with_merge(packaged, "on")


@pytest.fixture(scope="module")
def tram() -> list[ArticleFeatures]:
    return compute_features(_articles(TRAM_ITEMS))


def _rarest_shared(model: ClusterModel, a: list[ArticleFeatures],
                   b: list[ArticleFeatures]) -> float:  # fmt: skip
    """The highest IDF of a name both groups cite (what the condition compares)."""
    idf = model_idf(model)
    shared = set().union(*(f.entity_tf for f in a)) & set().union(*(f.entity_tf for f in b))
    assert shared, "the planted stories share a name (Lyon)"
    return max(idf.get(t, model.default_idf) for t in shared)


def _after_check(model: ClusterModel, tram: list[ArticleFeatures]) -> tuple[str, str, set[str]]:
    pilots = compute_features(_articles(PILOT_ITEMS))
    c = StreamClusterer(model, model_idf(model))
    first, second = _planted(c, tram, pilots)
    c.add(tram[6])  # a story reaches 4 members: the check
    return first, second, set(c.live)


def test_a_shared_name_at_the_bar_lets_the_two_pieces_merge(model, tram) -> None:
    bar = _rarest_shared(model, tram[:3], tram[3:6])
    named = dataclasses.replace(model, merge_name_idf=bar)
    first, second, live = _after_check(named, tram)
    assert first in live and second not in live


def test_no_name_that_rare_keeps_the_two_pieces_apart(model, tram) -> None:
    bar = _rarest_shared(model, tram[:3], tram[3:6]) + 0.01
    named = dataclasses.replace(model, merge_name_idf=bar)
    first, second, live = _after_check(named, tram)
    assert {first, second} <= live
    # The same stories without the condition merge: the condition is what kept them.
    first, second, live = _after_check(model, tram)
    assert first in live and second not in live


def test_shares_rare_name_reads_names_not_other_words(model, tram) -> None:
    pilots = compute_features(_articles(PILOT_ITEMS))
    idf = model_idf(model)
    assert shares_rare_name(tram[:3], tram[3:6], idf, model.default_idf, 0.0)
    # Tram and strike share words ("Mayor", "on", "in") but no name of any rarity.
    assert not shares_rare_name(tram[:3], pilots, idf, model.default_idf, 0.0)


def test_the_field_round_trips_and_is_left_out_when_off(model) -> None:
    named = dataclasses.replace(model, merge_name_idf=9.0)
    again = ClusterModel.from_dict(json.loads(json.dumps(named.as_dict())))
    assert again.merge_name_idf == 9.0
    assert "merge_name_idf" not in load_model().as_dict()
