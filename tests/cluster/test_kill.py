"""kill -9 in the middle of an ingest with stories: the re-run ends with exactly the
stories of an uninterrupted run (the same ids, near-copies, scores and stream positions),
and with the clusterer's state in step with the memberships.

The kills are real: a ``newsprism ingest`` child process sends itself SIGKILL at a named
point of the story step (the test seam ``NEWSPRISM_KILL_AT``, ``newsprism.cluster.faults``)
or is killed from outside once some batches are committed. The stream is dated and
shuffled, so which articles are assigned together decides which one founds a story: a
re-run that sorted a killed batch in with the next one gave other stories (issue 11).
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from newsprism.cluster.state import drift, read_meta
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store
from tests.cluster.conftest import memberships, profiles, stories
from tests.cluster.newsroom import (
    assert_consistent,
    build_stream,
    replayed,
    run_ingest,
    write_stream,
)
from tests.test_crash_resume import kill_ingest_after

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

BATCH = 10


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated stream (137 items, 14 files of 10 lines): 14 batches of 10."""
    folder = tmp_path_factory.mktemp("newsroom") / "in"
    write_stream(folder, build_stream())
    return folder


def _state(store: SQLiteStore) -> list:
    return [memberships(store), stories(store), profiles(store)]


@pytest.fixture(scope="module")
def uninterrupted(newsroom: Path, tmp_path_factory: pytest.TempPathFactory) -> list:
    """What one run that is never killed leaves in a store."""
    with open_store(tmp_path_factory.mktemp("clean") / "clean.db") as store:
        assert ingest_paths([newsroom], store, batch_size=BATCH).ok
        assert_consistent(store)
        return _state(store)


def _pending(store: SQLiteStore) -> int:
    return store.count() - store.conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]


def _featured(store: SQLiteStore) -> int:
    return store.conn.execute("SELECT count(*) FROM article_features").fetchone()[0]


# Where each kill must have left the store: proof that it hit the step it names.
LANDED = {
    "story-step": lambda s: _pending(s) == BATCH,  # the batch committed, not assigned
    "story-locked": lambda s: _pending(s) == BATCH,
    "features-saved": lambda s: _featured(s) == s.count() > s.count() - _pending(s),
    "memberships-saved": lambda s: drift(s, read_meta(s)) == "behind",
}


@pytest.mark.parametrize(
    "kills",
    [
        ["story-step:4"],  # after batch 3's commit (call 1 is the resume step, a no-op)
        ["story-locked:7"],
        ["features-saved:3"],
        ["memberships-saved:5"],
        ["story-step:3", "memberships-saved:2", "features-saved:4"],  # killed thrice
    ],
    ids=lambda kills: "+".join(kills),
)
def test_a_run_killed_at_any_step_resumes_to_the_uninterrupted_stories(
    kills: list[str], newsroom: Path, uninterrupted: list, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    for kill in kills:
        status, err = run_ingest([newsroom], db, batch_size=BATCH, kill_at=kill)
        assert status == -signal.SIGKILL, err
        with open_store(db) as store:
            assert LANDED[kill.partition(":")[0]](store), kill
            with store.story_lock(wait=False):  # the dead holder left no lock behind
                pass
    with open_store(db) as store:
        assert ingest_paths([newsroom], store, batch_size=BATCH).ok
        assert_consistent(store)
        assert _state(store) == uninterrupted
        assert memberships(store) == replayed(store)


def test_a_run_killed_from_outside_resumes_to_the_uninterrupted_stories(
    newsroom: Path, uninterrupted: list, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    kill_ingest_after(newsroom, db, batch_size=BATCH, rows=5 * BATCH)
    with open_store(db) as store:
        assert ingest_paths([newsroom], store, batch_size=BATCH).ok
        assert_consistent(store)
        assert _state(store) == uninterrupted
        (features,) = store.conn.execute("SELECT count(*) FROM article_features").fetchone()
        assert features == store.count()
