"""Training stories that share a report title with a held-out item are left out of
training (eval.clustering_titles, scripts/train_clusterer.py), and the count of
predicted stories over issue 13's bar (eval.clustering.mixed_over); session 33."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsprism.eval import gold_article
from newsprism.eval.clustering import GoldItem, GoldSet, mixed_over, most_mixed
from newsprism.eval.clustering_titles import (
    drop_shared_titles,
    held_out_titles,
    title_key,
    title_keys,
)
from tests.conftest import SHARED_DATA
from tests.script_modules import script_module

ROOT = Path(__file__).resolve().parents[2]
needs_data = pytest.mark.skipif(not SHARED_DATA.is_dir(),
                                reason="../shared/data is not beside the clone")  # fmt: skip


def _item(key: str, title: str | None, story: str, part: str = "train") -> GoldItem:
    return GoldItem(gold_article(key, "body", title=title), story=story, part=part,
                    split=part)  # fmt: skip


def test_a_title_is_compared_stripped_and_lower_cased() -> None:
    assert title_key("  Harbour Ferry Strike Ends \n") == "harbour ferry strike ends"
    assert title_key(None) == title_key("   ") == ""
    assert title_key("Ferry strike ends") != title_key("Ferry strike ended")


def test_reports_without_a_title_give_no_key() -> None:
    items = [_item("a", "Bridge reopens", "s1"), _item("b", None, "s1"), _item("c", " ", "s2")]
    assert title_keys(items) == {"bridge reopens"}


def test_only_held_out_items_give_the_forbidden_titles() -> None:
    gold = GoldSet("set", [_item("a", "Dam opens", "s1"),
                           _item("b", "Mayor resigns", "s2", part="held-out")], dated=True)
    other = GoldSet("other", [_item("c", "Port closes", "s3", part="held-out")], dated=False)
    assert held_out_titles([gold, other]) == {"mayor resigns", "port closes"}


def test_a_story_sharing_one_title_goes_whole_and_the_rest_stay_in_order() -> None:
    items = [_item("a", "Zoo welcomes panda cub", "s1"), _item("b", "Council votes", "s2"),
             _item("c", "A PANDA IS BORN ", "s1"), _item("d", "Budget passes", "s3"),
             _item("e", "Vote splits council", "s2")]
    kept, dropped = drop_shared_titles(items, {"a panda is born"})
    assert dropped == 1
    assert [i.article.title for i in kept] == ["Council votes", "Budget passes",
                                               "Vote splits council"]


def test_nothing_goes_when_no_title_is_shared_or_a_title_is_missing() -> None:
    items = [_item("a", "Rail line extended", "s1"), _item("b", None, "s2")]
    kept, dropped = drop_shared_titles(items, {"rail line extension delayed"})
    assert (kept, dropped) == (items, 0)
    assert drop_shared_titles(items, title_keys([_item("x", "", "s9")])) == (items, 0)


def test_mixed_over_counts_every_story_above_the_bar_not_only_the_worst() -> None:
    gold = ["g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g1"]
    four_four_two = ["p1"] * 4 + ["p2"] * 4 + ["p3"] * 2
    assert mixed_over(four_four_two, gold) == 2 and most_mixed(four_four_two, gold) == 4
    three_each = ["p1"] * 3 + ["p2"] * 3 + ["p3"] * 3 + ["p1"]  # p1: g1, g2, g3 and g1
    assert mixed_over(three_each, gold) == 0 and most_mixed(three_each, gold) == 3
    assert mixed_over(four_four_two, gold, limit=1) == 3


@needs_data
def test_no_training_stream_shares_a_title_with_a_held_out_item() -> None:
    train = script_module("train_clusterer")
    sets = train.gold_sets(SHARED_DATA)
    held = held_out_titles(sets.values())
    streams = {**train.training_streams(sets), **train.selection_streams(sets)}
    for items in streams.values():
        assert not title_keys(items) & held
    dropped = train.dropped_stories(sets)
    assert dropped["neus-allsides"] > 0 and dropped["neus-raw"] > 0
    allsides = {i.story for i in streams["neus-allsides real"]}
    assert len(allsides) + dropped["neus-allsides"] == len(
        {i.story for i in sets["neus-allsides"].items if i.part == "train"})


def test_quote_pairs_read_double_and_single_quotes_but_not_apostrophes() -> None:
    quotes = script_module("join_quotes")
    pairs = quotes.quote_pairs("Mayor's aide calls plan 'a lifeline for ferries' as “Tolls rise”")
    assert ("lifeline", "for") in pairs and ("tolls", "rise") in pairs
    assert not any("aide" in p for p in pairs)  # the possessive opens no quote
    assert quotes.quote_pairs('She said "no" and left') == frozenset()  # one word: no pair
    assert quotes.quote_pairs("The harbour's users aren't happy") == frozenset()


def test_the_quote_veto_refuses_only_where_both_sides_quote_and_share_nothing() -> None:
    quotes = script_module("join_quotes")
    dj = sys.modules["dense_joins"]
    dj.TEXT.clear()
    dj.TEXT.update({"a": 'Council "will not raise tolls" says mayor. The mayor spoke.',
                    "b": 'Mayor: council "will not raise tolls this year". Text.',
                    "c": 'Ferry firm "expects record summer" on the coast. Text.',
                    "d": "Tolls stay as they are, the council says. Text."})  # fmt: skip
    assert not quotes.clash("a", ["b"])  # one statement quoted twice
    assert quotes.clash("a", ["c"])  # two statements
    assert not quotes.clash("a", ["d"]) and not quotes.clash("d", ["c"])  # one side quotes none
    assert not quotes.clash("a", ["c", "b"])  # a member shares it
    dj.TEXT.clear()
