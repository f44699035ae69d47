"""The clusterer's state in the store: a new process continues exactly where the last
stopped, and a kill between two commits is repaired by the next run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsprism.cluster import cluster_pending, recluster, state
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.state import light_articles, stream_sort
from newsprism.cluster.stream import LABEL_POOL, WEEK_SECONDS, StreamClusterer, span_weeks
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store
from newsprism.store.clusterer import FROZEN_BETWEEN
from newsprism.store.stories import Membership, StoryLabel, save_memberships
from tests.cluster.conftest import memberships, open_copy, profiles, stories
from tests.cluster.corpus import REPORTS, REPOST, syndicated, write_jsonl
from tests.conftest import ROOT

PART_1 = REPORTS[:6]
PART_2 = [*REPORTS[6:], REPOST, syndicated(REPORTS[0], "Wire Copy", "2024-05-06T19:00:00Z")]


class Killed(Exception):
    """Stands for a kill at a chosen point."""


@pytest.fixture
def parts(tmp_path: Path) -> tuple[Path, Path]:
    return (write_jsonl(tmp_path / "in" / "part1.jsonl", PART_1),
            write_jsonl(tmp_path / "in" / "part2.jsonl", PART_2))  # fmt: skip


def _cli_ingest(path: Path, db: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "newsprism", "ingest", str(path), "--db", str(db)],
                   check=True, capture_output=True, timeout=120, env=env)  # fmt: skip


def _comparable(rows: list[tuple]) -> list[tuple]:
    """cluster_state rows with the names JSON parsed (its key order is not meaningful)."""
    return [(*r[:7], json.loads(r[7]), *r[8:]) for r in rows]


def test_a_new_process_continues_exactly_as_one_pass_in_memory(tmp_path, parts) -> None:
    db = tmp_path / "news.db"
    _cli_ingest(parts[0], db)  # each part in its own process: state saved, then reloaded
    _cli_ingest(parts[1], db)
    with open_store(db) as store:
        query = "SELECT rowid, id, published_at FROM articles"
        rows = [tuple(r) for r in store.conn.execute(query)]
        first = {r[1] for r in rows if r[0] <= len(PART_1)}
        order = (stream_sort(r for r in rows if r[1] in first)
                 + stream_sort(r for r in rows if r[1] not in first))  # fmt: skip
        model = load_model()
        clusterer = StreamClusterer(model, model_idf(model))
        expected = []
        for f in compute_features(light_articles(store, order)):
            d = clusterer.add(f)
            expected.append((d.article_id, d.story_id, d.seq, d.duplicate_of, d.score))
        assert sorted(expected) == memberships(store)
        _, clusters, _ = clusterer.drain()
        labels = {c.story_id: (c.label(), json.dumps(c.key_entities()), int(c.frozen))
                  for c in clusters}  # fmt: skip
        assert {s[0]: (s[1], s[2], s[6]) for s in stories(store)} == labels
        saved = _comparable(profiles(store)[0])
    with open_store(tmp_path / "memory.db") as other:
        state.save_state(other, clusters, [], replace=True)
        assert _comparable(profiles(other)[0]) == saved


def _twin(tmp_path: Path, parts: tuple[Path, Path]) -> list:
    """What an uninterrupted run of both parts leaves in a store."""
    with open_store(tmp_path / "twin.db") as twin:
        for part in parts:
            assert ingest_paths([part], twin).ok
        return [memberships(twin), stories(twin), profiles(twin)]


def test_a_kill_between_memberships_and_profiles_is_repaired(tmp_path, parts, monkeypatch):
    expected = _twin(tmp_path, parts)
    with open_store(tmp_path / "news.db") as store:
        assert ingest_paths([parts[0]], store).ok
        real = state.save_state

        def killed(*args, **kwargs) -> None:
            raise Killed

        monkeypatch.setattr(state, "save_state", killed)
        with pytest.raises(Killed):
            ingest_paths([parts[1]], store)
        monkeypatch.setattr(state, "save_state", real)
        assert memberships(store) == expected[0]  # the decisions were committed
        assert profiles(store) != expected[2]  # the profiles were not
        assert ingest_paths([parts[1]], store).clustered == 0
        assert [memberships(store), stories(store), profiles(store)] == expected


def test_articles_committed_before_a_kill_join_stories_on_the_next_run(tmp_path, parts):
    with open_store(tmp_path / "news.db") as store:
        assert ingest_paths([parts[0]], store, cluster=False).ok  # stored, never clustered
        assert cluster_pending(store) == len(PART_1)
        assert cluster_pending(store) == 0
        assert ingest_paths([parts[1]], store).ok
        assert [memberships(store), stories(store), profiles(store)] == _twin(tmp_path, parts)


def test_an_interrupted_recluster_leaves_consistent_stories(tmp_path, parts, monkeypatch):
    with open_store(tmp_path / "news.db") as store:
        for part in parts:
            assert ingest_paths([part], store).ok
        before = [memberships(store), stories(store), profiles(store)]

        def killed(*args, **kwargs) -> None:
            raise Killed

        monkeypatch.setattr(store, "save_memberships", killed)
        with pytest.raises(Killed):
            recluster(store)
        assert state.read_meta(store)["replacing"] is True
        monkeypatch.undo()
        assert cluster_pending(store) == 0  # rebuilds the profiles from the memberships
        assert [memberships(store), stories(store), profiles(store)] == before


def test_memberships_written_by_someone_else_are_taken_up(tmp_path, parts) -> None:
    with open_store(tmp_path / "news.db") as store:
        assert ingest_paths([parts[0]], store).ok
        ids = [a.id for a in store.iter_articles()]
        save_memberships(store, [Membership(i, "everything", n) for n, i in enumerate(ids)],
                         {"everything": StoryLabel("All of it")}, replace_all=True)  # fmt: skip
        assert ingest_paths([parts[1]], store).ok
        known = {r[0] for r in store.conn.execute("SELECT story_id FROM cluster_state")}
        assert known == {s[0] for s in stories(store)} and "everything" in known
        (count,) = store.conn.execute(
            "SELECT count FROM cluster_state WHERE story_id = 'everything'"
        ).fetchone()
        assert count >= len(PART_1)


def test_recluster_rebuilds_what_ingest_built(stream_store: SQLiteStore, tmp_path) -> None:
    """One batch in publication order: the incremental pass and the rebuild agree."""
    built = [memberships(stream_store), stories(stream_store), profiles(stream_store)]
    with open_copy(stream_store.path, tmp_path / "copy.db") as copy:
        report = recluster(copy)
        assert report.features_computed == 0  # computed once, on ingest
        assert [memberships(copy), stories(copy), profiles(copy)] == built


def test_a_wire_story_run_by_many_sites_reads_the_same_buckets_from_store_or_memory(
    tmp_path: Path,
) -> None:
    """70 copies overflow a bucket's read limit: batches read the store, recluster memory.

    The copies come in publication order, so the batches and the rebuild see one order.
    """
    copies = [syndicated(REPORTS[0], f"Site {n:02d}", f"2024-05-06T{n // 4:02d}:{n % 4 * 15:02d}Z")
              for n in range(70)]  # fmt: skip
    path = write_jsonl(tmp_path / "wire.jsonl", copies)
    with open_store(tmp_path / "news.db") as store:
        assert ingest_paths([path], store, batch_size=10).ok
        built = [memberships(store), stories(store)]
        assert sum(m[3] is not None for m in built[0]) == 69  # every copy but the first
        assert len(built[1]) == 1
        with open_copy(store.path, tmp_path / "copy.db") as copy:
            recluster(copy)
            assert [memberships(copy), stories(copy)] == built
        # A story keeps its first LABEL_POOL members for its label, in memory and when
        # a session loads it: the labels above agree, and revival reads a bounded list.
        (story,) = state.Session(store).clusterer.live.values()
        assert [m.article_id for m in story.members] == [
            r[0] for r in store.conn.execute(
                "SELECT article_id FROM story_articles ORDER BY seq LIMIT ?", (LABEL_POOL,))
        ]  # fmt: skip


def test_migration_008_indexes_the_weeks_of_stories_clustered_before_it(
    stream_store: SQLiteStore,
    tmp_path: Path,
) -> None:
    """A store clustered before ``story_weeks`` existed gets the rows a new one writes."""
    conn = stream_store.conn
    weeks = sorted(tuple(r) for r in conn.execute("SELECT * FROM story_weeks"))
    languages = sorted(tuple(r) for r in conn.execute(
        "SELECT story_id, language FROM cluster_state"))  # fmt: skip
    assert weeks and all(lang == "en" for _, lang in languages)
    conn.execute("DROP TABLE story_weeks")
    conn.execute("ALTER TABLE cluster_state DROP COLUMN language")
    conn.execute("DELETE FROM _migrations WHERE name = '008_story_weeks'")
    with open_copy(stream_store.path, tmp_path / "old.db") as upgraded:
        assert sorted(tuple(r) for r in upgraded.conn.execute("SELECT * FROM story_weeks")) == weeks
        assert sorted(tuple(r) for r in upgraded.conn.execute(
            "SELECT story_id, language FROM cluster_state")) == languages  # fmt: skip


def test_a_span_over_two_years_is_indexed_by_the_year_at_each_end() -> None:
    assert span_weeks(0.0, 3 * WEEK_SECONDS - 1) == [0, 1, 2]
    long = span_weeks(0.0, 300 * WEEK_SECONDS)
    assert len(long) == 104 and long[:2] == [0, 1] and long[-1] == 300 and 150 not in long


def test_the_late_look_up_reads_the_weeks_not_every_frozen_story(stream_store) -> None:
    """The cost of a late article must not grow with the store: the plan seeks the
    weeks' rows, then each story by its key (no scan of cluster_state)."""
    plan = [r[3] for r in stream_store.conn.execute(
        "EXPLAIN QUERY PLAN " + FROZEN_BETWEEN, (0, 1, 0.0, 0.0))]  # fmt: skip
    assert plan[0].startswith("SEARCH w USING PRIMARY KEY")
    assert plan[1].startswith("SEARCH c USING INDEX sqlite_autoindex_cluster_state")
    assert not any(step.startswith("SCAN") for step in plan)
