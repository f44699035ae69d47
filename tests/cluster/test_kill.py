"""kill -9 in the middle of an ingest with stories: the re-run leaves every article in
exactly one story, and the clusterer's state in step with the memberships."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from newsprism.cluster.state import drift, read_meta
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from tests.test_crash_resume import kill_ingest_after

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

FILES = 300
BATCH = 10
PLACES = ["Lyon", "Porto", "Gdansk", "Malmo", "Leeds", "Graz", "Turin", "Ghent", "Split", "Bergen"]
TOPICS = ["tram line", "harbour bridge", "flood barrier", "stadium roof", "hospital wing"]


def _text(n: int) -> str:
    place, topic = PLACES[n % len(PLACES)], TOPICS[n // len(PLACES) % len(TOPICS)]
    return (f"{place} council approves the {topic}\n\n"
            f"The council of {place} approved the {topic} on Monday after a long debate, "
            f"report number {n} said. Officials in {place} said work on the {topic} would "
            f"start in the spring and cost about {n + 10} million euros.\n")  # fmt: skip


def test_a_killed_ingest_with_stories_is_finished_by_the_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"{n:04d}.txt").write_text(_text(n))
    db = tmp_path / "news.db"
    kill_ingest_after(folder, db, batch_size=BATCH, rows=5 * BATCH)
    with open_store(db) as store:
        assert ingest_paths([folder], store, batch_size=BATCH).ok
        conn = store.conn
        assert store.count() == FILES
        (members, distinct) = conn.execute(
            "SELECT count(*), count(DISTINCT article_id) FROM story_articles"
        ).fetchone()
        assert members == distinct == FILES
        (profiled,) = conn.execute("SELECT sum(count) FROM cluster_state").fetchone()
        assert profiled == FILES
        ids = {r[0] for r in conn.execute("SELECT id FROM stories")}
        assert ids == {r[0] for r in conn.execute("SELECT story_id FROM cluster_state")}
        assert drift(conn, read_meta(conn)) == "none"
        (features,) = conn.execute("SELECT count(*) FROM article_features").fetchone()
        assert features == FILES
