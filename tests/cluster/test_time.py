"""Time: a story spans at most ``max_span_hours`` (near-copies excepted), and a late
article (a backfill) is compared with the frozen stories of its own time."""

from __future__ import annotations

from dataclasses import replace

from newsprism.cluster.model import load_model
from newsprism.eval.clustering import cluster_articles
from tests.cluster.test_languages import BODY, ORIGINAL, REPORT, _article

UNRELATED = [
    _article(f"u{n}", title, text, "en")
    for n, (title, text) in enumerate([
        ("Storm closes schools in Manila", "Typhoon Ewiniar forced the closure of schools "
         "across Manila as winds reached 150 kilometres an hour, the weather agency said."),
        ("Chess final goes to tie-breaks", "The world chess final between Ding Liren and "
         "Gukesh Dommaraju went to rapid tie-breaks after twelve drawn classical games."),
        ("Wheat prices climb on drought", "Wheat futures in Chicago rose four percent as "
         "drought in Kansas cut forecasts for the winter harvest, traders said."),
    ])
]  # fmt: skip


def _at(article, stamp: str):
    return replace(article, published_at=stamp)


def test_a_report_that_would_stretch_a_story_beyond_its_span_starts_a_new_one() -> None:
    model = load_model()
    later = _at(REPORT, "2024-05-09T10:00:00Z")  # three days after ORIGINAL
    assert len(set(cluster_articles([ORIGINAL, later], model))) == 1
    capped = replace(model, max_span_hours=48.0)
    assert len(set(cluster_articles([ORIGINAL, later], capped))) == 2


def test_a_near_copy_joins_its_original_whatever_the_span() -> None:
    capped = replace(load_model(), max_span_hours=48.0)
    copy = _at(_article("c1", ORIGINAL.title, BODY + " (NTB)", "en"), "2024-06-20T10:00:00Z")
    assert len(set(cluster_articles([ORIGINAL, copy], capped))) == 1


def _backfill(model) -> list[str]:
    """ORIGINAL on May 6; the stream moves on to May 27; then a report of May 6 comes."""
    later = [_at(a, f"2024-05-{13 + 7 * n}T10:00:00Z") for n, a in enumerate(UNRELATED)]
    return cluster_articles([ORIGINAL, *later, REPORT], model)


def test_a_late_report_joins_the_frozen_story_of_its_time() -> None:
    stories = _backfill(load_model())
    assert stories[-1] == stories[0]
    assert len(set(stories)) == 1 + len(UNRELATED)


def test_without_the_late_look_up_the_frozen_story_is_out_of_reach() -> None:
    stories = _backfill(replace(load_model(), late_after_hours=1e9))
    assert stories[-1] != stories[0]
