"""A looser cross-language link for a pair that stands clear of every other candidate.

Between an Arabic article and an English one, a pair is linked at ``STRONG_LINK``
(0.70), or at ``MUTUAL_LINK`` (0.55) when the two are each other's best match
(``compare.crosslang.cross_link_probability``). Scored end to end on NTREX (an English
article against its own Arabic translation, scripts/ntrex_compare.py), most translation
pairs left apart were mutual best matches just under 0.55: a short quote, a loose
rendering of an idiom. Lowering the mutual bar to 0.50 for every mutual pair also
linked a translator's slip ("This denial is angry" with «غضب شديد إذا كان الادعاء
صحيحًا», "Big if true", where the true partner scored 0.49 against 0.50): a mutual best
match that barely beats the runner-up is a guess.

So the looser bar, ``CLEAR_LINK``, holds only for a mutual best match that beats the
runner-up of its row and of its column by ``CLEAR_MARGIN`` or more: the sentence has one
plausible partner in the other article, not two close ones.
"""

from __future__ import annotations

import numpy as np

CLEAR_LINK, CLEAR_MARGIN = 0.50, 0.05


def _runner_up(block: np.ndarray, axis: int) -> np.ndarray:
    """The second-highest score along ``axis`` (0 where there is no second)."""
    if block.shape[axis] < 2:
        shape = (1, block.shape[1]) if axis == 0 else (block.shape[0], 1)
        return np.zeros(shape, dtype=block.dtype)
    return np.sort(block, axis=axis).take([-2], axis=axis)


def clear_mutual(block: np.ndarray, mutual: np.ndarray) -> np.ndarray:
    """The mutual best pairs of ``block`` at :data:`CLEAR_LINK` or more that beat the
    second-best score of their row and of their column by :data:`CLEAR_MARGIN`."""
    if block.size == 0:
        return np.zeros(block.shape, dtype=bool)
    row_margin = block - _runner_up(block, 1)
    col_margin = block - _runner_up(block, 0)
    clear = (row_margin >= CLEAR_MARGIN) & (col_margin >= CLEAR_MARGIN)
    return mutual & clear & (block >= CLEAR_LINK)
