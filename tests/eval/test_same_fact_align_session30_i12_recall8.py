"""scripts/same_fact_align.py: the BERTScore-style alignment columns of session 30 (word
pieces pooled into spaCy words, the greedy alignment, its settings)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def align():
    """The module of scripts/ (not a package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import same_fact_align

    return same_fact_align


@pytest.fixture(scope="module")
def tokenizer(align):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(align.PACKAGED.parent / "framing-minilm" / "tokenizer.json"))
    tok.no_padding()
    return tok


class PieceIndex:
    """A session whose states say which word piece they are (state p = p · e0 + e1),
    so that a pooled word's vector tells which pieces were averaged into it."""

    def run(self, names, feeds):
        length = feeds["input_ids"].shape[1]
        states = np.zeros((1, length, 384), dtype=np.float32)
        states[0, :, 0] = np.arange(length)
        states[0, :, 1] = 1.0
        return [states for _ in names]


def _unit_mean(pieces: list[int]) -> np.ndarray:
    row = np.zeros(384)
    row[0], row[1] = np.mean(pieces), 1.0
    return row / np.linalg.norm(row)


def test_a_word_of_several_pieces_is_their_mean(align, tokenizer) -> None:
    from newsprism.extract.nlp import load_nlp

    doc = load_nlp()("Quarterbacks rejected the overture.")
    pieces = tokenizer.encode(doc.text).tokens
    assert pieces[:3] == ["[CLS]", "quarterback", "##s"]
    words = align.word_states(PieceIndex(), tokenizer, doc, align.LAYERS)
    # punctuation is left out, and so are the [CLS] and [SEP] pieces
    assert words["key"] == ["quarterbacks", "rejected", "the", "overture"]
    assert words["content"].tolist() == [True, True, False, True]
    vec = words["vec"][align.LAYERS[-1]].astype(np.float64)
    # "quarterbacks" is two pieces (1 and 2), pooled into one unit vector
    assert np.allclose(vec[0], _unit_mean([1, 2]), atol=1e-3)
    assert np.allclose(vec[1], _unit_mean([pieces.index("rejected")]), atol=1e-3)
    assert np.allclose(vec[3], _unit_mean([pieces.index("overture")]), atol=1e-3)


def _words(lemmas: list[str], rows: list[list[float]], content: list[bool] | None = None) -> dict:
    vec = np.array([np.pad(r, (0, 384 - len(r))) for r in rows], dtype=np.float32)
    vec = vec.reshape(-1, 384) / np.maximum(np.linalg.norm(vec, axis=-1, keepdims=True), 1e-9)
    return {"lemma": lemmas, "key": lemmas,
            "content": np.array(content if content is not None else [True] * len(lemmas),
                                dtype=bool),
            "vec": {k: vec.astype(np.float16) for k in (3, 5)}}


def test_the_shorter_side_is_aligned_into_the_longer(align) -> None:
    setting = align.Setting("align_cover,align_back,align_f1,align_gain@5/none")
    short = _words(["refuse", "offer"], [[1, 0, 0], [0, 1, 0]])
    long = _words(["reject", "overture", "weekend", "visit"],
                  [[0.9, 0.1, 0], [0, 1, 0], [0, 0, 1], [0, 0.2, 1]])  # fmt: skip
    cover, back, f1, gain = align.pair_align(short, long, setting, None)
    # every short word has a close partner; half the long one's words have none
    assert cover > 0.95 and back < 0.8 and back < f1 < cover
    # "refuse" is found in other words, "offer" too: the gain is the whole cover
    assert gain == pytest.approx(cover, abs=1e-3)
    # the pair's order does not matter
    again = align.pair_align(long, short, setting, None)
    assert again == pytest.approx([cover, back, f1, gain], abs=1e-6)


def test_words_shared_by_lemma_add_no_gain_and_no_words_give_zero(align) -> None:
    setting = align.Setting("align_gain@5/none")
    a = _words(["senate", "vote"], [[1, 0], [0, 1]])
    b = _words(["senate", "vote", "today"], [[1, 0], [0, 1], [1, 1]])
    assert align.pair_align(a, b, setting, None)[3] == 0.0
    # function words are not aligned under "content", but a text of function words
    # alone is aligned by them all: the same such sentence in both is one fact
    a = _words(["which", "be", "it"], [[1, 0], [0, 1], [1, 1]], content=[False] * 3)
    assert align.pair_align(a, a, align.Setting("align_f1@5/none"), None)[2] > 0.99
    other = _words(["senate", "adjourn"], [[0, 0, 1], [0, 0.1, 1]])
    assert align.pair_align(a, other, align.Setting("align_f1@5/none"), None)[2] < 0.2
    empty = _words([], np.zeros((0, 2)).tolist())
    assert align.pair_align(empty, b, setting, None) == [0.0] * len(align.COLUMN_NAMES)


def test_language_idf_weighs_a_rare_word_over_a_common_one(align) -> None:
    lang = align.language_idf()
    words = _words(["the", "senator", "overture"], [[1, 0], [0, 1], [1, 1]])
    words["key"] = ["the", "senator", "overture"]
    weights = align._weights(words, np.ones(3, bool), align.Setting("align_f1"), lang)
    # a function word is missing from the table and gets its lowest weight
    assert weights[0] == pytest.approx(lang[2]) and weights[0] < weights[1] < weights[2]


def test_a_setting_names_known_columns_layers_and_weights(align) -> None:
    setting = align.Setting("align_cover,align_back@3/story/all")
    assert (setting.names, setting.layer, setting.idf, setting.words) == (
        ("align_cover", "align_back"), 3, "story", "all")
    assert align.Setting("align_f1").layer == align.LAYERS[-1]
    for wrong in ("align_recall", "align_f1@4", "align_f1@5/tfidf", "align_f1@5/lang/nouns"):
        with pytest.raises(SystemExit):
            align.Setting(wrong)
