"""Session 32 (i12-reader): a report of stored articles (``newsprism compare ID ID
--format html``) colours each outlet as the web does, from the store's colouring, not
from the story alone; a report of files knows no store and decides within its story."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.report.outlet_colours import home_colour, store_colours, story_colours
from newsprism.store import articles as stored
from newsprism.store import open_store
from newsprism.store.stories import Membership, StoryLabel, save_memberships
from tests.store.test_sqlite import make_article

TEXT = ("Flood water closed the Marrow valley road on Sunday after two days of rain, the "
        "county said. Crews expect to reopen it on Wednesday.")


def _names() -> tuple[str, str]:
    """Two outlets of one home colour, the one stored first later by name, so that the
    story alone and the store decide differently which of them keeps the colour."""
    names = [f"Marrow Sentinel {n}" for n in range(100)]
    for a, b in itertools.combinations(names, 2):
        if home_colour(a) == home_colour(b):
            return b, a  # b > a by name; b is stored first
    raise AssertionError("no two names share a colour")


def test_a_report_of_stored_articles_has_the_store_colours(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    clock = iter(f"2026-12-07T04:00:{s:02d}Z" for s in range(60))
    monkeypatch.setattr(stored, "now_utc", lambda: next(clock))
    first, later = _names()
    db = tmp_path / "colours.db"
    with open_store(db) as store:
        for seed, outlet in (("f", first), ("l", later)):
            store.add_batch([make_article(seed, outlet=outlet, text=TEXT + f" ({seed})",
                                          title="Flood closes valley road")])  # fmt: skip
        ids = {a.outlet: a.id for a in store.iter_articles()}
        save_memberships(store, [Membership(ids[first], "s1", 0), Membership(ids[later], "s1", 1)],
                         {"s1": StoryLabel("Flood")})  # fmt: skip
        known = store_colours(store.outlet_stories())
    alone = dict(zip((first, later), story_colours([first, later]), strict=True))
    assert known[first.casefold()] != alone[first]  # the two rules differ here
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["compare", ids[first], ids[later], "--db", str(db),
                                      "--format", "html", "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    shown = {name: int(colour) for colour, name
             in re.findall(r'<span class="num o(\d)">\d+</span><bdi>([^<]+)</bdi>', page)}
    assert shown == {first: known[first.casefold()], later: known[later.casefold()]}
