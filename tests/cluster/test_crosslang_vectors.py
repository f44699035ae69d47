"""The cross-language path keeps its multilingual vectors in the store: a later session
reads them instead of embedding the same texts again (store/cross_vectors.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from newsprism.cluster.crosslang import VECTOR_VERSION, CrossLanguageLinker
from newsprism.cluster.state import store_texts
from newsprism.embeddings import MultilingualEmbedder
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from tests.conftest import EXAMPLES

DATA = Path(__file__).parents[1] / "data" / "crosslang"


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """A store holding the two English seeds (their story made) and the Arabic report
    of their event, ingested in two runs: the report met the English story."""
    english, arabic = tmp_path / "en", tmp_path / "ar"
    english.mkdir()
    arabic.mkdir()
    for path in EXAMPLES.iterdir():
        shutil.copy(path, english / path.name)
    for path in DATA.glob("ar_seed_report.txt*"):
        shutil.copy(path, arabic / path.name)
    db = tmp_path / "news.db"
    for folder in (english, arabic):
        with open_store(db) as store:
            ingest_paths([folder], store)
    return db


def _rows(db: Path) -> dict[str, str]:
    with open_store(db) as store:
        return dict(store.conn.execute("SELECT article_id, version FROM cross_vectors"))


def _titles(db: Path) -> list[tuple[str, str]]:
    with open_store(db) as store:
        return [tuple(r) for r in store.conn.execute("SELECT id, title FROM articles")]


def test_the_arabic_report_and_the_founder_it_met_are_kept(seeded: Path) -> None:
    kept = _rows(seeded)
    with open_store(seeded) as store:
        languages = dict(store.conn.execute("SELECT id, language FROM articles"))
    # The report and the English story's founder, nothing else: English articles that
    # met no other language were never embedded.
    assert sorted(languages[a] for a in kept) == ["ar", "en"]
    assert set(kept.values()) == {VECTOR_VERSION}


def test_a_new_session_reads_them_instead_of_embedding(seeded: Path, monkeypatch) -> None:
    items = [(a, t or "") for a, t in _titles(seeded) if a in _rows(seeded)]
    with open_store(seeded) as store:
        before = {a: v.copy() for a, v in
                  CrossLanguageLinker(store_texts(store.conn)).vectors(items).items()}  # fmt: skip

    def refuse(self, texts, **_):
        raise AssertionError(f"embedded again: {list(texts)[:1]}")

    monkeypatch.setattr(MultilingualEmbedder, "encode", refuse)
    with open_store(seeded) as store:
        again = CrossLanguageLinker(store_texts(store.conn)).vectors(items)
    for article_id, vector in before.items():
        assert vector.dtype == np.float32
        assert np.array_equal(again[article_id], vector)


def test_a_vector_of_another_version_or_of_a_headline_is_not_read(seeded: Path) -> None:
    with open_store(seeded) as store:
        texts = store_texts(store.conn)
        ids = list(_rows(seeded))
        assert texts.load_vectors(ids, "some-other-model/72w") == {}
        # An id the store does not hold (a headline only) is embedded, never kept.
        linker = CrossLanguageLinker(texts)
        linker.vectors([("not-an-article", "Blinken meets Gallant")])
        assert "not-an-article" not in _rows(seeded)
