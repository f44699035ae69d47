"""The packaged static embedder: loads offline, unit rows, paraphrases score above noise."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from newsprism.embeddings import get_embedder, static_model_path
from newsprism.errors import NewsprismError

# The same Miller statement as the two seeds render it, and an unrelated sentence.
MILLER_000 = (
    "Blinken reiterated the United States' opposition to a major ground operation in Rafah, "
    "where more than a million Palestinians have taken refuge."
)
MILLER_003 = (
    "Blinken reaffirmed Washington's opposition to a large-scale ground assault on Rafah, "
    "where about 1.4 million Palestinians are sheltering."
)
UNRELATED = "The central bank left interest rates unchanged for the third month in a row."


def test_static_embedder_returns_unit_float32_rows() -> None:
    vectors = get_embedder().encode([MILLER_000, MILLER_003, UNRELATED])
    assert vectors.shape == (3, 256)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_paraphrase_scores_above_unrelated() -> None:
    a, b, c = get_embedder().encode([MILLER_000, MILLER_003, UNRELATED])
    assert float(a @ b) > 0.7
    assert float(a @ b) > float(a @ c) + 0.3


def test_empty_input_and_unknown_text() -> None:
    embedder = get_embedder()
    assert embedder.encode([]).shape == (0, 256)
    (row,) = embedder.encode([""])
    assert not row.any()  # no token: a zero row, similar to nothing


def test_a_single_string_is_refused() -> None:
    with pytest.raises(TypeError):
        get_embedder().encode("Rafah")  # type: ignore[arg-type]


def test_loaded_once_per_process() -> None:
    assert get_embedder() is get_embedder("static")


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(NewsprismError) as info:
        get_embedder("word2vec")
    assert info.value.code == "E402"


def test_committed_model_matches_its_build_record() -> None:
    folder = static_model_path()
    build = json.loads((folder / "BUILD.json").read_text("utf-8"))
    for name, record in build["files"].items():
        data = (folder / name).read_bytes()
        assert len(data) == record["bytes"], name
        assert hashlib.sha256(data).hexdigest() == record["sha256"], name
