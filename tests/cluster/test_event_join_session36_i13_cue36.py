"""Session 36 (docs/eval-clustering.md, "Session 36: a same-event cue"): the particulars
two leads share (``cluster.event_cue``) and the join of a low-score candidate of one
event on a shared event day (``cluster.event_join``). Words here are a valley town's
sluice gate, unlike the gold's politics."""

from __future__ import annotations

import dataclasses
from datetime import date

from newsprism.cluster import event_cue
from newsprism.cluster.crosslang import memory_texts
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval import gold_article

PACKAGED = load_model()


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
    joined, p = _run(PACKAGED, "Tuesday")
    assert not joined and p < PACKAGED.threshold  # apart under the packaged model
    cue = dataclasses.replace(PACKAGED, cue_floor=p - 0.01, cue_size=1)
    assert _run(cue, "Tuesday")[0]  # "on Tuesday" in both leads: one day
    assert _run(cue, "yesterday")[0]  # "yesterday" of Wednesday is that Tuesday
    assert not _run(cue, "Sunday")[0]  # another day: apart
    assert not _run(cue, "the morning")[0]  # the second lead dates nothing: apart
    # A week later "Tuesday" is another Tuesday.
    assert not _run(cue, "Tuesday", "2024-05-15T10:00:00Z")[0]


def test_the_floor_and_the_switch() -> None:
    p = _run(PACKAGED, "Tuesday")[1]
    assert not _run(dataclasses.replace(PACKAGED, cue_floor=p + 0.01), "Tuesday")[0]
    assert PACKAGED.cue_floor == 0 and "cue_floor" not in PACKAGED.as_dict()
    kept = ClusterModel.from_dict({**PACKAGED.as_dict(), "cue_floor": 0.05, "cue_size": 2})
    assert (kept.cue_floor, kept.cue_size) == (0.05, 2)
    assert kept.as_dict()["cue_floor"] == 0.05
