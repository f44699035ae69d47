"""The cross-language path keeps its multilingual vectors in the store: a later session
reads them instead of embedding the same texts again (``cross_vectors``,
store/clusterer.py), on both backends."""

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
def seeded(tmp_path: Path, store_location: str) -> str:
    """A store holding the two English seeds (their story made) and the Arabic report
    of their event, ingested in two runs: the report met the English story."""
    english, arabic = tmp_path / "en", tmp_path / "ar"
    english.mkdir()
    arabic.mkdir()
    for path in EXAMPLES.iterdir():
        shutil.copy(path, english / path.name)
    for path in DATA.glob("ar_seed_report.txt*"):
        shutil.copy(path, arabic / path.name)
    for folder in (english, arabic):
        with open_store(store_location) as store:
            ingest_paths([folder], store)
    return store_location


def _articles(location: str) -> dict[str, tuple[str | None, str]]:
    """id -> (language, title) of every stored article."""
    with open_store(location) as store:
        return {a.id: (a.language, a.title or "") for a in store.iter_articles()}


def _kept(location: str, version: str = VECTOR_VERSION) -> set[str]:
    with open_store(location) as store:
        return set(store.cross_vectors(list(_articles(location)), version))


def test_the_arabic_report_and_the_founder_it_met_are_kept(seeded: str) -> None:
    articles = _articles(seeded)
    kept = _kept(seeded)
    # The report and the English story's founder, nothing else: English articles that
    # met no other language were never embedded.
    assert sorted(articles[a][0] for a in kept) == ["ar", "en"]
    assert _kept(seeded, "some-other-model/72w") == set()


def test_a_new_session_reads_them_instead_of_embedding(seeded: str, monkeypatch) -> None:
    items = [(a, title) for a, (_, title) in _articles(seeded).items() if a in _kept(seeded)]
    with open_store(seeded) as store:
        before = {a: v.copy() for a, v in
                  CrossLanguageLinker(store_texts(store)).vectors(items).items()}  # fmt: skip

    def refuse(self, texts, **_):
        raise AssertionError(f"embedded again: {list(texts)[:1]}")

    monkeypatch.setattr(MultilingualEmbedder, "encode", refuse)
    with open_store(seeded) as store:
        again = CrossLanguageLinker(store_texts(store)).vectors(items)
    for article_id, vector in before.items():
        assert vector.dtype == np.float32
        assert np.array_equal(again[article_id], vector)


def test_a_vector_of_a_headline_is_not_kept(seeded: str) -> None:
    with open_store(seeded) as store:
        # An id the store does not hold (a headline only) is embedded, never kept.
        CrossLanguageLinker(store_texts(store)).vectors([("not-an-article", "Blinken meets")])
        assert store.cross_vectors(["not-an-article"], VECTOR_VERSION) == {}
