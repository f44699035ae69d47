"""Session 37 (issue 13, branch i13-dense37): three switches measured on the dense day and
shipped off (docs/eval-clustering.md, "Session 37: …").

- ``split_named``: the split step checks only a story whose units mostly have names
  (GoogleNews' unnamed snippets score one event's pairs too low, and the step at a
  higher scale cut their stories apart);
- ``split_weekday_gap``: a part is cut off only when the weekday its leads name most is
  more than that many days from the founder's part's;
- ``cue_day_rivals``: the same-event join's shared day must be named by the founders of
  at most that many of the article's other candidates.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from newsprism.cluster import event_join
from newsprism.cluster import split as splitting
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.profile import Weighted
from newsprism.cluster.stream import StreamClusterer
from tests.cluster.test_split import PILOT_ITEMS, TRAM_ITEMS, _articles, _planted


def test_the_split_step_reads_only_a_mostly_named_story() -> None:
    model = splitting.with_split(load_model(), "on")
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS, PILOT_ITEMS))
    c = StreamClusterer(dataclasses.replace(model, split_scale=0.0), model_idf(model))
    story = _planted(c, tram, pilots)
    c.add(tram[4])  # 8 members, the split off: the chain stays
    cluster = c.live[story]
    features = {f.article_id: f for f in [*tram, *pilots]}
    assert len(splitting.plan(model, cluster, features, c.weigh_member)) == 2
    named = dataclasses.replace(model, split_named=True)
    assert len(splitting.plan(named, cluster, features, c.weigh_member)) == 2  # names: read

    def unnamed(f):  # the story's units as an unnamed snippet's
        w = c.weigh_member(f)
        return Weighted(w.title, w.body, {})

    assert splitting.plan(named, cluster, features, unnamed) == []
    assert "split_named" not in load_model().as_dict()  # off in the packaged file
    assert ClusterModel.from_dict({**load_model().as_dict(), "split_named": True}).split_named


def test_a_part_is_cut_off_only_on_another_day_of_the_week() -> None:
    model = splitting.with_split(load_model(), "on")
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS, PILOT_ITEMS))
    c = StreamClusterer(dataclasses.replace(model, split_scale=0.0), model_idf(model))
    story = _planted(c, tram, pilots)
    c.add(tram[4])
    # The council voted on Tuesday, the pilots walked out on Thursday: two days apart
    # (bit 1 and bit 3 of the leads' weekday masks).
    dated = [dataclasses.replace(f, weekdays=1 << 1) for f in tram]
    dated += [dataclasses.replace(f, weekdays=1 << 3) for f in pilots]
    cluster, features = c.live[story], {f.article_id: f for f in dated}
    for gap, parts in ((-1, 2), (0, 2), (1, 2), (2, 0), (3, 0)):
        gapped = dataclasses.replace(model, split_weekday_gap=gap)
        assert len(splitting.plan(gapped, cluster, features, c.weigh_member)) == parts, gap
    # A part whose leads name no weekday stays with the founder's.
    dayless = {k: dataclasses.replace(f, weekdays=0) if k.startswith("pilots") else f
               for k, f in features.items()}  # fmt: skip
    gapped = dataclasses.replace(model, split_weekday_gap=0)
    assert splitting.plan(gapped, cluster, dayless, c.weigh_member) == []
    assert "split_weekday_gap" not in load_model().as_dict()  # off in the packaged file


def test_the_day_bar_over_the_articles_own_candidates() -> None:
    days = event_join.LeadDays(lambda ids: {"a": "on Tuesday", "b": "Tuesday and Friday",
                                            "c": "on Friday"})  # fmt: skip

    class Story:  # what ``few_rivals`` reads of a candidate story
        def __init__(self, founder: str) -> None:
            self.members = [type("M", (), {"article_id": founder, "headline": ""})()]
            self.t_first = 1715162400.0  # Wednesday 8 May 2024, 10:00 UTC

    ranked = [(-0.1, 0.0, s, [], Story(s)) for s in ("a", "b", "c")]
    tuesday = frozenset({date(2024, 5, 7)})
    assert event_join.few_rivals(tuesday, days, ranked, "a", 1)  # "b" names it: one rival
    assert not event_join.few_rivals(tuesday, days, ranked, "a", 0)
    assert event_join.few_rivals(tuesday, days, ranked, "a", -1)  # -1: not read
    assert event_join.few_rivals(frozenset({date(2024, 5, 3)}), days, ranked, "c", 1)
    assert load_model().cue_day_rivals == -1 and "cue_day_rivals" not in load_model().as_dict()
