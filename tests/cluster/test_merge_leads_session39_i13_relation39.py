"""The merge step read only between stories whose reports carry a body
(``cluster.merge_leads``, session 39: ``merge_min_shingles``).

The over-split is the one ``test_merge`` plants: three reports of the Lyon tram vote in
one story, three more planted in a second, then a fourth report makes a check. Each tram
report's body has 45-49 five-word shingles; a report cut to its first sentence has a
dozen, as AllSides' one-line summaries do.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsprism.cluster import merge_leads
from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.merge import reports, with_merge
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from tests.cluster.test_merge import PILOT_ITEMS, TRAM_ITEMS, _planted
from tests.cluster.test_split import _articles


@pytest.fixture(scope="module")
def model() -> ClusterModel:
    """The merge step at decision 21's setting, without session 38's or 39's conditions."""
    return with_merge(dataclasses.replace(load_model(), merge_scale=0.0), "on")


def _tram(short: int | None = None) -> list[ArticleFeatures]:
    """The tram reports; with ``short``, that report's body cut to its first sentence."""
    items = [dict(i) for i in TRAM_ITEMS]
    if short is not None:
        items[short]["text"] = items[short]["text"].split(". ")[0] + "."
    return compute_features(_articles(items))


def _after_check(model: ClusterModel, tram: list[ArticleFeatures]) -> tuple[str, str, set[str]]:
    c = StreamClusterer(model, model_idf(model))
    first, second = _planted(c, tram, compute_features(_articles(PILOT_ITEMS)))
    c.add(tram[6])  # a story reaches 4 members: the check
    return first, second, set(c.live)


@pytest.mark.parametrize(("short", "min_shingles", "merged"), [
    (None, 0, True),    # the condition off: as decision 21 merged them
    (None, 40, True),   # every report has a body of 45 shingles or more
    (None, 48, False),  # the planted reports have 45 and 47: refused
    (4, 0, True),       # one planted report cut to a line: merged with the condition off
    (4, 20, False),     # ... and refused with it on
])  # fmt: skip
def test_a_merge_needs_a_body_on_both_sides(model, short, min_shingles, merged) -> None:
    tram = _tram(short)
    if short is not None:
        assert tram[short].shingles < 20 <= min(f.shingles for f in tram if f is not tram[short])
    first, second, live = _after_check(
        dataclasses.replace(model, merge_min_shingles=min_shingles), tram)
    assert first in live
    assert (second not in live) is merged


def test_a_story_whose_own_reports_fall_short_reads_no_partner(model) -> None:
    tram = _tram(0)
    c = StreamClusterer(model, model_idf(model))
    first, second = _planted(c, tram, compute_features(_articles(PILOT_ITEMS)))
    a, b = c.live[first], c.live[second]
    have = {f.article_id: f for f in tram}
    by_id = {s.story_id: reports(s, model.merge_members) for s in (a, b)}
    assert merge_leads.with_bodies(second, [a], by_id, have, 20) == []
    assert merge_leads.with_bodies(first, [b], by_id, have, 20) == []
    assert merge_leads.with_bodies(second, [a], by_id, have, 10) == [a]


def test_the_field_round_trips_and_is_off_in_the_packaged_model() -> None:
    packaged = load_model()
    assert packaged.merge_min_shingles == 0
    on = dataclasses.replace(packaged, merge_min_shingles=60)
    again = ClusterModel.from_dict(json.loads(json.dumps(on.as_dict())))
    assert again.merge_min_shingles == 60
    assert "merge_min_shingles" not in packaged.as_dict()
