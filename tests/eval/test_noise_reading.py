"""The reading of neus-raw's errors (scripts/measure_noise.py, gold/neus-raw-noise) and the
training script's option to fit on neus-raw (docs/eval-clustering.md, "neus-raw: our
errors and the gold's")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.eval import gold_article
from newsprism.eval.clustering import GoldItem, load_neus_raw, score_clustering
from tests.conftest import SHARED_DATA
from tests.script_modules import script_module

ROOT = Path(__file__).resolve().parents[2]
JUDGMENTS = ROOT / "gold" / "neus-raw-noise" / "judgments.json"
needs_data = pytest.mark.skipif(not SHARED_DATA.is_dir(),
                                reason="../shared/data is not beside the clone")  # fmt: skip


def _items(stories: list[str]) -> list[GoldItem]:
    return [GoldItem(gold_article(f"a{n}", "text", title="t"), story=s, part="train",
                     split="even stories") for n, s in enumerate(stories)]  # fmt: skip


def test_error_units_name_each_split_fragment_and_each_joined_pair() -> None:
    noise = script_module("measure_noise")
    items = _items(["r1", "r1", "r1", "r2", "r3"])
    splits, joins = noise.error_units(items, ["s1", "s1", "s2", "s2", "s3"])
    # r1's main story is s1; its report in s2 is one split unit.
    assert splits == [("r1", [2], [0, 1])]
    # s2 holds r1 and r2: one join unit; s3 holds r3 alone.
    assert joins == [("s2", "r1", "r2", [2], [3])]


def test_the_adjusted_gold_merges_twins_and_moves_off_event_reports() -> None:
    noise = script_module("measure_noise")
    items = _items(["r1", "r1", "r2", "r3", "r3", "r4"])
    judgments = {
        "joins": [{"class": "twin", "a": "r1", "b": "r2"},
                  {"class": "twin", "arguable": True, "a": "r3", "b": "r4"},
                  {"class": "ours-join", "a": "r2", "b": "r3"}],
        "splits": [{"class": "crawl", "report": items[1].article.id},
                   {"class": "topic", "report": items[4].article.id},
                   {"class": "ours-split"}],
    }  # fmt: skip
    strict = noise.adjusted_gold(items, judgments)
    wide = noise.adjusted_gold(items, judgments, wide=True)
    assert strict[0] == strict[2] != strict[1]  # r1 and r2 merged; report 1 on its own
    assert strict[3] == strict[4] != strict[5]  # the arguable twin kept apart
    assert wide[3] == wide[5] != wide[4]  # merged, and the topic report 4 moved out
    # A clusterer that read the events so scores 1 against the adjusted gold only.
    joined = ["x", "w", "x", "y", "y", "z"]  # the twins joined, the crawl report apart
    gold = [i.story for i in items]
    assert score_clustering(joined, strict).b3[2] == 1.0 > score_clustering(joined, gold).b3[2]


@needs_data
def test_the_judgments_name_training_roundups_and_reports_only() -> None:
    """The reading is of the training part: every roundup and report it names is there."""
    judgments = json.loads(JUDGMENTS.read_text("utf-8"))
    items = load_neus_raw(SHARED_DATA / "neus-allsides").items
    train = {i.story for i in items if i.part == "train"}
    reports = {i.article.id for i in items if i.part == "train"}
    assert len(judgments["splits"]) == 30 and len(judgments["joins"]) == 29
    for unit in judgments["joins"]:
        assert {unit["a"], unit["b"]} <= train
    assert {u["report"] for u in judgments["splits"] if "report" in u} <= reports


@needs_data
def test_the_training_script_fits_on_neus_raw_only_when_asked() -> None:
    train = script_module("train_clusterer")
    default = train.training_streams(SHARED_DATA)
    fitted = train.training_streams(SHARED_DATA, fit_neus_raw=True)
    assert "neus-raw real" not in default
    assert set(fitted) - set(default) == {"neus-raw real", "neus-raw compressed"}
    assert len(fitted["neus-raw real"]) == 614  # 722 less the roundups sharing a held-out title
    assert all(i.part == "train" for i in fitted["neus-raw compressed"])
