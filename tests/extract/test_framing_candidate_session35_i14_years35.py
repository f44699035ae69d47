"""scripts/framing_candidate.py: a retrained MiniLM scored under the shipped descriptions
(session 35: the learning curve over BASIL years compares training data, thresholds fixed)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest

from newsprism.errors import NewsprismError
from newsprism.extract.framing.detector import read_model

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "newsprism" / "data" / "models" / "framing-minilm"


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import framing_candidate
    finally:
        sys.path.pop(0)
    return framing_candidate


def _trained(model: Path, years: list[str]) -> dict:
    """What train_framing_onnx.py writes: its own thresholds, the files' hashes."""
    digest = {name: hashlib.sha256((model.parent / name).read_bytes()).hexdigest()
              for name in ("model.onnx", "tokenizer.json")}  # fmt: skip
    return {"name": "framing-minilm-l3 (babe+basil+mbic)", "kind": "onnx", "files": digest,
            "threshold": 0.41, "sentence_threshold": 0.47, "dev_sentence_macro_f1": 0.7,
            "dev_piece_f1": 0.4, "basil_dev": [],
            "training": {"sources": ["babe", "basil", "mbic"], "basil_years": years}}  # fmt: skip


def test_word_thresholds_stay_the_shipped_ones_and_the_training_is_the_candidates() -> None:
    shipped = json.loads((SHIPPED / "framing-detector-topics.json").read_text("utf-8"))
    trained = _trained(SHIPPED / "model.onnx", ["2010", "2011"])
    trained["files"] = {"model.onnx": "ab" * 32, "tokenizer.json": "cd" * 32}
    out = _script().candidate_description(shipped, trained)
    assert out["threshold"] == shipped["threshold"]  # own words: not the training's 0.41
    assert out["quote_threshold"] == shipped["quote_threshold"]
    assert out["topic_min_count"] == shipped["topic_min_count"]
    assert out["sentence_threshold"] == 0.47  # the training script's own rule
    assert out["files"] == trained["files"]
    assert out["training"]["basil_years"] == ["2010", "2011"]
    assert "basil 2010-2011" in out["name"] and out["threshold_training_dev_f1"] == 0.41


def test_a_candidate_folder_loads_as_a_detector_and_a_stale_hash_does_not(
        tmp_path: Path) -> None:  # fmt: skip
    for name in ("model.onnx", "tokenizer.json"):
        shutil.copyfile(SHIPPED / name, tmp_path / name)
    trained = _trained(tmp_path / "model.onnx", ["2010", "2011", "2012", "2013", "2014"])
    (tmp_path / "framing-detector.json").write_text(json.dumps(trained), "utf-8")
    written = _script().write_descriptions(tmp_path, tmp_path)
    assert {p.name for p in written} >= {"framing-detector-topics.json",
                                         "framing-detector.json"}  # fmt: skip
    model = read_model(tmp_path / "framing-detector-topics.json")
    shipped = read_model(SHIPPED / "framing-detector-topics.json")
    assert model.threshold == shipped.threshold
    assert "2010-2014" in model.name
    stale = json.loads((tmp_path / "framing-detector-quotes.json").read_text("utf-8"))
    stale["files"]["model.onnx"] = "0" * 64  # a description left pointing at other weights
    (tmp_path / "stale.json").write_text(json.dumps(stale), "utf-8")
    with pytest.raises(NewsprismError):
        read_model(tmp_path / "stale.json")
