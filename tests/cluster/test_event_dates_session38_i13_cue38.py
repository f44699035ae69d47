"""Session 38 (issue 13, branch i13-cue38; docs/clustering.md, "Session 38: …"): two
switches measured on the dense day and shipped off.

- ``cue_date_gap``: a dated join of two named sides is refused when the article's title
  and lead print calendar dates and none is within that many days of one the story's
  members print (``cluster.event_dates``);
- ``split_dated``: the split step checks only a story most of whose unit pairs the
  dated scorer scores.

Words here are session 31's harbour fire and session 37's tram chain, unlike the gold's
politics.
"""

from __future__ import annotations

import dataclasses

import pytest

from newsprism.cluster import split as splitting
from newsprism.cluster.event_dates import OFF, far_apart, month_days
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from tests.cluster.test_split import PILOT_ITEMS, TRAM_ITEMS, _articles, _planted
from tests.cluster.test_weekdays_session31_i13_weekday import _together


@pytest.mark.parametrize(("text", "dates"), [
    ("The Senate hearing on Sept. 28 ran late.", {(9, 28)}),
    ("Claims for the week ended May 15th fell; on March 3, 2021 they rose.", {(5, 15), (3, 3)}),
    ("Prices may 15 times rise, officials said in March 2021.", set()),  # the verb; no day
    ("A report dated June 31 was a typo.", set()),  # no such day
    ("Feb. 29 came and went.", {(2, 29)}),
])  # fmt: skip
def test_the_dates_a_lead_prints(text: str, dates: set) -> None:
    assert month_days(text) == dates


def test_dates_are_compared_around_the_year() -> None:
    assert not far_apart(frozenset({(12, 31)}), frozenset({(1, 1)}), 1)  # one day apart
    assert far_apart(frozenset({(9, 28)}), frozenset({(1, 8), (8, 18)}), 7)
    assert not far_apart(frozenset({(9, 28)}), frozenset({(1, 8), (9, 29)}), 1)
    assert not far_apart(frozenset(), frozenset({(1, 8)}), 0)  # one side prints none


def test_two_reports_dating_the_fire_to_other_dates_stay_apart() -> None:
    checked = dataclasses.replace(load_model(), cue_date_gap=1)
    assert _together("March 3", "March 3", checked)
    assert _together("March 3", "March 4", checked)  # the day after: within the gap
    assert not _together("March 3", "Feb. 14", checked)
    assert _together("March 3", "Feb. 14")  # the packaged model does not ask
    assert _together("March 3", "the night", checked)  # one side prints no date


def test_the_date_check_is_off_in_the_packaged_file_and_reads_back() -> None:
    model = load_model()
    assert model.cue_date_gap == OFF and "cue_date_gap" not in model.as_dict()
    assert ClusterModel.from_dict({**model.as_dict(), "cue_date_gap": 2}).cue_date_gap == 2
    assert "split_dated" not in model.as_dict()
    assert ClusterModel.from_dict({**model.as_dict(), "split_dated": True}).split_dated


def test_the_split_step_reads_only_a_mostly_dated_story() -> None:
    model = dataclasses.replace(splitting.with_split(load_model(), "on"), split_scale=1.0)
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS, PILOT_ITEMS))
    c = StreamClusterer(dataclasses.replace(model, split_scale=0.0), model_idf(model))
    story = _planted(c, tram, pilots)
    c.add(tram[4])  # 8 members, the split off: the chain stays
    cluster = c.live[story]
    dated = {f.article_id: f for f in [*tram, *pilots]}
    undated = {k: dataclasses.replace(f, published=None) for k, f in dated.items()}
    only_dated = dataclasses.replace(model, split_dated=True)
    assert len(splitting.plan(model, cluster, dated, c.weigh_member)) == 2
    assert len(splitting.plan(only_dated, cluster, dated, c.weigh_member)) == 2
    assert len(splitting.plan(model, cluster, undated, c.weigh_member)) == 2
    assert splitting.plan(only_dated, cluster, undated, c.weigh_member) == []
