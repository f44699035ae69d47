"""Session 32 (i12-reader): the outlets each story puts side by side, and which came
first (``outlet_stories``), and the web's colouring of the whole store from them."""

from __future__ import annotations

import itertools

import pytest

from newsprism.report.outlet_colours import home_colour, outlet_key
from newsprism.store import articles as stored
from newsprism.store.stories import Membership, StoryLabel, save_memberships
from newsprism.web.queries import outlet_colours
from tests.store.test_sqlite import make_article


def _clash() -> tuple[str, str]:
    """Two outlet names of one home colour, the later by name first (so that the order
    decided is the storing order, not the names')."""
    names = [f"Valley Tribune {n}" for n in range(100)]
    for a, b in itertools.combinations(names, 2):
        if home_colour(a) == home_colour(b):
            return b, a
    raise AssertionError("no two names share a colour")


@pytest.fixture
def store(fresh_store, monkeypatch):
    clock = iter(f"2026-12-07T03:00:{s:02d}Z" for s in range(60))
    monkeypatch.setattr(stored, "now_utc", lambda: next(clock))
    early, late = _clash()
    for seed, outlet in (("e", early), ("l", late), ("x", "Hill Post"), ("y", early)):
        fresh_store.add_batch([make_article(seed, outlet=outlet)])
    return fresh_store


def test_outlet_stories_and_the_store_colouring(store) -> None:
    early, late = _clash()
    ids = {a.source_path[4]: a.id for a in store.iter_articles()}
    save_memberships(store, [Membership(ids["e"], "s1", 0), Membership(ids["l"], "s1", 1),
                             Membership(ids["x"], "s2", 2), Membership(ids["y"], "s2", 3)],
                     {"s1": StoryLabel("One"), "s2": StoryLabel("Two")})  # fmt: skip
    rows = store.outlet_stories()
    assert sorted((o, s) for o, s, _ in rows) == sorted([(early, "s1"), (late, "s1"),
                                                         ("Hill Post", "s2"), (early, "s2")])
    firsts = {o: t for o, s, t in rows if s == "s1"}
    assert firsts[early] < firsts[late]
    colours = outlet_colours(store)
    assert list(colours)[:2] == [outlet_key(early), outlet_key(late)]  # first stored first
    assert colours[outlet_key(early)] == home_colour(early)  # the first keeps its colour
    assert colours[outlet_key(late)] != colours[outlet_key(early)]


def test_an_outlet_in_no_story_has_its_home_colour(fresh_store) -> None:
    fresh_store.add_batch([make_article("z", outlet="Lone Gazette")])
    assert fresh_store.outlet_stories()[0][:2] == ("Lone Gazette", None)
    assert outlet_colours(fresh_store) == {"lone gazette": home_colour("Lone Gazette")}
