"""The merge step (``cluster.merge``): two live stories of one event become one, the
older keeps its id, two events stay apart, and the result is the same in memory, in a
store (SQLite and PostgreSQL), after a reload, after a kill, and in ``recluster``.

The over-split is planted: three reports of the tram vote are put into a second story
with ``StreamClusterer.apply`` (what a clusterer that missed them would have done), then
one more report brings a story to 4 members, which is a check.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.cluster import cluster_pending, recluster
from newsprism.cluster.faults import KILL_ENV
from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.merge import due, with_merge
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.state import Session, drift, ensure_features, read_meta, stored_features
from newsprism.cluster.stream import StreamClusterer, story_id_for
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from tests.cluster.conftest import memberships, profiles, stories
from tests.cluster.newsroom import assert_consistent, build_stream, write_stream
from tests.cluster.test_split import PILOTS, TRAM, _articles, _ids, _items, _profile, _write
from tests.conftest import ROOT, SHARED_DATA

TRAM_ITEMS, PILOT_ITEMS = _items("tram", TRAM, 7, 0), _items("pilots", PILOTS, 3, 1)


@pytest.fixture(scope="module")
def model() -> ClusterModel:
    packaged = load_model()
    assert packaged.merge_scale == 0, "shipped off (decision 21)"
    return with_merge(packaged, "on")


def _planted(c: StreamClusterer, tram: list[ArticleFeatures],
             pilots: list[ArticleFeatures]) -> tuple[str, str]:  # fmt: skip
    """Three tram reports added (one story), three more planted in a second story, the
    pilots' strike added (its own story); returns the two tram stories' ids."""
    first = c.add(tram[0]).story_id
    for f in tram[1:3]:
        assert c.add(f).story_id == first
    second = story_id_for(tram[3].article_id)
    for f in tram[3:6]:
        c.apply(f, second, score=None)
    strike = {c.add(f).story_id for f in pilots}
    assert len(strike) == 1 and strike.isdisjoint({first, second})
    return first, second


def test_the_checks_come_at_every_power_of_two(model: ClusterModel) -> None:
    assert [n for n in range(1, 70) if due(n, model)] == [1, 2, 4, 8, 16, 32, 64]
    assert not any(due(n, with_merge(model, "off")) for n in range(70))


def test_two_stories_of_one_event_merge_and_the_older_keeps_its_id(model) -> None:
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS, PILOT_ITEMS))
    c = StreamClusterer(model, model_idf(model))
    first, second = _planted(c, tram, pilots)
    strike = c.memberships[pilots[0].article_id][0]
    c.drain()
    c.add(tram[6])  # a story reaches 4 members: the check
    assert {a: s for a, (s, _) in c.memberships.items()} == {
        **{f.article_id: first for f in tram}, **{f.article_id: strike for f in pilots}}
    assert second not in c.live and c.live[first].count == 7
    assert c.take_removed() == {second}
    decisions, touched, _ = c.drain()
    # The moved members keep their stream positions; the story merged away is not saved.
    assert {d.article_id for d in decisions} == {f.article_id for f in tram[3:]}
    assert {t.story_id for t in touched} == {first}
    # The merged profile is its members replayed in stream order.
    replay = StreamClusterer(model, model_idf(model))
    for seq, f in enumerate([*tram[:6], *pilots, tram[6]]):
        replay.seq = seq
        replay.apply(f, c.memberships[f.article_id][0])
    assert _profile(replay.live[first]) == _profile(c.live[first])


def test_with_the_merge_off_the_two_stories_stay(model: ClusterModel) -> None:
    off = with_merge(model, "off")
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS, PILOT_ITEMS))
    c = StreamClusterer(off, model_idf(off))
    first, second = _planted(c, tram, pilots)
    c.add(tram[6])
    assert {first, second} <= set(c.live)


def test_two_events_of_one_day_do_not_merge_even_when_checked_loosely(model) -> None:
    """At a tenth of the measured scale a tram story still does not take the strike:
    the mean link across the two stories stays far under the join threshold."""
    loose = with_merge(model, model.merge_scale / 10)
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS[:4], PILOT_ITEMS))
    c = StreamClusterer(loose, model_idf(loose))
    for f in [*tram, *pilots]:
        c.add(f)
    assert len({s for s, _ in c.memberships.values()}) == 2


def _plant(store, model: ClusterModel, tmp_path: Path) -> tuple[str, str]:
    """A store where one session saved the over-split (two tram stories of 3, the
    strike) and one more tram report waits: the next story step merges saved members."""
    first = _write(tmp_path / "a.jsonl", TRAM_ITEMS[:6] + PILOT_ITEMS)
    assert ingest_paths([first], store, cluster=False).ok
    session = Session(store, model)
    ids = session.pending()
    have = ensure_features(store, ids, model.embedder)
    tram, pilots = _ids(store, TRAM_ITEMS[:6]), _ids(store, PILOT_ITEMS)
    stories_ = _planted(session.clusterer, [have[i] for i in tram], [have[i] for i in pilots])
    session.save(floor=max(store.rowids(ids).values()))
    assert len(store.get_story(stories_[1]).articles) == 3
    assert ingest_paths([_write(tmp_path / "b.jsonl", TRAM_ITEMS[6:])], store, cluster=False).ok
    return stories_


def test_a_merge_of_members_an_earlier_run_saved_round_trips_through_the_store(
        any_store, model: ClusterModel, tmp_path: Path) -> None:  # fmt: skip
    """The over-split is saved by one session; the next merges the two stories: the
    moved memberships, the merged profile and size are written, and the story merged
    away is gone from the stories, the profiles and the weeks (the web and `stories`
    read the same tables)."""
    store = any_store
    first, second = _plant(store, model, tmp_path)
    assert cluster_pending(store, model) == 1
    assert {m.id for m in store.get_story(first).articles} == set(_ids(store, TRAM_ITEMS))
    assert store.get_story(second) is None
    sizes = dict(store.conn.execute("SELECT id, size FROM stories").fetchall())
    assert sizes[first] == 7 and second not in sizes and len(sizes) == 2
    assert store.profile_row(second) is None
    assert not store.conn.execute("SELECT 1 FROM story_weeks WHERE story_id = ?",
                                  (second,)).fetchall()  # fmt: skip
    meta = read_meta(store)
    assert not meta["replacing"] and drift(store, meta) == "none"
    # A session that reloads it all holds the profile of the same stream in memory.
    have = {f.article_id: f for f in ensure_features(
        store, _ids(store, TRAM_ITEMS + PILOT_ITEMS), model.embedder).values()}  # fmt: skip
    c = StreamClusterer(model, model_idf(model))
    _planted(c, [have[i] for i in _ids(store, TRAM_ITEMS[:6])],
             [have[i] for i in _ids(store, PILOT_ITEMS)])  # fmt: skip
    c.add(have[_ids(store, TRAM_ITEMS[6:])[0]])
    row, mine = store.profile_row(first), c.live[first]
    assert (row["count"], row["founder"]) == (mine.count, mine.founder)
    assert np.array_equal(np.frombuffer(row["emb_sum"], dtype="<f8"), mine.emb_sum)
    assert _profile(Session(store, model).clusterer.live[first]) == _profile(mine)


CHILD = ("import sys\n"
         "from newsprism.cluster import cluster_pending\n"
         "from newsprism.cluster.merge import with_merge\n"
         "from newsprism.cluster.model import load_model\n"
         "from newsprism.store import open_store\n"
         "with open_store(sys.argv[1]) as store:\n"
         "    cluster_pending(store, with_merge(load_model(), 'on'))\n")  # fmt: skip


@pytest.mark.parametrize("kill_at", ["split-marked:1", "split-memberships-saved:1"])
def test_a_kill_with_a_merge_in_flight_resumes_to_the_uninterrupted_stories(
        kill_at: str, model: ClusterModel, tmp_path: Path) -> None:  # fmt: skip
    """The story step that merges saved members is killed (a real SIGKILL) after the
    store is marked (a save that rewrites stored memberships, split or merge), or after
    the moved memberships are committed; the next run ends with exactly the
    memberships, stories and profiles of a run never killed."""
    with open_store(tmp_path / "twin.db") as twin:
        _plant(twin, model, tmp_path / "twin")
        assert cluster_pending(twin, model) == 1
        expected = [memberships(twin), stories(twin), profiles(twin)]
    db = tmp_path / "news.db"
    with open_store(db) as store:
        _plant(store, model, tmp_path / "killed")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), KILL_ENV: kill_at}
    done = subprocess.run([sys.executable, "-c", CHILD, str(db)], env=env, timeout=300,
                          capture_output=True)  # fmt: skip
    assert done.returncode == -signal.SIGKILL
    with open_store(db) as store:
        meta = read_meta(store)
        committed = (store.max_seq() or -1) >= meta["seq"]
        assert meta["replacing"] and committed == kill_at.startswith("split-memberships")
        cluster_pending(store, model)  # the resume: profiles rebuilt, the rest assigned
        assert_consistent(store)
        assert [memberships(store), stories(store), profiles(store)] == expected


def _replayed(store, model: ClusterModel) -> list[tuple]:
    """The memberships one clusterer in memory gives the store's articles in the order
    its story steps took them (``seq``)."""
    ids = [r[0] for r in store.conn.execute("SELECT article_id FROM story_articles ORDER BY seq")]
    features = stored_features(store, ids)
    c = StreamClusterer(model, model_idf(model))
    for i in ids:
        c.add(features[i])
    decisions, _, _ = c.drain()
    return sorted((d.article_id, d.story_id, d.seq, d.duplicate_of, d.score) for d in decisions)


def _ingest_in_batches(store, folder: Path, model: ClusterModel) -> list[tuple]:
    for path in sorted(folder.iterdir()):
        assert ingest_paths([path], store, cluster=False).ok
        cluster_pending(store, model)  # what each ingest's story step does
    assert_consistent(store)
    return sorted(memberships(store))


def test_ingest_in_batches_decides_as_one_pass_and_recluster_agrees(model, tmp_path) -> None:
    """The generated stream with merges, its story step after each of 14 batches: the
    same memberships as one clusterer in memory over the same order (sessions reopened
    from the store merge alike), and merges happened. In publication order (each batch
    after the last), ``recluster`` of the store gives exactly the stories ingest gave."""
    shuffled, ordered = tmp_path / "shuffled", tmp_path / "ordered"
    items = build_stream()
    write_stream(shuffled, items)
    write_stream(ordered, sorted((i for i in items if "published" in i),
                                 key=lambda i: (i["published"], i["url"])))  # fmt: skip
    with open_store(tmp_path / "a.db") as store:
        ingested = _ingest_in_batches(store, shuffled, model)
        assert ingested == _replayed(store, model)
        assert len({m[1] for m in ingested}) < len({m[1] for m in _replayed(
            store, with_merge(model, "off"))})  # fmt: skip
    with open_store(tmp_path / "b.db") as store:
        ingested = _ingest_in_batches(store, ordered, model)
        recluster(store, model=model)
        assert sorted(memberships(store)) == ingested


def test_the_model_file_round_trips_the_merge_settings(model: ClusterModel) -> None:
    again = ClusterModel.from_dict(json.loads(json.dumps(model.as_dict())))
    assert (again.merge_scale, again.merge_members) == (model.merge_scale, model.merge_members)
    assert dataclasses.replace(again, base_dir=None) == dataclasses.replace(model, base_dir=None)


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data is not beside the clone")
def test_the_eval_measures_the_merge_step_on_and_off() -> None:
    """``eval clustering --story-merge on`` runs the step (its note says so) and, on BASIL
    train on a dense day, gives back the report the stream leaves alone off (decision
    21: 0.993 → 1.000), with no story mixing two events."""
    runs = {}
    for mode in ("off", "on"):
        result = CliRunner().invoke(cli, ["eval", "clustering", str(SHARED_DATA / "basil"),
                                          "--condition", "compressed", "--story-merge", mode,
                                          "--format", "json"])  # fmt: skip
        assert result.exit_code == 0, result.output
        runs[mode] = json.loads(result.stdout)
    assert any("merge step is on" in n for n in runs["on"]["notes"])
    train = {m: next(r for r in runs[m]["rows"] if r["part"] == "train") for m in runs}
    assert train["on"]["b3_f1"] > train["off"]["b3_f1"] and train["on"]["mixed"] == 1
