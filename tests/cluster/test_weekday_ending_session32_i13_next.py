"""scripts/dense_joins.py's ``built:agree`` ending (session 32, measured, not kept): an
article the weekday check refused may then join only a story whose members name a
weekday within the model's gap of its own. Figures in docs/eval-clustering.md
("Session 32: what a refused article does next"). Words: a harbour fire."""

from __future__ import annotations

from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval import gold_article
from tests.cluster.corpus import study_script

dense_joins = study_script("dense_joins")

FIRE = ("A fire swept through the Port Elliot fish market {day}, destroying forty stalls, "
        "the Harbour Authority said. Fire chief Maria Okonkwo said crews from Kestrel Bay "
        "fought the blaze for six hours.")  # fmt: skip


def _story_and_article(story_day: str, article_day: str):  # type: ignore[no-untyped-def]
    """A live story of one fire report dating the fire to ``story_day``, and a second
    report's features dating it to ``article_day``."""
    one, two = compute_features([
        gold_article("one", FIRE.format(day=story_day), title="Harbour fire destroys market",
                     published_at="2024-03-05T20:00:00Z"),
        gold_article("two", FIRE.format(day=article_day), title="Market fire: traders count cost",
                     published_at="2024-03-06T09:00:00Z")])  # fmt: skip
    model = load_model()
    clusterer = StreamClusterer(model, model_idf(model))
    story_id = clusterer.add(one).story_id
    return model, two, clusterer.live[story_id]


def test_a_story_naming_a_near_weekday_agrees() -> None:
    model, f, story = _story_and_article("on Tuesday night", "on Wednesday")
    assert dense_joins.weekday_agrees(model, f, story)


def test_a_story_naming_a_far_weekday_or_none_does_not() -> None:
    model, f, story = _story_and_article("on Tuesday night", "on Friday")
    assert not dense_joins.weekday_agrees(model, f, story)
    model, f, story = _story_and_article("late at night", "on Wednesday")
    assert not dense_joins.weekday_agrees(model, f, story)  # no positive evidence
