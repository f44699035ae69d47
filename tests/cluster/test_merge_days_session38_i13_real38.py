"""The merge step's partners read as a join reads them (``cluster.merge_days``, session
38): only dated stories (``merge_dated``), and not two named stories whose leads date
their acts to weekdays too far apart (``merge_weekday_gap``).

The over-split is the one ``test_merge`` plants: three reports of the Lyon tram vote in
one story, three more planted in a second, then a fourth report makes a check. Here the
first story's leads say the vote was on Tuesday, the planted ones say Tuesday (one
event) or Friday (three days off: another step of the same topic).
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsprism.cluster import merge_days
from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.merge import reports, with_merge
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from tests.cluster.test_merge import PILOT_ITEMS, TRAM_ITEMS, _planted
from tests.cluster.test_split import _articles

OLD_MERGE = {"merge_scale": 0.0, "merge_dated": False, "merge_weekday_gap": -1}


@pytest.fixture(scope="module")
def model() -> ClusterModel:
    """The merge step at decision 21's setting, without this session's conditions."""
    return with_merge(dataclasses.replace(load_model(), **OLD_MERGE), "on")


def _tram(second_day: str) -> list[ArticleFeatures]:
    """The tram reports, the first three (and the seventh) dated to Tuesday by their
    leads, the three planted ones to ``second_day``."""
    items = [dict(i) for i in TRAM_ITEMS]
    for k, item in enumerate(items):
        day = second_day if 3 <= k < 6 else "Tuesday"
        item["text"] = f"The Lyon council voted on {day}. {item['text'].replace('Tuesday', day)}"
    return compute_features(_articles(items))


def _after_check(model: ClusterModel, tram: list[ArticleFeatures]) -> tuple[str, str, set[str]]:
    c = StreamClusterer(model, model_idf(model))
    first, second = _planted(c, tram, compute_features(_articles(PILOT_ITEMS)))
    c.add(tram[6])  # a story reaches 4 members: the check
    return first, second, set(c.live)


@pytest.mark.parametrize(("second_day", "gap", "merged"), [
    ("Tuesday", 2, True),   # one act, one day: the pieces merge
    ("Wednesday", 2, True),  # a day later ("Wednesday's vote") is within the gap
    ("Friday", -1, True),   # the check off: as decision 21 merged them
    ("Friday", 2, False),   # three days apart: another step, refused
    ("Friday", 3, True),    # within a gap of three
])  # fmt: skip
def test_the_weekday_gap_refuses_a_merge_of_far_days(model, second_day, gap, merged) -> None:
    gapped = dataclasses.replace(model, merge_weekday_gap=gap)
    first, second, live = _after_check(gapped, _tram(second_day))
    assert first in live
    assert (second not in live) is merged


def test_a_story_whose_leads_name_no_weekday_is_not_refused(model) -> None:
    tram = compute_features(_articles(TRAM_ITEMS))  # item 1 onwards name no weekday at all
    gapped = dataclasses.replace(model, merge_weekday_gap=0)
    first, second, live = _after_check(gapped, tram)
    assert first in live and second not in live


def test_merge_dated_reads_only_stories_with_times(model) -> None:
    tram = _tram("Tuesday")
    c = StreamClusterer(model, model_idf(model))
    first, second = _planted(c, tram, compute_features(_articles(PILOT_ITEMS)))
    a, b = c.live[first], c.live[second]
    have = {f.article_id: f for f in tram}
    by_id = {s.story_id: reports(s, model.merge_members) for s in (a, b)}
    dated = dataclasses.replace(model, merge_dated=True)
    assert merge_days.allowed_partners(dated, a, [b], by_id, have) == [b]
    undated = dataclasses.replace(b, t_first=None, t_last=None)
    assert merge_days.allowed_partners(dated, a, [undated], by_id, have) == []
    assert merge_days.allowed_partners(model, a, [undated], by_id, have) == [undated]


def test_the_fields_round_trip_and_are_off_in_the_packaged_model() -> None:
    packaged = load_model()
    assert not packaged.merge_dated and packaged.merge_weekday_gap == -1
    assert packaged.merge_scale == 0, "measured, not switched on (session 38)"
    on = dataclasses.replace(packaged, merge_dated=True, merge_weekday_gap=2)
    again = ClusterModel.from_dict(json.loads(json.dumps(on.as_dict())))
    assert (again.merge_dated, again.merge_weekday_gap) == (True, 2)
    off = packaged.as_dict()
    assert "merge_dated" not in off and "merge_weekday_gap" not in off
