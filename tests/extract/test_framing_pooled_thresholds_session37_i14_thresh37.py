"""Word thresholds chosen from pooled out-of-fold scores (session 37): the variants of
one model share its sentence cache, the rule picks on the pooled years, each year's
nested pair is chosen without that year, and no held-out year feeds a grid."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsprism.extract.framing.detector import read_model

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "newsprism" / "data" / "models" / "framing-minilm"


def _script(name: str):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def _grid(year: str, cells: dict[str, tuple[int, int, int]], gold: int = 10) -> dict:
    """A grid of (found, flags, touching) per pair."""
    return {"year": year, "model": "test", "cells": {
        name: {"gold": gold, "found": f, "flags": n, "touching": t}
        for name, (f, n, t) in cells.items()}}  # fmt: skip


def test_variants_of_one_model_share_its_cache_and_take_their_pair() -> None:
    pooled = _script("framing_pooled_thresholds")
    model = read_model(SHIPPED / "framing-detector-topics.json")
    before = (model.threshold, model.quote_threshold)
    variants = pooled.threshold_variants(model, (0.4, 0.6), (0.55, 1.1))
    assert sorted(variants) == ["0.4/0.55", "0.4/1.1", "0.6/0.55", "0.6/1.1"]
    v = variants["0.6/0.55"]
    assert (v.threshold_for(False), v.threshold_for(True)) == (0.6, 0.55)
    assert v.cache is model.cache and v.session is model.session  # one run per sentence
    assert (model.threshold, model.quote_threshold) == before  # the original untouched


def test_the_rule_picks_the_most_spans_at_a_pooled_share_of_at_least_030() -> None:
    pooled = _script("framing_pooled_thresholds")
    # "a" finds most in 2010 alone but its pooled share is under 0.30; "b" and "c" both
    # reach 0.30 pooled and "c" finds more
    g10 = _grid("2010", {"a": (9, 100, 20), "b": (6, 20, 8), "c": (7, 30, 10)})
    g11 = _grid("2011", {"a": (8, 100, 20), "b": (5, 20, 6), "c": (6, 30, 8)})
    name, total = pooled.pick([g10, g11])
    assert name == "c" and (total["found"], total["flags"], total["touching"]) == (13, 60, 18)
    assert total["share"] == 0.3


def test_each_years_nested_pair_is_chosen_without_that_year() -> None:
    pooled = _script("framing_pooled_thresholds")
    # 2012 alone would choose "a"; the other two years choose "b", which 2012 is scored at
    grids = [_grid("2010", {"a": (1, 10, 1), "b": (5, 10, 5)}),
             _grid("2011", {"a": (1, 10, 1), "b": (5, 10, 5)}),
             _grid("2012", {"a": (3, 10, 3), "b": (2, 10, 4)})]  # fmt: skip
    rows = pooled.nested(grids, {"2012": "a"})
    assert [r["pooled_pair"] for r in rows] == ["b", "b", "b"]
    assert rows[2]["pooled"]["found"] == 2 and rows[2]["refit"]["found"] == 3
    assert pooled.totals(rows, "pooled")["found"] == 12


def test_no_grid_on_a_held_out_year() -> None:
    pooled = _script("framing_pooled_thresholds")
    with pytest.raises(SystemExit):
        pooled.grid(ROOT.parent / "shared" / "data", "2013",
                    SHIPPED / "framing-detector-topics.json")


def test_changed_flags_reads_only_the_named_articles(tmp_path: Path, monkeypatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("alpha", "beta"):
        (seeds / f"{name}.txt").write_text("The senator slammed the reckless plan.", "utf-8")
    out = tmp_path / "flags.json"
    monkeypatch.setattr(sys, "argv", ["framing_changed_flags.py", "--set", "seeds", "--seeds",
                                      str(seeds), "--names", "beta", "--out", str(out)])
    _script("framing_changed_flags").main()
    assert [a["name"] for a in json.loads(out.read_text("utf-8"))] == ["beta"]


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data").is_dir(),
                    reason="../shared/data is not beside the clone")
def test_reader_rows_take_their_order_from_the_salt(monkeypatch, capsys) -> None:
    monkeypatch.chdir(ROOT)
    picker = _script("framing_reader_rows")

    def picked(*extra: str) -> str:
        monkeypatch.setattr(sys, "argv", ["framing_reader_rows.py",
                                          str(ROOT.parent / "shared" / "data"), *extra])
        picker.main()
        return capsys.readouterr().out.splitlines()[-1]

    assert picked() == picked("--salt", "framing-reader36")
    assert picked("--salt", "framing-thresh37") != picked()
