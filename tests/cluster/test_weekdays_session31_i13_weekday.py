"""Session 31 (docs/eval-clustering.md, "Session 31: the weekday check built"): the
weekdays an article's title and lead name are read once (``cluster.weekdays``), stored in
``article_features.lead_weekdays`` on both backends (migration 014), and model version 4
refuses a dated join whose two sides date their acts to weekdays more than two days
apart. Words here are a harbour fire and a council vote, unlike the gold's politics."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism.cluster import cluster_pending, recluster
from newsprism.cluster import features as feats
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model
from newsprism.cluster.profile import Cluster, Member
from newsprism.cluster.state import StoreBacking, stored_features
from newsprism.cluster.stream import StreamClusterer
from newsprism.cluster.weekdays import LEAD_WORDS, OFF, days_of, far_apart, lead_weekdays, refuses
from newsprism.eval import gold_article
from newsprism.eval.clustering import cluster_articles
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from tests.cluster.corpus import Report, write_jsonl

MON, TUE, WED, THU, FRI, SAT, SUN = (1 << n for n in range(7))
VERSION_3 = dataclasses.replace(load_model(), version=3, weekday_gap=OFF)

FIRE = ("Harbour fire destroys Port Elliot fish market",
        "A fire swept through the Port Elliot fish market on {day} night, destroying forty "
        "stalls and the old auction hall, the Harbour Authority said. Fire chief Maria "
        "Okonkwo said crews from Kestrel Bay and Port Elliot fought the blaze for six hours "
        "before it was under control. No one was hurt. Traders said the loss could reach two "
        "million pounds and the mayor, Daniel Reyes, promised emergency grants for the "
        "families who ran stalls.")  # fmt: skip
FIRE_AGAIN = ("Port Elliot traders count cost after fish market blaze",
              "Traders at the Port Elliot fish market were counting their losses after a "
              "blaze on {day} gutted forty stalls and the auction hall. Maria Okonkwo, the "
              "fire chief, said crews from Port Elliot and Kestrel Bay needed six hours to "
              "control the fire, which injured no one. Mayor Daniel Reyes said the Harbour "
              "Authority would offer emergency grants; stall holders put the damage at two "
              "million pounds.")  # fmt: skip


def _pair(first: str, second: str, *, lower: bool = False) -> list:
    """The two fire reports, the first published Tuesday evening, the second the next
    morning, each dating the fire to the day given."""
    out = []
    for key, (title, body), when in (("one", FIRE, "2024-03-05T20:00:00Z"),
                                     ("two", FIRE_AGAIN, "2024-03-06T09:00:00Z")):  # fmt: skip
        body = body.format(day=first if key == "one" else second)
        if lower:
            title, body = title.lower(), body.lower()
        out.append(gold_article(key, body, title=title, published_at=when))
    return out


def _together(first: str, second: str, model=None, *, lower: bool = False) -> bool:
    stories = cluster_articles(_pair(first, second, lower=lower), model)
    return stories[0] == stories[1]


# --- reading the lead ------------------------------------------------------------------


def test_the_lead_weekdays_are_read_from_title_and_opening_words() -> None:
    assert lead_weekdays("Ferry sinks off Orkney late Saturday", "Nine were rescued.") == SAT
    assert lead_weekdays(None, "Thursday's council vote on the bypass was delayed; "
                               "the next session is on MONDAY.") == THU | MON  # fmt: skip
    assert days_of(lead_weekdays("Ward closed", "It shut on Sunday and Friday.")) == [4, 6]


def test_words_that_are_not_a_weekday_name_none() -> None:
    assert lead_weekdays("Mondays off for Sundance staff", "The festival gives Fri. and "
                         "Sat. off; Tuesdays too. A wednesdayish mood.") == 0  # fmt: skip
    assert lead_weekdays("Bridge reopens", "") == 0


def test_a_weekday_after_the_lead_is_not_read() -> None:
    filler = " ".join(["word"] * LEAD_WORDS)
    assert lead_weekdays("Bridge reopens", f"{filler} It closed on Friday.") == 0
    assert lead_weekdays("Bridge reopens", f"It closed on Friday. {filler}") == FRI


def test_far_apart_counts_days_either_way_round_the_week() -> None:
    assert not far_apart(SUN, MON, 2)  # Sunday night, reported Monday: one day
    assert not far_apart(TUE, THU, 2)
    assert far_apart(TUE, FRI, 2) and far_apart(MON, FRI, 2)  # three days either way
    assert not far_apart(MON | FRI, THU, 2)  # one day of the article near one of theirs
    assert not far_apart(0, FRI, 0) and not far_apart(TUE, 0, 0)  # a side names none


def test_features_carry_the_mask_and_a_row_keeps_it() -> None:
    f = compute_features(_pair("Tuesday", "Friday"))[1]
    assert f.weekdays == FRI
    assert feats.from_row(feats.to_row(f)).weekdays == FRI
    old = {**feats.to_row(f), "lead_weekdays": None}  # a row stored before migration 014
    assert feats.from_row(old).weekdays == 0


# --- the check -------------------------------------------------------------------------


def test_version_4_refuses_a_join_dated_three_days_apart() -> None:
    assert load_model().version >= 4 and load_model().weekday_gap == 2  # 5 keeps the check
    assert not _together("Tuesday", "Friday")
    assert _together("Tuesday", "Friday", VERSION_3)  # version 3 joins them


def test_days_near_each_other_or_unnamed_still_join() -> None:
    assert _together("Tuesday", "Tuesday") and _together("Tuesday", "Wednesday")
    assert _together("Tuesday", "Thursday")  # two days: the gap allowed
    assert _together("Sunday", "Monday")
    assert _together("Tuesday", "late") and _together("the", "Friday")  # a side names none
    # Lower-cased text has no names: the check is not asked (the core check's text).
    assert _together("Tuesday", "Friday", lower=True)


def test_the_check_reads_a_profile_alone_through_its_members() -> None:
    """A frozen story read as a profile alone has no members: the check asks for them."""
    f = compute_features(_pair("Tuesday", "Friday"))[1]
    story = Cluster(story_id="s", founder="one", count=1, entities={1: 1.0})
    read = []

    def members(c: Cluster) -> None:
        read.append(c.story_id)
        c.members = [Member("one", "t", True, f.embedding, {}, TUE)]

    assert refuses(load_model(), f, story, members) and read == ["s"]
    assert not refuses(VERSION_3, f, story, members)


# --- the store -------------------------------------------------------------------------


def _reports(first: str, second: str) -> list[Report]:
    return [("fire", "Coast Herald", "2024-03-05T20:00:00Z", FIRE[0],
             FIRE[1].format(day=first)),
            ("fire", "Harbour News", "2024-03-06T09:00:00Z", FIRE_AGAIN[0],
             FIRE_AGAIN[1].format(day=second))]  # fmt: skip


def test_the_mask_round_trips_through_both_backends(any_store, tmp_path: Path) -> None:
    assert ingest_paths([write_jsonl(tmp_path / "f.jsonl", _reports("Tuesday", "Friday"))],
                        any_store).ok  # fmt: skip
    ids = [r[0] for r in any_store.conn.execute("SELECT id FROM articles").fetchall()]
    stored = stored_features(any_store, ids)
    assert sorted(f.weekdays for f in stored.values()) == [TUE, FRI]
    assert any_store.count_stories() == 2  # refused in the store as in memory
    for story_id in {any_store.story_of(i) for i in ids}:
        c = StoreBacking(any_store).load_cluster(story_id, 10**6)
        assert c is not None and [m.weekdays for m in c.members] in ([TUE], [FRI])


def test_a_later_session_reads_the_live_story_weekdays(any_store, tmp_path: Path) -> None:
    first, second = _reports("Tuesday", "Friday")
    assert ingest_paths([write_jsonl(tmp_path / "a.jsonl", [first])], any_store).ok
    assert ingest_paths([write_jsonl(tmp_path / "b.jsonl", [second])], any_store).ok
    assert any_store.count_stories() == 2
    near = _reports("Tuesday", "Wednesday")[1]
    assert ingest_paths([write_jsonl(tmp_path / "c.jsonl", [near])], any_store).ok
    assert any_store.count_stories() == 2  # joined one of the two


def _to_version_3(location: str) -> None:
    """Take a store back to what newsprism left before migration 014: no column, features
    of version 4, stories of model version 3."""
    with open_store(location) as store:
        conn = store.conn
        conn.execute("ALTER TABLE article_features DROP COLUMN lead_weekdays")
        conn.execute("DELETE FROM _migrations WHERE name = '014_lead_weekdays'")
        conn.execute("UPDATE article_features SET version = 4")
        conn.execute("UPDATE story_model SET version = 3")


def test_an_old_store_is_migrated_and_recluster_gives_the_new_stories(
        store_location: str, tmp_path: Path) -> None:  # fmt: skip
    """A store built by version 3 before migration 014, on both backends: it opens, its
    stories read, ingest works, it says a recluster is due, and ``recluster`` computes
    the weekdays and splits the join version 4 refuses."""
    with open_store(store_location) as store:
        path = write_jsonl(tmp_path / "f.jsonl", _reports("Tuesday", "Friday"))
        assert ingest_paths([path], store, model=VERSION_3).ok
        assert store.count_stories() == 1
    _to_version_3(store_location)
    with open_store(store_location) as store:
        assert store.story_model_version() == 3 and store.count_stories() == 1
        rows = store.conn.execute("SELECT lead_weekdays FROM article_features").fetchall()
        assert [r[0] for r in rows] == [None, None]
        note = store.recluster_due_warning(load_model().version)
        assert note is not None and "[E310]" in note
        extra = ("other", "Coast Herald", "2024-03-06T12:00:00Z", "Lifeboat crew honoured",
                 "The Kestrel Bay lifeboat crew received a medal from the RNLI on Wednesday.")
        assert ingest_paths([write_jsonl(tmp_path / "g.jsonl", [extra])], store).ok
        assert store.story_model_version() == 3  # ingest keeps the stories' version
        report = recluster(store)
        assert report.features_computed == 2  # the two of version 4; the new one has them
        assert store.story_model_version() == load_model().version  # 4, or 5 since session 33
        assert store.recluster_due_warning(load_model().version) is None
        assert store.count_stories() == 3  # the fire's two reports now apart
        masks = sorted(r[0] for r in store.conn.execute(
            "SELECT lead_weekdays FROM article_features").fetchall())  # fmt: skip
        assert masks == sorted([TUE, FRI, WED])


@pytest.mark.parametrize("second,stories", [("Friday", 2), ("Wednesday", 1)])
def test_a_store_decides_as_a_pass_in_memory(fresh_store, tmp_path: Path, second: str,
                                             stories: int) -> None:  # fmt: skip
    path = write_jsonl(tmp_path / "f.jsonl", _reports("Tuesday", second))
    assert ingest_paths([path], fresh_store).ok
    assert fresh_store.count_stories() == stories
    assert cluster_pending(fresh_store) == 0


FILLERS: list[Report] = [
    ("zoo", "Coast Herald", "2024-03-09T10:00:00Z", "Twin otters born at Saltmarsh zoo",
     "Keepers at Saltmarsh zoo welcomed twin otter pups, the first born there in a decade, "
     "and said both were feeding well under their mother's care."),
    ("rail", "Harbour News", "2024-03-13T10:00:00Z", "Rail union calls off Easter strike",
     "The drivers' union ASLEF called off its Easter walkout after Northline offered a "
     "four per cent pay rise and a shorter roster for weekend crews."),
    ("chess", "Coast Herald", "2024-03-17T10:00:00Z", "Schoolgirl wins county chess title",
     "Eleven-year-old Priya Nair of Kestrel Bay Academy won the county chess championship, "
     "beating three adult masters in the final rounds at the Guildhall."),
]  # fmt: skip


@pytest.mark.parametrize("second,stories", [("Friday", 5), ("Wednesday", 4)])
def test_a_late_report_meets_a_frozen_story_read_from_the_store(
        fresh_store, tmp_path: Path, second: str, stories: int, monkeypatch) -> None:  # fmt: skip
    """The fire's story is frozen (a week and more behind the feed) when its second report
    arrives late, in a later ingest: the session reads the story as a profile, and the
    check reads its members from the store to decide as a pass in memory does."""
    first, late = _reports("Tuesday", second)
    assert ingest_paths([write_jsonl(tmp_path / "a.jsonl", [first, *FILLERS])], fresh_store).ok
    read: list[str] = []
    own = StreamClusterer._read_members

    def reading(self: StreamClusterer, c: Cluster) -> None:
        read.append(c.story_id)
        own(self, c)

    monkeypatch.setattr(StreamClusterer, "_read_members", reading)
    assert ingest_paths([write_jsonl(tmp_path / "b.jsonl", [late])], fresh_store).ok
    assert fresh_store.count_stories() == stories
    assert read  # the frozen story came as a profile alone, and its members were read
    articles = [gold_article(str(n), body, title=title, published_at=when)
                for n, (_, _, when, title, body) in enumerate([first, *FILLERS, late])]
    assert len(set(cluster_articles(articles))) == stories  # the same in memory
