"""The packaged MiniLM (int8 ONNX) embedder: hash-checked files, shapes, ranking, and a
vector that depends on its text alone (not on what shares its call)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from newsprism.embeddings import ONNX_MODEL_DIR, MiniLMOnnxEmbedder, get_embedder
from newsprism.errors import NewsprismError
from tests.test_embeddings import MILLER_000, MILLER_003, UNRELATED

PACKAGED = Path(__file__).resolve().parents[1] / "src" / "newsprism" / Path(*ONNX_MODEL_DIR)


@pytest.fixture(scope="module")
def minilm() -> MiniLMOnnxEmbedder:
    return get_embedder("minilm-onnx")  # type: ignore[return-value]


def test_rows_are_unit_float32_of_384(minilm) -> None:
    vectors = minilm.encode([MILLER_000, MILLER_003, UNRELATED])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert minilm.encode([]).shape == (0, 384)
    assert not minilm.encode(["  "]).any()  # an empty text is similar to nothing


def test_a_paraphrase_is_closer_than_an_unrelated_sentence(minilm) -> None:
    a, b, c = minilm.encode([MILLER_000, MILLER_003, UNRELATED])
    assert float(a @ b) > 0.7
    assert float(a @ b) > float(a @ c) + 0.4


def test_the_probe_pairs_recorded_at_export_hold(minilm) -> None:
    """The cosines the export script measured on its probes, within the int8 noise: the
    shipped file is the one described, run the way the export ran it."""
    probes = minilm.meta["probes"]
    vectors = minilm.encode(probes)
    found = [float(vectors[0] @ v) for v in vectors]
    assert np.allclose(found, minilm.meta["checks"]["probe_cosine_int8"], atol=2e-3)
    assert found[1] > max(found[2:]) + 0.3  # two shutdown headlines vs a quake and a rate rise


def test_a_vector_does_not_depend_on_its_neighbours(minilm) -> None:
    """The int8 model quantises activations per run: each text runs alone, so the stored
    features of an article are the same whatever batch it came in."""
    alone = minilm.encode([MILLER_003])[0]
    batched = minilm.encode([UNRELATED, MILLER_000 * 5, MILLER_003], batch_size=2)[2]
    assert np.array_equal(alone, batched)


def _copy(tmp_path: Path) -> Path:
    """The packaged folder and the tokenizer it names, copied (a hash can be broken)."""
    folder = tmp_path / "minilm-onnx"
    shutil.copytree(PACKAGED, folder)
    (tmp_path / "framing-minilm").mkdir()
    shutil.copyfile(PACKAGED.parent / "framing-minilm" / "tokenizer.json",
                    tmp_path / "framing-minilm" / "tokenizer.json")  # fmt: skip
    return folder


def test_a_copy_loads_and_a_changed_file_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    assert MiniLMOnnxEmbedder(folder).dim == 384
    meta = json.loads((folder / "minilm-onnx.json").read_text("utf-8"))
    meta["files"]["model.onnx"] = "0" * 64
    (folder / "minilm-onnx.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(NewsprismError) as caught:
        MiniLMOnnxEmbedder(folder)
    assert caught.value.code == "E403" and "sha256" in str(caught.value)


def test_a_missing_tokenizer_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (tmp_path / "framing-minilm" / "tokenizer.json").unlink()
    with pytest.raises(NewsprismError) as caught:
        MiniLMOnnxEmbedder(folder)
    assert caught.value.code == "E403"


def test_max_pieces_is_the_tokenizers_own_cut(minilm) -> None:
    """``encode(max_pieces=N)`` (the ``minilm-onnx/leadN`` context) embeds what the
    tokenizer truncating at N gives: a text run with a tokenizer cut at N itself."""
    from tokenizers import Tokenizer

    text = ("The Senate passed a stopgap spending bill on Thursday to keep the government "
            "open through December, averting a shutdown hours before the deadline. ") * 3
    tokenizer = Tokenizer.from_file(str(minilm.path / "../framing-minilm/tokenizer.json"))
    tokenizer.no_padding()
    for cap in (16, 64):
        tokenizer.enable_truncation(cap)
        ids = np.asarray([tokenizer.encode(text).ids], np.int64)
        assert ids.shape[1] == cap
        raw = minilm._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
        expected = raw[0][0] / np.linalg.norm(raw[0][0])
        got = minilm.encode([text], max_pieces=cap)[0]
        assert np.allclose(got, expected, atol=1e-6)
    # a cut above the text's length changes nothing; a shorter cut changes the vector
    assert np.array_equal(minilm.encode([text], max_pieces=256), minilm.encode([text]))
    assert not np.allclose(minilm.encode([text], max_pieces=16), minilm.encode([text]))


def test_max_pieces_outside_the_files_range_is_refused(minilm) -> None:
    with pytest.raises(ValueError, match="max_pieces"):
        minilm.encode(["a headline"], max_pieces=257)
    with pytest.raises(ValueError, match="max_pieces"):
        minilm.encode(["a headline"], max_pieces=2)
