"""Leave one BASIL year out (session 36): a model trained on other years than 2010-2012
gets its thresholds fitted on its own training years' held-apart articles, and they
reach the description eval framing loads."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from newsprism.extract.framing.detector import read_model

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "newsprism" / "data" / "models" / "framing-minilm"
SHARED_DATA = ROOT.parent / "shared" / "data"


def _script(name: str):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def test_fitted_thresholds_reach_the_default_description(tmp_path: Path) -> None:
    for name in ("model.onnx", "tokenizer.json", "framing-detector-topics.json"):
        shutil.copyfile(SHIPPED / name, tmp_path / name)
    path = _script("framing_loyo").set_thresholds(tmp_path, 0.62, 0.7, {"fit": "test"})
    model = read_model(path)
    assert (model.threshold, model.quote_threshold) == (0.62, 0.7)
    shipped = read_model(SHIPPED / "framing-detector-topics.json")
    assert (shipped.threshold, shipped.quote_threshold) == (0.5, 0.65)  # untouched


def _dump(tmp_path: Path, year: str) -> Path:
    """Two held-apart articles: one loaded word at 0.6 (own voice), one at 0.9 quoted."""
    articles = []
    for k, (raw, quoted) in enumerate(((0.6, False), (0.9, True))):
        token = {"i": 0, "start": 0, "end": 6, "raw": raw, "neutral": False, "in_quote": quoted}
        articles.append({"name": f"event{k}_fox", "year": year, "minilm_dev": True, "flags": [],
                         "tokens": [token], "gold": [{"start": 0, "end": 6, "bias": "lex"}]})
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(articles), "utf-8")
    return path


def _combiner(monkeypatch, capsys, argv: list[str]) -> str:
    monkeypatch.setattr(sys, "argv", ["fit_framing_combiner.py", *argv])
    _script("fit_framing_combiner").main()
    return capsys.readouterr().out


def test_combiner_fits_a_training_year_outside_2010_12_and_holds_the_own_threshold(
        tmp_path: Path, monkeypatch, capsys) -> None:  # fmt: skip
    dump = _dump(tmp_path, "2013")
    with pytest.raises(SystemExit):  # by default only 2010-2012 may be fitted on
        _combiner(monkeypatch, capsys, ["--dump", str(dump), "--apart-only", "--no-combiner"])
    out = _combiner(monkeypatch, capsys, ["--dump", str(dump), "--apart-only", "--no-combiner",
                                          "--years", "2011,2013", "--own", "0.7"])
    # own held at 0.7 (the 0.6 word is not flagged); the quoted 0.9 word still wanted
    assert "chosen own 0.7, quoted" in out
    assert "chosen own 0.7, quoted 1.1" not in out


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data is not beside the clone")
def test_evidence_fit_reads_the_held_apart_articles_of_the_years_given() -> None:
    evidence = _script("fit_framing_evidence")
    one = [i for i in evidence.dev_items(SHARED_DATA, 30, frozenset({"2011"}))
           if i["source"] == "basil"]  # fmt: skip
    default = [i for i in evidence.dev_items(SHARED_DATA, 30) if i["source"] == "basil"]
    assert one and {i["article"].year for i in one} == {"2011"}
    assert {i["article"].year for i in default} == {"2010", "2011", "2012"}
    assert {i["article"].name for i in one} < {i["article"].name for i in default}
