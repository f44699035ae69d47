"""The recluster command through click's CliRunner, on a real store file."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.store import open_store
from newsprism.store.stories import list_stories
from tests.cluster.conftest import memberships


def test_ingest_puts_every_new_article_in_a_story(tmp_path, stream_file) -> None:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(cli, ["ingest", str(stream_file), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert len(memberships(store)) == 11 and len(list_stories(store)) == 5


def test_recluster_prints_what_it_rebuilt(stream_store) -> None:
    db = str(stream_store.path)
    before = memberships(stream_store)
    result = CliRunner().invoke(cli, ["recluster", "--db", db])
    assert result.exit_code == 0, result.output
    assert "11 articles in 5 stories (0 near-copies)" in " ".join(result.stderr.split())
    assert memberships(stream_store) == before


def test_recluster_on_dask_worker_processes_as_json(stream_store) -> None:
    before = memberships(stream_store)
    args = ["recluster", "--db", str(stream_store.path), "--engine", "dask", "--workers", "1",
            "--refeature", "--format", "json"]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report | {"db": None} == {"engine": "dask", "articles": 11, "stories": 5,
                                     "duplicates": 0, "features_computed": 11, "workers": 1,
                                     "self_copies_repaired": 0, "db": None}  # fmt: skip
    with open_store(stream_store.path) as store:
        assert memberships(store) == before and len(list_stories(store)) == 5
