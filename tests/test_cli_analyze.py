"""Analyses as a library feature: ``analyze`` fills the store's cache, and ``story``
and the web read the same cache (one computation per story and version)."""

from __future__ import annotations

import json

from newsprism import analyses
from newsprism.store import open_store
from newsprism.web import queries
from tests.test_cli_stories import run, story_db  # noqa: F401 - the fixture


def test_analyze_stores_every_missing_analysis_and_story_reads_it(story_db: str,  # noqa: F811
                                                                  monkeypatch) -> None:  # fmt: skip
    first = run("analyze", "--db", str(story_db), "--format", "json")
    assert first.exit_code == 0, first.output
    report = json.loads(first.output)
    assert report["computed"] == 2 and report["already_analysed"] == 0 and not report["failed"]
    with open_store(story_db) as store:
        seed = store.get_story("seedstory")
        stored = analyses.cached(store, seed)
        assert stored is not None and len(stored["articles"]) == 2
        # The web's pages count it as current, and index its entities.
        assert queries.overview(store)["analysed"] == 2
        assert any(e["key"] == "antony-blinken" for e in queries.entities(store)["entities"])
    again = json.loads(run("analyze", "--db", str(story_db), "--format", "json").output)
    assert again["computed"] == 0 and again["already_analysed"] == 2

    def no_compute(*args, **kwargs):  # a cached story must not be compared again
        raise AssertionError("analysed again")

    monkeypatch.setattr("newsprism.compare.story.analyze_story", no_compute)
    shown = run("story", "seedstory", "--db", str(story_db), "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["analysis"] == stored


def test_story_stores_what_it_computes(story_db: str) -> None:  # noqa: F811
    shown = run("story", "seedstory", "--db", str(story_db), "--format", "json")
    assert shown.exit_code == 0, shown.output
    with open_store(story_db) as store:
        assert analyses.cached(store, store.get_story("seedstory")) == \
            json.loads(shown.output)["analysis"]  # fmt: skip
        assert store.count_current(analyses.ANALYSIS_VERSION) == 1
    report = json.loads(run("analyze", "--db", str(story_db), "--format", "json").output)
    assert report["computed"] == 1 and report["already_analysed"] == 1  # only the lone story
