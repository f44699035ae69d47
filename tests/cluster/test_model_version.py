"""A store records the clusterer model version of its stories, so that `stories` and the
web home page can say when a `recluster` is due (migration 009_story_model)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.cluster import cluster_pending, recluster
from newsprism.cluster.model import load_model
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store
from newsprism.store.stories import recluster_due_warning, story_model_version
from newsprism.web.queries import overview
from tests.cluster.corpus import REPORTS, write_jsonl

CURRENT = load_model().version


def _age(store: SQLiteStore, version: int) -> None:
    store.conn.execute("UPDATE story_model SET version = ?", (version,))


def test_a_fresh_store_records_the_model_of_its_first_stories(fresh_store, stream_file) -> None:
    assert story_model_version(fresh_store) is None  # no stories, no version
    ingest_paths([stream_file], fresh_store)
    assert story_model_version(fresh_store) == CURRENT
    assert recluster_due_warning(fresh_store, CURRENT) is None
    assert overview(fresh_store)["recluster_due"] is False


def test_ingest_keeps_the_older_version_and_recluster_replaces_it(stream_store, tmp_path) -> None:
    _age(stream_store, CURRENT - 1)
    before = stream_store.count()
    more = write_jsonl(tmp_path / "more.jsonl", [
        (event, outlet, published, "Later: " + title, body + " More details came on Tuesday.")
        for event, outlet, published, title, body in REPORTS[:2]])  # fmt: skip
    ingest_paths([more], stream_store)
    assert stream_store.count() == before + 2  # new articles, put in stories
    # Older stories are still in the store: ingest must not claim they are current.
    assert story_model_version(stream_store) == CURRENT - 1
    note = recluster_due_warning(stream_store, CURRENT)
    assert note is not None and "[E310]" in note and "newsprism recluster" in note
    data = overview(stream_store)
    assert data["recluster_due"] is True and data["story_model"] == CURRENT - 1
    recluster(stream_store)
    assert story_model_version(stream_store) == CURRENT
    assert recluster_due_warning(stream_store, CURRENT) is None


def test_a_newer_model_makes_the_stored_stories_due(stream_store) -> None:
    newer = dataclasses.replace(load_model(), version=CURRENT + 1)
    assert recluster_due_warning(stream_store, newer.version) is not None
    cluster_pending(stream_store, newer)  # nothing pending: the version stays
    assert story_model_version(stream_store) == CURRENT


def test_the_stories_command_says_when_a_recluster_is_due(stream_store) -> None:
    path = str(stream_store.path)
    _age(stream_store, CURRENT - 1)
    stream_store.close()
    result = CliRunner().invoke(cli, ["stories", "--db", path])
    assert result.exit_code == 0, result.output
    assert "[E310]" in result.stderr and f"newsprism recluster --db {path}" in result.stderr
    assert CliRunner().invoke(cli, ["recluster", "--db", path]).exit_code == 0
    result = CliRunner().invoke(cli, ["stories", "--db", path])
    assert "[E310]" not in result.stderr


def test_a_store_with_stories_from_before_the_migration_is_marked_version_1(
        stream_store) -> None:  # fmt: skip
    path: Path = stream_store.path
    conn = stream_store.conn
    conn.execute("DROP TABLE story_model")
    conn.execute("DELETE FROM _migrations WHERE name = '009_story_model'")
    stream_store.close()
    with open_store(path) as store:
        assert story_model_version(store) == 1


def test_the_web_home_page_says_when_a_recluster_is_due(stream_store) -> None:
    from newsprism.web import create_app
    from tests.web.conftest import TestClient  # imported there without Starlette's warning

    path = stream_store.path
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        assert 'id="recluster-due"' not in client.get("/").text
        _age(stream_store, CURRENT - 1)
        page = client.get("/").text
        assert 'id="recluster-due"' in page and f"clusterer model {CURRENT - 1}" in page
        assert client.get("/api/overview").json()["recluster_due"] is True


def test_both_backends_record_the_model_and_replace_it_on_recluster(any_store, stream_file
                                                                   ) -> None:  # fmt: skip
    """The same through the Store protocol on SQLite and on PostgreSQL (009 on both)."""
    assert any_store.story_model_version() is None
    assert ingest_paths([stream_file], any_store).ok
    assert any_store.story_model_version() == CURRENT
    any_store.conn.execute("UPDATE story_model SET version = ?", (CURRENT - 1,))
    ingest_paths([stream_file], any_store)  # nothing new: the older version stays
    assert any_store.story_model_version() == CURRENT - 1
    note = any_store.recluster_due_warning(CURRENT)
    assert note is not None and "[E310]" in note and any_store.location in note
    assert overview(any_store)["recluster_due"] is True
    recluster(any_store)
    assert any_store.story_model_version() == CURRENT
    assert overview(any_store)["recluster_due"] is False
