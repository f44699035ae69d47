"""The core check (decision 15) and its gate on names (decision 22): an article joins a
story only when its body also links to the story's founding reports, and only where
both sides have names, since lower-cased snippets of a broad event share few words one
to one."""

from __future__ import annotations

import dataclasses

import pytest

from newsprism.cluster.model import FEATURES, load_model
from newsprism.eval import gold_article
from newsprism.eval.clustering import cluster_articles
from tests.cluster.corpus import QUAKE, REPORTS

QUAKE_REPORTS = [r for r in REPORTS if r[0] == QUAKE]  # three reports over two days


def _articles(lower: bool) -> list:
    return [gold_article(f"core:{n}", body.lower() if lower else body,
                         title=title.lower() if lower else title, outlet=outlet,
                         published_at=published)
            for n, (_, outlet, published, title, body) in enumerate(QUAKE_REPORTS)]  # fmt: skip


def _model(core_link: float, core_named: bool):
    """The packaged model with its core check at ``core_link`` (0: off)."""
    return dataclasses.replace(load_model(), core_members=8 if core_link else 0,
                               core_link=core_link, core_links=2, core_share=0.5,
                               core_named=core_named)  # fmt: skip


@pytest.mark.parametrize("lower", [False, True])
def test_without_the_check_one_event_is_one_story(lower: bool) -> None:
    assert len(set(cluster_articles(_articles(lower), _model(0.0, False)))) == 1


def test_a_report_that_links_to_no_founding_report_starts_a_story() -> None:
    """At a link no paraphrase reaches, the third report fails the core of two: the
    check, not the probability, keeps it out (the same stream joins without it)."""
    stories = cluster_articles(_articles(lower=False), _model(0.99, core_named=True))
    assert stories[0] == stories[1] and stories[2] != stories[0]


@pytest.mark.parametrize(("core_named", "stories"), [(True, 1), (False, 2)])
def test_the_check_skips_text_without_names_only_when_the_model_says_so(
        core_named: bool, stories: int) -> None:  # fmt: skip
    assert len(set(cluster_articles(_articles(lower=True), _model(0.99, core_named)))) == stories


@pytest.mark.parametrize(("no_time", "no_entities", "core_named", "checked"), [
    (0, 0, True, True),  # dated, both named: checked
    (0, 1, True, False),  # a side without names, gate on: not checked
    (0, 1, False, True),  # gate off: checked
    (1, 0, True, False),  # undated: version 1's scorer, never checked
])  # fmt: skip
def test_which_comparisons_the_core_check_applies_to(no_time, no_entities, core_named,
                                                     checked) -> None:  # fmt: skip
    x = [0.5] * len(FEATURES)
    x[FEATURES.index("no_time")], x[FEATURES.index("no_entities")] = no_time, no_entities
    assert _model(0.2, core_named).checks_core(x) is checked
    assert _model(0.0, core_named).checks_core(x) is False
