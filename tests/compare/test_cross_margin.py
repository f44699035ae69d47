"""A looser cross-language link only for a mutual best match that stands clear."""

from __future__ import annotations

import numpy as np

from newsprism.compare.cross_margin import CLEAR_LINK, CLEAR_MARGIN, clear_mutual


def _mutual(block: np.ndarray) -> np.ndarray:
    mutual = np.zeros(block.shape, dtype=bool)
    mutual[np.arange(block.shape[0]), block.argmax(axis=1)] = True
    mutual &= block.argmax(axis=0)[None, :] == np.arange(block.shape[0])[:, None]
    return mutual


def test_a_clear_mutual_best_match_is_linked() -> None:
    block = np.array([[0.52, 0.20, 0.10],
                      [0.15, 0.30, 0.25],
                      [0.05, 0.22, 0.40]], dtype=np.float32)  # fmt: skip
    linked = clear_mutual(block, _mutual(block))
    assert linked[0, 0]
    assert not linked[1, 1] and not linked[2, 2]  # below the bar


def test_a_mutual_best_match_with_a_close_runner_up_is_not() -> None:
    close = CLEAR_LINK + 0.02 - CLEAR_MARGIN / 2
    block = np.array([[CLEAR_LINK + 0.02, close],
                      [0.10, 0.20]], dtype=np.float32)  # fmt: skip
    assert not clear_mutual(block, _mutual(block))[0, 0]


def test_a_close_runner_up_in_the_column_also_blocks() -> None:
    block = np.array([[0.53, 0.10],
                      [0.51, 0.20]], dtype=np.float32)  # fmt: skip
    assert not clear_mutual(block, _mutual(block))[0, 0]


def test_a_single_candidate_needs_only_the_bar() -> None:
    block = np.array([[0.51]], dtype=np.float32)
    assert clear_mutual(block, _mutual(block))[0, 0]
    low = np.array([[0.45]], dtype=np.float32)
    assert not clear_mutual(low, _mutual(low))[0, 0]


def test_an_empty_block_links_nothing() -> None:
    block = np.zeros((0, 3), dtype=np.float32)
    assert clear_mutual(block, np.zeros((0, 3), dtype=bool)).shape == (0, 3)
