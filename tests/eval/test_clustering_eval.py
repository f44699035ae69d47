"""Story clustering scored against gold stories: the metrics on known answers, the three
gold formats on tiny folders, and (when ../shared/data is beside the clone) the real sets
against pinned floors."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.errors import EvalError
from newsprism.eval.clustering import (
    cluster_articles,
    evaluate_clustering,
    in_batches,
    load_basil,
    load_neus,
    load_neus_raw,
    neus_raw_part,
    score_clustering,
    stream,
)
from tests.cluster.corpus import REPORTS
from tests.conftest import SHARED_DATA

needs_data = pytest.mark.skipif(not SHARED_DATA.is_dir(),
                                reason="../shared/data is not beside the clone")  # fmt: skip

# --- metrics ----------------------------------------------------------------------------


def test_a_perfect_clustering_scores_one_everywhere() -> None:
    s = score_clustering(["x", "x", "y", "z"], ["a", "a", "b", "c"])
    assert s.b3 == (1.0, 1.0, 1.0) and s.pairwise == (1.0, 1.0, 1.0) and s.ari == 1.0
    assert (s.gold, s.found) == (3, 3)


def test_b_cubed_and_pairwise_on_a_worked_example() -> None:
    """Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.

    B³ precision: items 1,2 -> 1; 3 -> 1/3; 4,5 -> 2/3: (2 + 1/3 + 4/3) / 5 = 11/15.
    B³ recall: 1,2 -> 2/3; 3 -> 1/3; 4,5 -> 1: (4/3 + 1/3 + 2) / 5 = 11/15.
    Pairs: predicted {12, 34, 35, 45}, gold {12, 13, 23, 45}: 2 shared of 4 and 4.
    """
    s = score_clustering(["p", "p", "q", "q", "q"], ["a", "a", "a", "b", "b"])
    assert s.b3 == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    assert s.pairwise == pytest.approx((0.5, 0.5, 0.5))


@pytest.mark.parametrize(("predicted", "b3_p", "b3_r"), [
    (["one"] * 6, 0.5, 1.0),  # everything in one story: recall only
    ([str(n) for n in range(6)], 1.0, 1 / 3),  # every article alone: precision only
])  # fmt: skip
def test_degenerate_clusterings_cannot_score_well(predicted, b3_p, b3_r) -> None:
    s = score_clustering(predicted, ["a", "a", "a", "b", "b", "b"])
    assert s.b3[:2] == pytest.approx((b3_p, b3_r)) and s.b3[2] < 0.7 and s.ari <= 0.0


def test_the_adjusted_rand_index_matches_scikit_learn() -> None:
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    rng = random.Random(7)
    for _ in range(20):
        gold = [rng.randrange(5) for _ in range(40)]
        predicted = [rng.randrange(7) if rng.random() < 0.4 else g for g in gold]
        expected = sklearn_metrics.adjusted_rand_score(gold, predicted)
        assert score_clustering([str(p) for p in predicted], [str(g) for g in gold]).ari == (
            pytest.approx(expected))  # fmt: skip


# --- tiny gold folders -------------------------------------------------------------------

# BASIL years: three events in a training year, two in a held-out year.
BASIL_EVENTS = {"quake": "2010", "rates": "2010", "launch": "2010", "floods": "2013",
                "final": "2013"}  # fmt: skip


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """../shared/data in miniature: BASIL, NeuS-AllSides and GoogleNews folders."""
    data = tmp_path / "data"
    counts: dict[str, int] = {}
    for event, outlet, published, title, body in REPORTS:
        year = BASIL_EVENTS[event]
        counts[event] = counts.get(event, 0) + 1
        folder = data / "basil" / "articles" / year
        folder.mkdir(parents=True, exist_ok=True)
        sentences = [s.strip() + "." for s in body.split(". ") if s.strip()]
        record = {"title": title, "date": year + published[4:10], "source": outlet.upper(),
                  "triplet-uuid": f"uuid-{event}", "body-paragraphs": [sentences[:2],
                                                                        sentences[2:]]}  # fmt: skip
        (folder / f"uuid-{event}_{counts[event]}.json").write_text(json.dumps(record))
    events: dict[str, list[tuple[str, str]]] = {}
    for event, _, _, title, body in REPORTS:
        events.setdefault(event, []).append((title, body.split(". ")[0] + "."))
    lines = [" [SEP] ".join(f"TITLE=> {t}. ARTICLE=> {lead}" for t, lead in reports)
             for reports in events.values()]  # fmt: skip
    neus = data / "neus-allsides" / "naacl2022_lrc_roundup_random_order_probe"
    neus.mkdir(parents=True)
    for split, chosen in (("train", lines[:3]), ("val", lines[3:4]), ("test", lines[4:])):
        (neus / f"{split}.source").write_text("\n".join(chosen) + "\n")
    news = data / "googlenews-tsc"
    news.mkdir()
    cluster_of = {"quake": 1, "rates": 2, "floods": 4, "launch": 5, "final": 7}  # 1-3, 7 held out
    for variant in ("T", "S", "TS"):
        rows = []
        for event, _, _, title, body in REPORTS:
            text = {"T": title, "S": body, "TS": f"{title} {body}"}[variant].lower()
            rows.append(json.dumps({"text": text, "cluster": cluster_of[event]}))
        (news / f"googlenews-{variant}.jsonl").write_text("\n".join(rows) + "\n")
    return data


def _rows(table) -> dict[tuple[str, str], dict]:
    return {(r["dataset"], r["split"]): r for r in table.rows}


def test_every_set_and_part_gets_a_row(gold_dir: Path) -> None:
    rows = _rows(evaluate_clustering(gold_dir))
    assert set(rows) == {
        ("basil", "2010–2012"), ("basil", "2013–2014"),
        ("neus-allsides", "train"), ("neus-allsides", "val"), ("neus-allsides", "test"),
        *((f"googlenews-{v}", half) for v in ("T", "S", "TS")
          for half in ("even events", "odd events")),
    }  # fmt: skip
    assert rows[("basil", "2010–2012")]["items"] == 7 and rows[("basil", "2013–2014")]["gold"] == 2
    assert rows[("basil", "2010–2012")]["part"] == "train"
    assert rows[("neus-allsides", "val")]["part"] == "held-out"
    for row in rows.values():
        for key in ("b3_p", "b3_r", "b3_f1", "pair_p", "pair_r", "pair_f1"):
            assert 0.0 <= row[key] <= 1.0


def test_full_text_events_are_clustered_perfectly(gold_dir: Path) -> None:
    rows = _rows(evaluate_clustering(gold_dir / "basil"))
    assert set(rows) == {("basil", "2010–2012"), ("basil", "2013–2014")}
    for row in rows.values():
        assert (row["b3_f1"], row["pair_f1"], row["ari"]) == (1.0, 1.0, 1.0)
        assert row["found"] == row["gold"]


def test_the_stream_is_in_publication_order_and_parts_never_mix(gold_dir: Path) -> None:
    gold = load_basil(gold_dir / "basil")
    train = stream(gold, "train")
    assert [i.article.published_at for i in train] == sorted(i.article.published_at
                                                             for i in train)  # fmt: skip
    assert {i.part for i in train} == {"train"}
    held = stream(load_neus(gold_dir / "neus-allsides"), "held-out")
    assert {i.split for i in held} == {"val", "test"}


def _raw_roundup(story_id: int, date: str, sides: dict[str, tuple[str, list[str]]]) -> str:
    """One line of ``raw_crawled/*.jsonl``: a roundup and its reports by side."""
    news = {side: {"newsSource": f"Outlet {side}", "newsTitle": title, "newBody": body}
            for side, (title, body) in sides.items()}  # fmt: skip
    return json.dumps({"id": story_id, "issue": "x", "date": date, "roundup": ["x"],
                       "news": news})  # fmt: skip


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """``neus-allsides/raw_crawled`` in miniature: a quake roundup (three reports, one of
    them with an empty body), a rate cut (two reports), a roundup with no report."""
    quake = [r for r in REPORTS if r[0] == "quake"]
    rates = [r for r in REPORTS if r[0] == "rates"]
    folder = tmp_path / "data" / "neus-allsides" / "raw_crawled"
    folder.mkdir(parents=True)
    lines = [
        _raw_roundup(7, "2024-05-06T16:15:00-07:00", {
            "left": (quake[0][3], quake[0][4].split(". ")), "center": (quake[1][3], [quake[1][4]]),
            "right": (quake[2][3], ["", "  "])}),
        _raw_roundup(8, "2024-05-06T05:00:00-07:00", {
            "left": (rates[0][3], [rates[0][4]]), "right": (rates[1][3], [rates[1][4]])}),
        _raw_roundup(9, "2024-05-07T05:00:00-07:00", {}),
    ]  # fmt: skip
    (folder / "headline_11_crawled_all.jsonl").write_text("\n".join(lines) + "\n")
    return tmp_path / "data"


def test_the_crawled_roundups_load_dated_by_their_roundup(raw_dir: Path) -> None:
    gold = load_neus_raw(raw_dir / "neus-allsides")
    assert gold.name == "neus-raw" and gold.dated and gold.skipped == 1
    assert [(i.story, i.article.outlet) for i in gold.items] == [
        ("neus-raw:7", "Outlet left"), ("neus-raw:7", "Outlet center"),
        ("neus-raw:8", "Outlet left"), ("neus-raw:8", "Outlet right")]  # fmt: skip
    first = gold.items[0]
    assert first.article.published_at == "2024-05-06T23:15:00Z"  # -07:00 read as UTC
    assert first.article.paragraphs == [p for p in REPORTS[0][4].split(". ")]
    assert first.article.text.startswith("A magnitude 6.8 earthquake")
    assert first.article.title == REPORTS[0][3]
    for item in gold.items:  # the split follows the roundup, never one report
        assert item.part == neus_raw_part(item.story.removeprefix("neus-raw:"))
        assert item.split == ("even stories" if item.part == "train" else "odd stories")
    assert stream(gold, "train") + stream(gold, "held-out") != []


def test_the_eval_finds_the_crawled_roundups_and_scores_them(raw_dir: Path) -> None:
    for folder in (raw_dir, raw_dir / "neus-allsides", raw_dir / "neus-allsides" / "raw_crawled"):
        table = evaluate_clustering(folder, condition="both")
        rows = [r for r in table.rows if r["dataset"] == "neus-raw"]
        assert {r["condition"] for r in rows} == {"real", "compressed"}
        assert sum(r["items"] for r in rows) == 2 * 4
        assert all(r["b3_f1"] == 1.0 and r["base_b3_f1"] == 1.0 for r in rows)
        assert any("left out for an empty body: 1." in n for n in table.notes)


def test_the_eval_runs_the_ingest_clusterer(gold_dir: Path) -> None:
    """cluster_articles is the ingest path: same features, same stream clusterer."""
    items = stream(load_basil(gold_dir / "basil"), "train")
    ids = cluster_articles([i.article for i in items])
    from newsprism.cluster.stream import story_id_for

    assert ids[0] == story_id_for(items[0].article.id)
    assert len(set(ids)) == 3


def test_a_folder_without_gold_stories_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError) as caught:
        evaluate_clustering(tmp_path)
    assert caught.value.code == "E300"


def test_the_cli_prints_the_table_and_json(gold_dir: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(cli, ["eval", "clustering", str(gold_dir / "basil")])
    assert text.exit_code == 0, text.output
    assert "Story clustering" in text.stdout and "2013–2014" in text.stdout
    result = runner.invoke(cli, ["eval", "clustering", str(gold_dir), "--limit", "3",
                                 "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["columns"][:3] == ["dataset", "part", "split"]
    assert max(r["items"] for r in data["rows"]) <= 3


def test_batches_reorder_the_stream_as_separate_ingest_runs() -> None:
    items = list(range(100))
    assert in_batches(items, 1) == items
    batches = in_batches(items, 4)
    assert sorted(batches) == items and batches != items
    runs = [batches[n * 25 : (n + 1) * 25] for n in range(4)]
    assert all(run == sorted(run) for run in runs)  # each run in stream order
    assert all(run[-1] - run[0] > 50 for run in runs)  # and spanning the whole period


@needs_data
def test_a_backfill_in_batches_stays_close_to_the_ordered_stream() -> None:
    """BASIL held out, fed as 20 shuffled runs: late articles find the frozen stories of
    their time (without that look-up: 37 stories for 20 events, B³ F1 0.82)."""
    rows = _rows(evaluate_clustering(SHARED_DATA / "basil", batches=20))
    assert rows[("basil", "2013–2014")]["b3_f1"] >= 0.93
    assert rows[("basil", "2013–2014")]["found"] <= 26


# --- the real sets ----------------------------------------------------------------------


@needs_data
def test_basil_full_text_reaches_the_goal_on_the_held_out_years() -> None:
    rows = _rows(evaluate_clustering(SHARED_DATA / "basil"))
    held_out = rows[("basil", "2013–2014")]
    assert held_out["items"] == 60 and held_out["gold"] == 20
    assert held_out["b3_f1"] >= 0.95  # the goal of issue 4
    assert rows[("basil", "2010–2012")]["b3_f1"] >= 0.95


@needs_data
def test_allsides_held_out_triplets_stay_above_their_floor() -> None:
    items = stream(load_neus(SHARED_DATA / "neus-allsides"), "held-out")
    predicted = cluster_articles([i.article for i in items])
    scores = score_clustering(predicted, [i.story for i in items])
    assert len(items) == 6 * 307
    assert scores.b3[2] >= 0.70 and scores.ari >= 0.45  # measured: see docs/eval-clustering.md
