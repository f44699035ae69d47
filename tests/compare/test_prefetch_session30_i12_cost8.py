"""Session 30 (issue 12, compare's wall time): the omission check's MiniLM vectors are
embedded in a second thread while the rest of the analysis runs (compare/prefetch.py).

The thread must change nothing the check answers (the rows it is handed are the rows
the encoder gives), raise its error where the check asks, leave no thread running once
the analysis is over, and not start for a story too small for it to pay.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from newsprism.compare import prefetch, stated
from newsprism.compare.prefetch import Prefetch, omission_encoder
from newsprism.compare.story import MINILM_EMBEDDER, analyze_story
from newsprism.embeddings import get_embedder
from newsprism.models import Claim
from newsprism.pipeline import clean_paths
from tests.conftest import SEED_000, SEED_003

# sentences of no gold: a harbour strike, told twice in other words, and a weather line
TEXTS = ["Dock workers walked off the job at the port on Monday, halting cargo traffic.",
         "Cargo stopped moving through the harbour after dockers went on strike Monday.",
         "The port authority said talks with the union would resume later this week.",
         "Forecasters expect heavy rain along the coast through the weekend.",
         "Union leaders said the walkout would continue until wages were raised."]  # fmt: skip


def _threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("newsprism-minilm")]


def _claims() -> list[Claim]:
    return [Claim(id=f"{'ab'[k % 2]}:c{k}", article_id="ab"[k % 2], sentence_index=k,
                  text=text) for k, text in enumerate(TEXTS)]  # fmt: skip


def test_the_rows_handed_over_are_the_encoders_own_for_any_subset() -> None:
    encoder = get_embedder(MINILM_EMBEDDER).encode
    with Prefetch(encoder, TEXTS) as encode:
        for texts in ([TEXTS[2]], [TEXTS[4], TEXTS[0]], TEXTS[::-1]):
            assert np.array_equal(encode(texts), encoder(texts))
            assert encode(texts).dtype == encoder(texts).dtype
    assert _threads() == []


def test_every_check_answers_as_without_the_thread() -> None:
    claims, encoder = _claims(), get_embedder(MINILM_EMBEDDER).encode
    direct = stated._closeness(claims, encoder)
    answers = []
    with Prefetch(encoder, stated.english_texts(claims)) as encode:
        ahead = stated._closeness(claims, encode)
        for rows, own in ([0], [1, 3]), ([2], [1]), ([4], [1, 3]), ([3], [0, 2, 4]):
            answers.append(direct(rows, own))
            assert ahead(rows, own) == answers[-1]
    assert True in answers and False in answers  # the cosine decides both ways here


def test_an_error_in_the_thread_is_raised_where_vectors_are_asked() -> None:
    def failing(texts: list[str]) -> np.ndarray:
        raise RuntimeError("the model file is unreadable")

    with pytest.raises(RuntimeError, match="unreadable"), Prefetch(failing, TEXTS) as encode:
        encode(TEXTS[:2])
    assert _threads() == []


def test_leaving_early_stops_the_thread_between_chunks() -> None:
    calls: list[int] = []

    def slow(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        time.sleep(0.05)
        return np.zeros((len(texts), 3), dtype=np.float32)

    texts = [f"sentence number {k}" for k in range(prefetch.CHUNK * 20)]
    with Prefetch(slow, texts):
        time.sleep(0.01)
    assert _threads() == []
    assert 1 <= len(calls) < 20  # stopped well before its 20 chunks


def test_a_small_story_gets_the_encoder_itself_and_no_thread() -> None:
    encoder = get_embedder(MINILM_EMBEDDER).encode
    with omission_encoder(encoder, TEXTS, prefetch.PREFETCH_ARTICLES - 1) as encode:
        assert encode is encoder
        assert _threads() == []
    with omission_encoder(encoder, [], prefetch.PREFETCH_ARTICLES + 5) as encode:
        assert encode is encoder
    with omission_encoder(encoder, TEXTS, prefetch.PREFETCH_ARTICLES) as encode:
        assert encode is not encoder
        assert _threads() != []


@pytest.fixture(scope="module")
def seeds() -> Iterator[list]:
    articles, _ = clean_paths([SEED_000, SEED_003])
    yield articles


def test_the_seed_pairs_analysis_is_the_same_with_the_thread(seeds: list,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:  # fmt: skip
    without = analyze_story(seeds).as_dict()
    monkeypatch.setattr(prefetch, "PREFETCH_ARTICLES", 1)
    started: list[int] = []
    real = Prefetch.__init__

    def counting(self: Prefetch, *args: object) -> None:
        started.append(1)
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Prefetch, "__init__", counting)
    assert analyze_story(seeds).as_dict() == without
    assert started == [1]  # the thread did run
    assert _threads() == []  # and is gone once the analysis returns
