"""Stories built on ingest, on real store files: events, near-copies, freezing, re-runs."""

from __future__ import annotations

from pathlib import Path

from newsprism.ingest import IngestOptions
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store
from newsprism.store.stories import get_story, list_stories, story_of
from tests.cluster.conftest import memberships, partition, stories
from tests.cluster.corpus import REPORTS, REPOST, syndicated, write_jsonl
from tests.cluster.corpus import syndicated as syndicated_copy
from tests.conftest import EXAMPLES, SEED_000


def _gold(reports=REPORTS) -> set[frozenset[str]]:
    events: dict[str, set[str]] = {}
    for event, _, _, title, _ in reports:
        events.setdefault(event, set()).add(title)
    return {frozenset(v) for v in events.values()}


def _by_outlet(store: SQLiteStore) -> dict[str, str]:
    return {a.outlet: a.id for a in store.iter_articles()}


def test_the_seed_pair_lands_in_one_story(seeded_store: SQLiteStore) -> None:
    (story,) = list_stories(seeded_store)
    assert story.outlets == ["Al Jazeera", "Al Mayadeen"]
    assert story.label == "US Warns Israel Against Large-Scale Invasion of Rafah: Latest Updates"
    assert {"Rafah", "Blinken"} <= set(story.key_entities)
    assert story.articles[1].score is not None and story.articles[1].duplicate_of is None


def test_each_event_is_one_story_and_no_two_events_share_one(stream_store) -> None:
    assert set(partition(stream_store).values()) == _gold()


def test_two_events_sharing_a_country_name_stay_apart(stream_store) -> None:
    """The Elazig earthquake and the rate cut: both in Turkey, the same day."""
    quake = {r[3] for r in REPORTS if r[0] == "quake"}
    rates = {r[3] for r in REPORTS if r[0] == "rates"}
    groups = partition(stream_store).values()
    assert frozenset(quake) in groups and frozenset(rates) in groups


def test_a_same_day_story_naming_israel_does_not_join_the_seed_story(tmp_path, fresh_store):
    bank = ("rates", "Globes", "2024-03-25T20:00:00Z", "Bank of Israel holds interest rate",
            "The Bank of Israel left its benchmark interest rate unchanged at 4.5 percent on "
            "Monday, citing the uncertainty of the war in Gaza and a rise in inflation "
            "expectations. Governor Amir Yaron said the shekel had stabilised and that the "
            "bank would cut rates only once inflation was clearly moving toward its "
            "target.")  # fmt: skip
    path = write_jsonl(tmp_path / "bank.jsonl", [bank])
    assert ingest_paths([EXAMPLES, path], fresh_store).ok
    ids = _by_outlet(fresh_store)
    seeds = {story_of(fresh_store, ids["Al Jazeera"]), story_of(fresh_store, ids["Al Mayadeen"])}
    assert len(seeds) == 1
    assert story_of(fresh_store, ids["Globes"]) not in seeds


def test_a_repost_at_another_address_is_a_near_copy_in_the_same_story(seeded_store) -> None:
    """Seed 000 re-posted under another URL and outlet: another outlet's coverage."""
    options = IngestOptions(url="https://mirror.example/rafah", outlet="Mirror News")
    report = ingest_paths([SEED_000], seeded_store, ingest_options=options)
    assert len(report.added) == 1 and report.clustered == 1
    ids = _by_outlet(seeded_store)
    story = get_story(seeded_store, story_of(seeded_store, ids["Al Jazeera"]))
    assert story.outlets == ["Al Jazeera", "Mirror News", "Al Mayadeen"]  # undated last
    (copy,) = [m for m in story.articles if m.outlet == "Mirror News"]
    assert copy.duplicate_of == ids["Al Jazeera"] and copy.score == 1.0


def test_a_syndicated_copy_joins_its_original_with_its_own_outlet(stream_store, tmp_path):
    wire = syndicated_copy(REPORTS[0], "Wire Copy", "2024-05-06T19:00:00Z")
    assert ingest_paths([write_jsonl(tmp_path / "wire.jsonl", [wire])], stream_store).ok
    ids = _by_outlet(stream_store)
    original = next(a.id for a in stream_store.iter_articles() if a.title == REPORTS[0][3])
    assert story_of(stream_store, ids["Wire Copy"]) == story_of(stream_store, original)
    member = next(m for m in get_story(stream_store, story_of(stream_store, original)).articles
                  if m.outlet == "Wire Copy")  # fmt: skip
    assert member.duplicate_of == original and 0.7 <= member.score < 1.0


def test_old_stories_freeze_and_a_late_repost_still_joins_its_story(stream_store, tmp_path):
    quake_story = story_of(stream_store, next(
        a.id for a in stream_store.iter_articles() if a.title == REPORTS[0][3]))  # fmt: skip
    frozen = {s.id: s.frozen for s in list_stories(stream_store)}
    assert frozen[quake_story] is True  # the final, weeks later, moved the stream on
    assert not all(frozen.values())
    assert ingest_paths([write_jsonl(tmp_path / "late.jsonl", [REPOST])], stream_store).ok
    late = _by_outlet(stream_store)["Yeni Haber"]
    assert story_of(stream_store, late) == quake_story
    story = get_story(stream_store, quake_story)
    assert story.frozen is False and story.last_seen == REPOST[2]


def test_a_backfill_completes_the_frozen_stories_of_its_time(fresh_store, tmp_path) -> None:
    """Reports of early May, ingested after a batch that reached June, join May's stories
    (frozen by then) instead of founding a second story per event."""
    latest = {}
    for report in sorted(REPORTS, key=lambda r: r[2]):
        latest[report[0]] = report
    first = [r for r in REPORTS if r in latest.values() or r[0] == "final"]
    backfill = [r for r in REPORTS if r not in first]
    assert ingest_paths([write_jsonl(tmp_path / "new.jsonl", first)], fresh_store).ok
    assert sum(s.frozen for s in list_stories(fresh_store)) >= 3
    assert ingest_paths([write_jsonl(tmp_path / "old.jsonl", backfill)], fresh_store).ok
    assert set(partition(fresh_store).values()) == _gold()
    weeks = fresh_store.conn.execute("SELECT count(DISTINCT story_id) FROM story_weeks")
    assert weeks.fetchone()[0] == len(_gold())


def test_a_rerun_adds_nothing_and_changes_no_story(stream_store, stream_file: Path) -> None:
    before = (memberships(stream_store), stories(stream_store),
              [tuple(r) for r in stream_store.conn.execute("SELECT * FROM stories")])  # fmt: skip
    report = ingest_paths([stream_file], stream_store)
    assert report.added == [] and report.clustered == 0
    after = (memberships(stream_store), stories(stream_store),
             [tuple(r) for r in stream_store.conn.execute("SELECT * FROM stories")])  # fmt: skip
    assert after == before


def test_the_same_input_in_the_same_order_gives_the_same_stories(tmp_path, stream_file) -> None:
    results = []
    for n in range(2):
        with open_store(tmp_path / f"run{n}.db") as store:
            assert ingest_paths([EXAMPLES, stream_file], store, batch_size=4).ok
            results.append((memberships(store), stories(store)))
    assert results[0] == results[1]
    assert len(results[0][1]) == len(_gold()) + 1  # the seed story too


def test_ingest_can_leave_clustering_for_later(fresh_store, stream_file) -> None:
    report = ingest_paths([stream_file], fresh_store, cluster=False)
    assert report.clustered == 0 and list_stories(fresh_store) == []
    assert ingest_paths([EXAMPLES], fresh_store).clustered == len(REPORTS) + 2
    assert set(partition(fresh_store).values()) >= _gold()


def test_story_sizes_and_spans_kept_up_by_each_batch_match_a_recount(tmp_path) -> None:
    """Each save adds its members to their stories' size and span instead of recounting
    every member; after many small batches of copies and a backfill, they still equal
    a count over the members."""
    with open_store(tmp_path / "news.db") as store:
        copies = [syndicated(REPORTS[0], f"Site {n}", f"2024-05-0{6 + n % 3}T1{n}:00:00Z")
                  for n in range(8)]  # fmt: skip
        assert ingest_paths([write_jsonl(tmp_path / "a.jsonl", [*REPORTS[6:], *copies])],
                            store, batch_size=3).ok  # fmt: skip
        assert ingest_paths([write_jsonl(tmp_path / "b.jsonl", REPORTS[:6])], store,
                            batch_size=2).ok  # fmt: skip
        kept = {r[0]: tuple(r[1:]) for r in store.conn.execute(
            "SELECT id, size, first_seen, last_seen FROM stories")}  # fmt: skip
        counted = {r[0]: tuple(r[1:]) for r in store.conn.execute(
            "SELECT s.story_id, count(*), min(a.published_at), max(a.published_at) "
            "FROM story_articles s JOIN articles a ON a.id = s.article_id GROUP BY 1")}  # fmt: skip
        assert kept == counted and max(size for size, _, _ in kept.values()) >= 9
