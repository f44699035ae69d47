"""recluster on the local engine and on Dask (a LocalCluster here) gives the same stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism import cleaning_pool
from newsprism.cluster import recluster
from newsprism.errors import NewsprismError
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store
from tests.cluster.conftest import memberships, open_copy, profiles, stories
from tests.cluster.corpus import REPORTS, REPOST, syndicated, write_jsonl
from tests.conftest import EXAMPLES


@pytest.fixture
def big_store(tmp_path: Path) -> SQLiteStore:
    """Stream, seeds, a wire copy and a late re-post: ingested without stories."""
    extra = [syndicated(REPORTS[0], "Wire Copy", "2024-05-06T19:00:00Z"), REPOST]
    path = write_jsonl(tmp_path / "in" / "all.jsonl", [*REPORTS, *extra])
    with open_store(tmp_path / "news.db") as store:
        assert ingest_paths([path, EXAMPLES], store, cluster=False).ok
        yield store


def _result(store: SQLiteStore) -> list:
    return [memberships(store), stories(store), profiles(store)]


def test_local_and_dask_engines_give_the_same_stories(big_store, tmp_path) -> None:
    with open_copy(big_store.path, tmp_path / "dask.db") as other:
        local = recluster(big_store, engine="local", refeature=True)
        dask = recluster(other, engine="dask", workers=2, processes=False, refeature=True)
        assert local.features_computed == dask.features_computed == big_store.count()
        assert (local.articles, local.stories, local.duplicates) == (
            dask.articles, dask.stories, dask.duplicates)  # fmt: skip
        assert dask.engine == "dask" and dask.workers == 2
        assert _result(big_store) == _result(other)
    assert local.duplicates == 2  # the wire copy and the re-post
    assert local.stories == 6  # five events and the seed pair


def test_dask_computes_only_missing_features(big_store) -> None:
    seen: list[tuple[str, int, int]] = []
    first = recluster(big_store, engine="dask", processes=False,
                      on_progress=lambda *a: seen.append(a))  # fmt: skip
    assert first.features_computed == big_store.count()
    assert seen[-1] == ("stories", big_store.count(), big_store.count())
    assert any(step == "features" for step, _, _ in seen)
    again = recluster(big_store, engine="dask", processes=False)
    assert again.features_computed == 0 and again.stories == first.stories


def test_recluster_replaces_every_story(big_store) -> None:
    recluster(big_store)
    before = _result(big_store)
    recluster(big_store)
    assert _result(big_store) == before
    (orphans,) = big_store.conn.execute(
        "SELECT count(*) FROM stories WHERE id NOT IN (SELECT story_id FROM cluster_state)"
    ).fetchone()
    assert orphans == 0


def test_an_unknown_engine_is_refused(big_store) -> None:
    with pytest.raises(NewsprismError) as caught:
        recluster(big_store, engine="spark")
    assert caught.value.code == "E430"


def test_an_unreachable_scheduler_is_a_one_line_error(big_store, monkeypatch) -> None:
    monkeypatch.setattr(cleaning_pool, "DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(NewsprismError) as caught:
        recluster(big_store, engine="dask", scheduler="tcp://127.0.0.1:9", refeature=True)
    assert caught.value.code == "E431" and "127.0.0.1:9" in str(caught.value)
