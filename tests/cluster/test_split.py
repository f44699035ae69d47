"""The split step (``cluster.split``): a story that reaches a size step is checked, a
chained-in event is cut out into a story of its own, a tight story stays whole, and the
result is the same in memory, in a store (SQLite and PostgreSQL) and after a reload.

The chain is planted: the reports of a second event are put into the first event's
story with ``StreamClusterer.apply`` (what a clusterer that chained them would have
done), then one more report of the first event brings the story to 8 members.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from newsprism.cluster import cluster_pending
from newsprism.cluster.faults import KILL_ENV
from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.split import due, with_split
from newsprism.cluster.state import Session, drift, ensure_features, read_meta, stored_features
from newsprism.cluster.stream import Cluster, StreamClusterer, story_id_for
from newsprism.models import Article
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from tests.cluster.conftest import memberships, profiles, stories
from tests.cluster.newsroom import assert_consistent
from tests.conftest import ROOT

TRAM = [
    "The council of Lyon approved the new tram line on Tuesday by 31 votes to 12.",
    "Mayor Anna Kovacs said the tram line vote in Lyon ended a decade of delays.",
    "The approved tram line will link the Lyon station to the university campus.",
    "Construction of the tram line is due to start in spring, the Lyon council said.",
    "Opposition councillors in Lyon voted against the tram line budget of 31 million euros.",
    "The tram line approval in Lyon follows two years of public hearings.",
    "Anna Kovacs thanked councillors after the tram line vote in Lyon.",
    "Businesses along the planned tram line route in Lyon welcomed the council vote.",
]
PILOTS = [
    "Harbour pilots in Porto walked out on Thursday over pay, halting every ferry.",
    "The strike by Porto harbour pilots left thousands of commuters stranded.",
    "Union leaders said Porto harbour pilots had not had a raise in 9 years.",
    "Mayor Piet Janssen urged the striking harbour pilots in Porto to return to talks.",
    "Buses replaced ferries on some routes in Porto during the pilots' strike.",
    "The ferry operator in Porto called the pilots' strike illegal.",
    "Pilots picketed the main ferry terminal in Porto from dawn.",
    "The Porto ferry strike is the first walkout by pilots since 2015.",
]
START = dt.datetime(2024, 3, 4, 8, tzinfo=dt.UTC)


def _items(key: str, pool: list[str], n: int, hour: int) -> list[dict]:
    rng = random.Random(key)
    return [{"title": f"{pool[0].split(' on ')[0][:40]} ({key}{k})",
             "text": " ".join(rng.sample(pool, 4)), "outlet": f"Outlet {k}",
             "url": f"https://news.example/{key}/{k}",
             "published": (START + dt.timedelta(hours=hour + 2 * k)).strftime(
                 "%Y-%m-%dT%H:%M:%SZ")} for k in range(n)]  # fmt: skip


def _articles(items: list[dict]) -> list[Article]:
    return [Article(id=i["url"].split("example/")[1].replace("/", ""), url=i["url"],
                    outlet=i["outlet"], title=i["title"], text=i["text"],
                    content_hash=i["url"], source_path="test", raw="", raw_format="text",
                    published_at=i["published"]) for i in items]  # fmt: skip


TRAM_ITEMS, PILOT_ITEMS = _items("tram", TRAM, 6, 0), _items("pilots", PILOTS, 3, 1)


@pytest.fixture(scope="module")
def model() -> ClusterModel:
    packaged = load_model()
    assert packaged.split_scale == 0, "shipped off (decision 20)"
    return with_split(packaged, "on")


def _planted(c: StreamClusterer, tram: list[ArticleFeatures],
             pilots: list[ArticleFeatures]) -> str:  # fmt: skip
    """Three tram reports added, the three pilot reports planted in their story, a
    fourth tram report added (it joins: the story's last member is not one a split
    moves); the story of 7 members is returned by id (one more makes 8: a check)."""
    story = c.add(tram[0]).story_id
    for f in tram[1:3]:
        assert c.add(f).story_id == story
    for f in pilots:
        c.apply(f, story, score=0.5)
    assert c.add(tram[3]).story_id == story
    return story


def _profile(c: Cluster) -> tuple:
    return (c.story_id, c.founder, c.count, c.emb_sum.tobytes(), sorted(c.title.items()),
            sorted(c.body.items()), sorted(c.entities.items()), sorted(c.names.items()),
            c.t_first, c.t_last, c.last_seq, [m.article_id for m in c.members],
            [r.article_id for r in c.log])  # fmt: skip


def test_the_checks_come_at_eight_members_and_every_doubling(model: ClusterModel) -> None:
    assert [n for n in range(1, 70) if due(n, model)] == [8, 16, 32, 64]
    assert not any(due(n, dataclasses.replace(model, split_scale=0.0)) for n in range(70))


def test_a_planted_chain_is_cut_out_and_the_founder_keeps_the_story(model) -> None:
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS, PILOT_ITEMS))
    c = StreamClusterer(model, model_idf(model))
    story = _planted(c, tram, pilots)
    assert c.add(tram[4]).story_id == story  # the 8th member: the check
    part = story_id_for(pilots[0].article_id)  # the part's first member names it
    assert {a: s for a, (s, _) in c.memberships.items()} == {
        **{f.article_id: story for f in tram[:5]}, **{f.article_id: part for f in pilots}}
    assert c.live[story].count == 5 and c.live[part].count == 3
    decisions, touched, _ = c.drain()
    # One decision per article, where it is now, in stream order; the moved keep theirs.
    assert [d.seq for d in decisions] == sorted(d.seq for d in decisions)
    assert {d.article_id: d.story_id for d in decisions if d.story_id == part} == {
        f.article_id: part for f in pilots}
    assert {t.story_id for t in touched} == {story, part}
    # Each part's profile is its members replayed in stream order (what a session
    # rebuilt from the store after a kill holds).
    replay = StreamClusterer(model, model_idf(model))
    by_id = {f.article_id: f for f in [*tram, *pilots]}
    for d in decisions:
        replay.seq = d.seq
        replay.apply(by_id[d.article_id], d.story_id, duplicate_of=d.duplicate_of,
                     score=d.score)  # fmt: skip
    for story_id in (story, part):
        assert _profile(replay.live[story_id]) == _profile(c.live[story_id])


def test_a_tight_story_of_eight_stays_whole(model: ClusterModel) -> None:
    tram = compute_features(_articles(_items("tram", TRAM, 9, 0)))
    c = StreamClusterer(model, model_idf(model))
    stories = {c.add(f).story_id for f in tram}
    assert len(stories) == 1
    assert {s for s, _ in c.memberships.values()} == stories
    assert c.live[stories.pop()].count == 9


def test_with_the_split_off_the_chain_stays(model: ClusterModel) -> None:
    off = dataclasses.replace(model, split_scale=0.0)
    tram, pilots = (compute_features(_articles(i)) for i in (TRAM_ITEMS, PILOT_ITEMS))
    c = StreamClusterer(off, model_idf(off))
    story = _planted(c, tram, pilots)
    c.add(tram[4])
    assert {s for s, _ in c.memberships.values()} == {story}


def _write(path: Path, items: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def _ids(store, items: list[dict]) -> list[str]:
    url = {r[1]: r[0] for r in store.conn.execute("SELECT id, url FROM articles")}
    return [url[i["url"]] for i in items]


def _plant(store, model: ClusterModel, tmp_path: Path) -> tuple[str, list[str], list[str]]:
    """A store where one session saved the planted chain (7 members) and one more tram
    report waits for its story: the next story step splits members saved before.
    Returns the story id and the tram and pilot article ids."""
    first = _write(tmp_path / "a.jsonl", TRAM_ITEMS[:4] + PILOT_ITEMS)
    assert ingest_paths([first], store, cluster=False).ok
    session = Session(store, model)
    ids = session.pending()
    have = ensure_features(store, ids, model.embedder)
    tram, pilots = _ids(store, TRAM_ITEMS[:4]), _ids(store, PILOT_ITEMS)
    story = _planted(session.clusterer, [have[i] for i in tram], [have[i] for i in pilots])
    session.save(floor=max(store.rowids(ids).values()))
    assert len(store.get_story(story).articles) == 7
    second = _write(tmp_path / "b.jsonl", TRAM_ITEMS[4:5])
    assert ingest_paths([second], store, cluster=False).ok
    return story, tram, pilots


def test_a_split_of_members_an_earlier_run_saved_round_trips_through_the_store(
        any_store, model: ClusterModel, tmp_path: Path) -> None:  # fmt: skip
    """The chain is saved by one session; the next (a new ``Session``: the store's own
    state, member lists and features read back) makes the 8th member join and splits
    the story: moved memberships, both profiles and the story sizes are written."""
    store = any_store
    story, tram, pilots = _plant(store, model, tmp_path)
    have = stored_features(store, [*tram, *pilots])
    assert cluster_pending(store, model) == 1
    part = story_id_for(pilots[0])
    assert {m.id for m in store.get_story(part).articles} == set(pilots)
    joined = _ids(store, TRAM_ITEMS[4:5])
    assert {m.id for m in store.get_story(story).articles} == {*tram, *joined}
    sizes = dict(store.conn.execute("SELECT id, size FROM stories").fetchall())
    assert sizes == {story: 5, part: 3}
    meta = read_meta(store)
    assert not meta["replacing"] and drift(store, meta) == "none"
    # The saved profiles are those of the same stream in memory.
    c = StreamClusterer(model, model_idf(model))
    _planted(c, [have[i] for i in tram], [have[i] for i in pilots])
    (last,) = _ids(store, TRAM_ITEMS[4:5])
    c.add(stored_features(store, [last])[last])
    for story_id in (story, part):
        row = store.profile_row(story_id)
        mine = c.live[story_id]
        assert (row["count"], row["founder"]) == (mine.count, mine.founder)
        assert np.array_equal(np.frombuffer(row["emb_sum"], dtype="<f8"), mine.emb_sum)
    # And a session that reloads it all continues from the same profiles.
    again = Session(store, model)
    for story_id in (story, part):
        assert _profile(again.clusterer.live[story_id]) == _profile(c.live[story_id])


# -- kill -9 with a split in flight ------------------------------------------------------

CHILD = ("import sys\n"
         "from newsprism.cluster import cluster_pending\n"
         "from newsprism.cluster.model import load_model\n"
         "from newsprism.cluster.split import with_split\n"
         "from newsprism.store import open_store\n"
         "with open_store(sys.argv[1]) as store:\n"
         "    cluster_pending(store, with_split(load_model(), 'on'))\n")  # fmt: skip


def _story_step_killed_at(db: Path, kill_at: str) -> int:
    """The story step in a child process that sends itself SIGKILL at ``kill_at``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), KILL_ENV: kill_at}
    return subprocess.run([sys.executable, "-c", CHILD, str(db)], env=env, timeout=300,
                          capture_output=True).returncode  # fmt: skip


@pytest.mark.parametrize("kill_at", ["split-marked:1", "split-memberships-saved:1"])
def test_a_kill_with_a_split_in_flight_resumes_to_the_uninterrupted_stories(
        kill_at: str, model: ClusterModel, tmp_path: Path) -> None:  # fmt: skip
    """The story step that splits saved members is killed (a real SIGKILL) after the
    store is marked, or after the moved memberships are committed; the next run ends
    with exactly the memberships, stories and profiles of a run never killed."""
    with open_store(tmp_path / "twin.db") as twin:
        _plant(twin, model, tmp_path / "twin")
        assert cluster_pending(twin, model) == 1
        expected = [memberships(twin), stories(twin), profiles(twin)]
    db = tmp_path / "news.db"
    with open_store(db) as store:
        _plant(store, model, tmp_path / "killed")
    assert _story_step_killed_at(db, kill_at) == -signal.SIGKILL
    with open_store(db) as store:
        meta = read_meta(store)
        committed = (store.max_seq() or -1) >= meta["seq"]
        assert meta["replacing"] and committed == kill_at.startswith("split-memberships")
        cluster_pending(store, model)  # the resume: profiles rebuilt, the rest assigned
        assert_consistent(store)
        assert [memberships(store), stories(store), profiles(store)] == expected
