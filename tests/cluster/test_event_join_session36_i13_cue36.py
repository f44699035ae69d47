"""Session 36 (docs/eval-clustering.md, "Session 36: a same-event cue for the low-score
joins"): the particulars two leads share (``cluster.event_cue``) and the join of a
low-score candidate of one event on a shared event day (``cluster.event_join``). Words
here are a valley town's sluice gate, unlike the gold's politics."""

from __future__ import annotations

import dataclasses
from datetime import date

from newsprism.cluster import event_cue, event_join
from newsprism.cluster.crosslang import memory_texts
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval import gold_article

PACKAGED = load_model()
OFF = dataclasses.replace(PACKAGED, cue_floor=0.0)  # version 5's decisions


def test_numbers_keep_amounts_tallies_and_ages_not_years_small_counts_or_days() -> None:
    text = ("The council voted 14-9 on Tuesday to spend $2.5 million, 1,200 homes and a "
            "71-year-old keeper; in 2023 three gates failed on June 15 at 10:30; COVID-19 "
            "closed the G20 office and 7 staff left")  # fmt: skip
    assert event_cue.numbers(text) == {"14", "2.5e+06", "1200", "71"}
    assert event_cue.numbers("$2.5 million") == event_cue.numbers("2.5 million")
    assert event_cue.numbers("rates rose 3.5%") == event_cue.numbers("rates rose 3.5 percent")


def test_event_days_resolve_against_the_reports_own_day() -> None:
    wednesday = date(2024, 5, 8)
    assert event_cue.event_days("the gate failed on Tuesday", wednesday) == {date(2024, 5, 7)}
    assert event_cue.event_days("it failed yesterday", wednesday) == {date(2024, 5, 7)}
    assert event_cue.event_days("last Wednesday", wednesday) == {date(2024, 5, 1)}
    assert event_cue.event_days("on May 7", wednesday) == {date(2024, 5, 7)}
    # A month and day well ahead of the report is of the year before; a year given is kept.
    assert event_cue.event_days("since Dec. 20", date(2024, 1, 3)) == {date(2023, 12, 20)}
    assert event_cue.event_days("June 3, 2021", wednesday) == {date(2021, 6, 3)}
    assert event_cue.event_days("on Tuesday", None) == frozenset()
    assert event_cue.event_days("on Tuesday, May 7", wednesday, relative=False) == {
        date(2024, 5, 7)}


SLUICE = ("Sluice gate jams open above Marrowby",
          "A sluice gate of the Marrowby reservoir jammed open on Tuesday and sent water "
          "through the lower town for six hours, the river authority said. Engineer Tova "
          "Brandt said the motor had failed.")  # fmt: skip
RESIDENTS = ("Marrowby residents bail out cellars",
             "Shopkeepers on Mill Row spent {day} pumping brown water from cellars while "
             "volunteers handed out sandbags. The parish clerk said insurers would send "
             "assessors.")  # fmt: skip


def _features(day: str, published: str = "2024-05-08T10:00:00Z") -> tuple[list, object]:
    arts = [gold_article("s0", SLUICE[1], title=SLUICE[0], published_at="2024-05-07T18:00:00Z"),
            gold_article("s1", RESIDENTS[1].format(day=day), title=RESIDENTS[0],
                         published_at=published)]  # fmt: skip
    return compute_features(arts, PACKAGED.embedder), memory_texts(arts)


def _run(model: ClusterModel, day: str, published: str = "2024-05-08T10:00:00Z"
         ) -> tuple[bool, float]:  # fmt: skip
    """Whether the second report joins the first, and its probability against it."""
    features, texts = _features(day, published)
    clusterer = StreamClusterer(model, model_idf(model), texts=texts)
    first = clusterer.add(features[0])
    [(_, x)] = clusterer.candidate_features(features[1])
    second = clusterer.add(features[1])
    return first.story_id == second.story_id, model.probability(x)


def test_a_low_score_report_joins_on_the_day_its_lead_shares() -> None:
    joined, p = _run(OFF, "Tuesday")
    assert not joined and p < PACKAGED.threshold  # apart without the join (version 5)
    cue = dataclasses.replace(PACKAGED, cue_floor=p - 0.01, cue_size=1)
    assert _run(cue, "Tuesday")[0]  # "on Tuesday" in both leads: one day
    assert _run(cue, "yesterday")[0]  # "yesterday" of Wednesday is that Tuesday
    assert not _run(cue, "Sunday")[0]  # another day: apart
    assert not _run(cue, "the morning")[0]  # the second lead dates nothing: apart
    # A week later "Tuesday" is another Tuesday.
    assert not _run(cue, "Tuesday", "2024-05-15T10:00:00Z")[0]


def test_the_floor_the_day_bar_and_the_switch() -> None:
    p = _run(OFF, "Tuesday")[1]
    assert not _run(dataclasses.replace(PACKAGED, cue_floor=p + 0.01), "Tuesday")[0]
    # The shared day named by the founders of more live stories than the bar: apart.
    barred = dataclasses.replace(PACKAGED, cue_floor=p - 0.01, cue_day_live=1)
    assert _run(barred, "Tuesday")[0]  # one live story (the first report) names it
    # Version 6 ships the setting picked in session 36; off reads as version 5's file.
    assert {k: getattr(PACKAGED, k) for k in event_join.PICKED} == event_join.PICKED
    assert PACKAGED.version == 6 and "cue_floor" not in OFF.as_dict()
    kept = ClusterModel.from_dict({**OFF.as_dict(), "cue_floor": 0.05, "cue_size": 2,
                                   "cue_best": True})  # fmt: skip
    assert (kept.cue_floor, kept.cue_size, kept.cue_best) == (0.05, 2, True)
    assert kept.as_dict()["cue_floor"] == 0.05


def test_rare_day_counts_the_live_founders_naming_it() -> None:
    days = event_join.LeadDays(lambda ids: {"a": "on Tuesday", "b": "Tuesday and Friday",
                                            "c": "on Friday"})  # fmt: skip

    class Story:  # what ``rare_day`` reads of a live story
        def __init__(self, founder: str) -> None:
            self.members = [type("M", (), {"article_id": founder, "headline": ""})()]
            self.t_first = 1715162400.0  # Wednesday 8 May 2024, 10:00 UTC

    live = [Story("a"), Story("b"), Story("c")]
    tuesday, friday = date(2024, 5, 7), date(2024, 5, 3)
    assert event_join.rare_day(frozenset({tuesday}), days, live, 2)
    assert not event_join.rare_day(frozenset({tuesday}), days, live, 1)
    assert event_join.rare_day(frozenset({tuesday, friday}), days, live, 2)
    assert event_join.rare_day(frozenset({tuesday}), days, live, 0)  # 0: any day counts
