"""The ``event-onnx`` embedder (session 32's encoder fine-tuned for events): the same
runtime as ``minilm-onnx``, read from its own folder and its own hash-checked JSON.
The fine-tuned file is not shipped (docs/eval-clustering.md, "Session 32: an encoder
fine-tuned for events"), so these tests build a folder of its layout from the packaged
MiniLM file: the plumbing, not the weights."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.embeddings import EMBEDDERS, EventOnnxEmbedder, MiniLMOnnxEmbedder
from newsprism.errors import NewsprismError
from tests.test_embeddings import MILLER_000, UNRELATED
from tests.test_embeddings_onnx import _copy


def _event_folder(tmp_path: Path, max_length: int = 64) -> Path:
    """A folder laid out as ``train_event_encoder.py`` writes it (``event-onnx.json``)."""
    folder = _copy(tmp_path)
    meta = json.loads((folder / "minilm-onnx.json").read_text("utf-8"))
    (folder / "minilm-onnx.json").unlink()
    meta["max_length"] = max_length
    (folder / "event-onnx.json").write_text(json.dumps(meta), "utf-8")
    return folder


def test_the_name_is_registered() -> None:
    assert EMBEDDERS["event-onnx"] is EventOnnxEmbedder
    assert EventOnnxEmbedder.meta_file == "event-onnx.json"


def test_its_own_json_is_read_and_its_length_cap_applies(tmp_path: Path) -> None:
    folder = _event_folder(tmp_path, max_length=64)
    event = EventOnnxEmbedder(folder)
    assert event.dim == 384 and event.meta["max_length"] == 64
    long_text = " ".join([MILLER_000] * 6)  # far over 64 word pieces
    capped = MiniLMOnnxEmbedder().encode([long_text], max_pieces=64)[0]
    assert np.allclose(event.encode([long_text])[0], capped, atol=1e-6)
    a, c = event.encode([MILLER_000, UNRELATED])
    assert float(a @ c) < 0.5


def test_a_folder_without_its_json_or_with_a_changed_file_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)  # minilm-onnx.json only: not an event folder
    with pytest.raises(NewsprismError) as caught:
        EventOnnxEmbedder(folder)
    assert caught.value.code == "E403"
    folder = _event_folder(tmp_path / "second")
    (folder / "model.onnx").write_bytes(b"not a model")
    with pytest.raises(NewsprismError) as caught:
        EventOnnxEmbedder(folder)
    assert "sha256" in str(caught.value)


def test_a_folder_never_built_is_one_line_naming_it_and_the_script(tmp_path: Path) -> None:
    """Session 34: the model does not ship, so a missing folder is E404 with the folder
    and the script that builds it, not a file error blaming the minilm-onnx export."""
    absent = tmp_path / "event-onnx"
    with pytest.raises(NewsprismError) as caught:
        EventOnnxEmbedder(absent)
    message = str(caught.value)
    assert caught.value.code == "E404" and "\n" not in message
    assert str(absent) in message and "scripts/train_event_encoder.py" in message
    assert "minilm-onnx" not in message


def test_a_shipped_onnx_folder_missing_stays_e403_naming_its_own_script(tmp_path: Path) -> None:
    """The packaged MiniLM file ships: a missing folder means a broken install (E403,
    reinstall or re-export), while a broken event folder names the event script."""
    with pytest.raises(NewsprismError) as caught:
        MiniLMOnnxEmbedder(tmp_path / "gone")
    assert caught.value.code == "E403"
    assert "minilm-onnx embedder" in str(caught.value)
    assert "reinstall" in str(caught.value) and "export_minilm_onnx.py" in str(caught.value)
    folder = _event_folder(tmp_path / "event")
    (folder / "event-onnx.json").write_text("{", "utf-8")
    with pytest.raises(NewsprismError) as caught:
        EventOnnxEmbedder(folder)
    assert caught.value.code == "E403"
    assert "event-onnx embedder" in str(caught.value)
    assert "train_event_encoder.py" in str(caught.value)
    assert "reinstall" not in str(caught.value)


def test_no_command_offers_it_and_an_unknown_name_says_how_to_build_it() -> None:
    from click.testing import CliRunner

    from newsprism.cli import cli
    from newsprism.embeddings import get_embedder

    for args in (["compare", "x.txt"], ["analyze"], ["story", "x"]):
        result = CliRunner().invoke(cli, [*args, "--embedder", "event-onnx"])
        assert result.exit_code == 2 and "'static', 'minilm'" in result.output
    with pytest.raises(NewsprismError) as caught:
        get_embedder("event-encoder")
    assert caught.value.code == "E402"
    assert "event-onnx once built by scripts/train_event_encoder.py" in str(caught.value)
