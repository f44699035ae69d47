"""Stories in the store: memberships in, listings out, on a real SQLite file."""

from __future__ import annotations

import pytest

from newsprism.errors import StoreError
from newsprism.store.stories import (
    Membership,
    StoryLabel,
    count_stories,
    get_story,
    list_stories,
    save_memberships,
    story_of,
    unclustered_ids,
)
from tests.store.test_sqlite import make_article


@pytest.fixture
def store(fresh_store):
    fresh_store.add_batch([
        make_article("a", published_at="2024-03-01T08:00:00Z", outlet="Al Jazeera", url="u:a"),
        make_article("b", published_at="2024-03-03T08:00:00Z", outlet="Al Mayadeen"),
        make_article("c", published_at="2024-03-02T08:00:00Z", outlet="aggregator"),
        make_article("d", outlet="Reuters"),
    ])  # fmt: skip
    return fresh_store


def _ids(store) -> dict[str, str]:
    return {a.title or a.source_path[4]: a.id for a in store.iter_articles()}


def _two_stories(store) -> tuple[str, str, str, str]:
    ids = _ids(store)
    a, b, c, d = ids["a"], ids["b"], ids["c"], ids["d"]
    save_memberships(
        store,
        [Membership(a, "s1", 0), Membership(b, "s1", 1, score=0.8),
         Membership(c, "s1", 2, duplicate_of=a, score=0.99), Membership(d, "s2", 3)],
        {"s1": StoryLabel("Blinken meets Gallant", ["Antony Blinken"]), "s2": StoryLabel("Other")},
    )  # fmt: skip
    return a, b, c, d


def test_memberships_come_back_as_stories(store) -> None:
    a, b, c, d = _two_stories(store)
    story = get_story(store, "s1")
    assert [m.id for m in story.articles] == [a, c, b]  # by publication time
    assert story.outlets == ["Al Jazeera", "aggregator", "Al Mayadeen"]
    assert (story.first_seen, story.last_seen) == ("2024-03-01T08:00:00Z", "2024-03-03T08:00:00Z")
    assert story.articles[1].duplicate_of == a and story.articles[0].url == "u:a"
    out = story.as_dict()
    assert {"id", "label", "articles", "outlets", "first_seen", "last_seen"} <= set(out)
    assert set(out["articles"][0]) >= {"id", "url", "outlet", "title", "published_at"}
    assert out["key_entities"] == ["Antony Blinken"] and out["size"] == 3
    assert story_of(store, d) == "s2" and unclustered_ids(store) == []


def test_listing_sorts_and_filters(store) -> None:
    _two_stories(store)
    assert [s.id for s in list_stories(store)] == ["s1", "s2"]
    assert [s.id for s in list_stories(store, outlet="reuters")] == ["s2"]
    assert [s.id for s in list_stories(store, since="2024-03-02")] == ["s1"]
    assert [s.id for s in list_stories(store, since="2024-03-04")] == []
    assert [s.id for s in list_stories(store, limit=1, offset=1)] == ["s2"]
    with pytest.raises(ValueError):
        list_stories(store, sort="random")


def test_moving_an_article_updates_both_stories_and_drops_empty_ones(store) -> None:
    *_, d = _two_stories(store)
    save_memberships(store, [Membership(d, "s1", 3)], {"s1": StoryLabel("Blinken meets Gallant")})
    assert get_story(store, "s2") is None and count_stories(store) == 1
    moved = get_story(store, "s1")
    assert len(moved.articles) == 4 and moved.as_dict()["size"] == 4
    assert (moved.first_seen, moved.last_seen) == ("2024-03-01T08:00:00Z", "2024-03-03T08:00:00Z")


def test_a_new_member_grows_the_size_and_span_without_a_recount(store) -> None:
    _two_stories(store)
    assert store.add_batch([make_article("e", published_at="2024-02-28T08:00:00Z")]) == 1
    e_id = _ids(store)["e"]
    save_memberships(store, [Membership(e_id, "s2", 4)], {})
    grown = get_story(store, "s2")
    assert grown.as_dict()["size"] == 2 and grown.first_seen == grown.last_seen == (
        "2024-02-28T08:00:00Z"
    )  # d has no date


def test_replace_all_is_atomic(store) -> None:
    _two_stories(store)
    ids = _ids(store)
    with pytest.raises(StoreError) as caught:
        save_memberships(store, [Membership(ids["a"], "nolabel", 0)], {}, replace_all=True)
    assert caught.value.code == "E205"
    assert count_stories(store) == 2  # the old stories survive the failed rebuild
    save_memberships(store, [Membership(ids["a"], "s9", 0)], {"s9": StoryLabel("A")},
                     replace_all=True)  # fmt: skip
    assert [s.id for s in list_stories(store)] == ["s9"]
    assert set(unclustered_ids(store)) == {ids["b"], ids["c"], ids["d"]}


class _Counting:
    """The store's connection, counting the statements sent through it."""

    def __init__(self, conn) -> None:
        self._conn, self.statements = conn, 0

    def execute(self, *args):
        self.statements += 1
        return self._conn.execute(*args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def test_a_listing_costs_the_same_statements_for_one_story_or_many(store) -> None:
    # On PostgreSQL each statement is a round trip; a statement per story made the home
    # page of 16 stories about 100 of them, and serve's first answer took seconds under load.
    a, b, c, d = _two_stories(store)
    counting = _Counting(store.conn)
    store.conn = counting
    try:
        one = list_stories(store, limit=1)
        for_one, counting.statements = counting.statements, 0
        both = list_stories(store)
        assert counting.statements == for_one == 2
        counting.statements = 0
        assert get_story(store, "s2").articles[0].id == d and counting.statements == 2
    finally:
        store.conn = counting._conn
    assert [s.id for s in one] == ["s1"] and [len(s.articles) for s in both] == [3, 1]
    assert [m.id for m in both[0].articles] == [a, c, b]  # each story's own order kept


def test_a_member_says_when_a_paywall_cuts_its_text(fresh_store) -> None:
    """Read from the provenance on both backends: a cut reason, an empty one (not cut), a
    quoted "truncated" inside another value (not cut) and no key at all."""
    fresh_store.add_batch([
        make_article("cut", provenance={"truncated": "paywall stub: 'Subscribe to read on'"}),
        make_article("empty", provenance={"truncated": ""}),
        make_article("quoted", provenance={"note": 'the word "truncated": "x" in a value'}),
        make_article("whole", provenance={"outlet": "url"}),
    ])  # fmt: skip
    ids = {a.source_path: a.id for a in fresh_store.iter_articles()}
    members = [Membership(ids[f"/in/{s}.txt"], "s1", k)
               for k, s in enumerate(("cut", "empty", "quoted", "whole"))]  # fmt: skip
    save_memberships(fresh_store, members, {"s1": StoryLabel("Budget")})
    [story] = list_stories(fresh_store)
    cut = {m.id: m.truncated for m in story.articles}
    assert cut == {ids["/in/cut.txt"]: True, ids["/in/empty.txt"]: False,
                   ids["/in/quoted.txt"]: False, ids["/in/whole.txt"]: False}  # fmt: skip
    assert [m["truncated"] for m in get_story(fresh_store, "s1").as_dict()["articles"]
            if m["id"] == ids["/in/cut.txt"]] == [True]  # fmt: skip
