"""The compressed-time condition and the TF-IDF baseline of `eval clustering`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.cluster.features import to_epoch
from newsprism.eval import gold_article
from newsprism.eval.clustering import (
    GoldItem,
    condition_stream,
    copy_precision,
    evaluate_clustering,
    load_basil,
    load_neus,
    most_mixed,
)
from newsprism.eval.clustering_baseline import clusters_at, nearest_earlier
from newsprism.eval.clustering_dense import STORY_HOURS, WINDOW_HOURS, compress
from tests.conftest import SHARED_DATA
from tests.eval.test_clustering_eval import gold_dir  # noqa: F401  (fixture)

needs_data = pytest.mark.skipif(not SHARED_DATA.is_dir(),
                                reason="../shared/data is not beside the clone")  # fmt: skip


def _span_hours(items: list[GoldItem]) -> float:
    times = [to_epoch(i.article.published_at) for i in items]
    return (max(times) - min(times)) / 3600.0


def test_compressing_puts_every_story_in_one_72_hour_window(gold_dir: Path) -> None:  # noqa: F811
    real = condition_stream(load_basil(gold_dir / "basil"), "train", "real")
    dense = condition_stream(load_basil(gold_dir / "basil"), "train", "compressed")
    assert _span_hours(dense) <= WINDOW_HOURS
    assert sorted(i.article.id for i in dense) == sorted(i.article.id for i in real)
    assert [i.article.published_at for i in dense] == sorted(i.article.published_at
                                                             for i in dense)  # fmt: skip
    by_id = {i.article.id: i for i in real}
    for item in dense:  # the content is unchanged, only the time moved
        assert item.article.text == by_id[item.article.id].article.text
        assert item.story == by_id[item.article.id].story
    for story in {i.story for i in dense}:
        assert _span_hours([i for i in dense if i.story == story]) <= STORY_HOURS


def test_undated_stories_get_times_and_the_draw_does_not_depend_on_order(gold_dir) -> None:  # noqa: F811
    items = condition_stream(load_neus(gold_dir / "neus-allsides"), "train", "real")
    assert all(i.article.published_at is None for i in items)
    once = compress(items)
    again = compress(list(reversed(items)))
    assert [(i.article.id, i.article.published_at) for i in once] == [
        (i.article.id, i.article.published_at) for i in again]  # fmt: skip
    assert all(i.article.published_at for i in once) and _span_hours(once) <= WINDOW_HOURS


def _articles(texts: list[tuple[str, str | None]]) -> list:
    return [gold_article(f"t{n}", text, title=title) for n, (text, title) in enumerate(texts)]


def test_the_baseline_links_each_article_to_its_nearest_earlier_one() -> None:
    articles = _articles([
        ("The council approved the harbour bridge budget after a long debate.", "Bridge vote"),
        ("Floods forced thousands from their homes along the river delta.", "Floods"),
        ("After a long debate the council approved the budget for the harbour bridge.", None),
        ("River floods drove thousands from homes in the delta towns.", None),
    ])  # fmt: skip
    nearest = nearest_earlier(articles)
    assert nearest.index.tolist() == [-1, -1, 0, 1]
    assert clusters_at(nearest, 0.2) == ["b0", "b1", "b0", "b1"]
    assert clusters_at(nearest, 0.99) == ["b0", "b1", "b2", "b3"]  # one threshold decides


def test_the_baseline_does_not_link_across_more_than_the_live_window() -> None:
    text = "The council approved the harbour bridge budget after a long debate."
    a = gold_article("a", text, published_at="2024-01-01T00:00:00Z")
    b = gold_article("b", text, published_at="2024-02-01T00:00:00Z")
    assert nearest_earlier([a, b]).index.tolist() == [-1, -1]


def test_mixed_and_copy_precision_count_what_they_say() -> None:
    assert most_mixed(["p", "p", "p", "q"], ["a", "b", "b", "c"]) == 2
    items = [GoldItem(gold_article(k, "x"), story=s, part="train", split="x")
             for k, s in (("a", "one"), ("b", "one"), ("c", "two"))]  # fmt: skip
    ids = [i.article.id for i in items]
    assert copy_precision(items, {}) == (0, None)
    assert copy_precision(items, {ids[1]: ids[0], ids[2]: ids[0]}) == (2, 0.5)


def test_both_conditions_are_scored_beside_the_baseline(gold_dir: Path) -> None:  # noqa: F811
    table = evaluate_clustering(gold_dir / "basil", condition="both")
    rows = {(r["condition"], r["split"]): r for r in table.rows}
    assert set(rows) == {(c, s) for c in ("real", "compressed")
                         for s in ("2010–2012", "2013–2014")}  # fmt: skip
    for row in rows.values():
        assert 0.0 <= row["base_b3_f1"] <= 1.0 and row["mixed"] >= 1
    # The default library call stays the real condition alone, as before.
    assert {r["condition"] for r in evaluate_clustering(gold_dir / "basil").rows} == {"real"}


def test_the_cli_prints_both_conditions_by_default(gold_dir: Path) -> None:  # noqa: F811
    result = CliRunner().invoke(cli, ["eval", "clustering", str(gold_dir / "basil"),
                                      "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {r["condition"] for r in data["rows"]} == {"real", "compressed"}
    assert data["columns"][-3:] == ["condition", "mixed", "base_b3_f1"]
    one = CliRunner().invoke(cli, ["eval", "clustering", str(gold_dir / "basil"),
                                   "--condition", "compressed", "--format", "json"])  # fmt: skip
    assert {r["condition"] for r in json.loads(one.stdout)["rows"]} == {"compressed"}


@needs_data
def test_basil_held_out_on_a_dense_day_meets_the_goal() -> None:
    """Issue 13's goal: B³ F1 >= 0.93 with all times in one 72-hour window, and no story
    holding more than 3 gold stories (measured 0.983, at most 1, with model version 3;
    0.943 with 2 in version 2; version 1 scored the BASIL train part 0.824 here, with 4)."""
    table = evaluate_clustering(SHARED_DATA / "basil", condition="both")
    rows = {(r["condition"], r["part"]): r for r in table.rows}
    assert rows[("compressed", "held-out")]["b3_f1"] >= 0.93
    assert rows[("real", "held-out")]["b3_f1"] >= 0.95
    assert rows[("compressed", "train")]["b3_f1"] >= 0.95
    assert max(r["mixed"] for r in table.rows) <= 3


@needs_data
def test_the_crawled_roundups_stay_above_their_floors() -> None:
    """neus-raw held out (757 dated leads, 258 roundups, about three a day), model version
    3: B³ F1 0.850 real, 0.780 compressed (0.845 / 0.718 in version 2, whose densest
    story held 15 roundups; now 7)."""
    table = evaluate_clustering(SHARED_DATA / "neus-allsides" / "raw_crawled", condition="both")
    rows = {(r["condition"], r["part"]): r for r in table.rows if r["dataset"] == "neus-raw"}
    assert rows[("real", "held-out")]["items"] == 757
    assert rows[("real", "held-out")]["b3_f1"] >= 0.83
    assert rows[("compressed", "held-out")]["b3_f1"] >= 0.76
    assert rows[("compressed", "held-out")]["mixed"] <= 10
