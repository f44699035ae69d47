"""Pair matrices over sets: how many items every pair of units' sets shares, the overlap
and Jaccard ratios, and "both have one".

Its own step because every pair feature and veto builds on it
(:mod:`newsprism.compare.pairs`, :mod:`newsprism.compare.pair_vetoes`): one sparse
incidence product a set family, never a loop over pairs. Moved out of
:mod:`newsprism.compare.pairs` (session 34), which imports every name back.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.compare.tfidf import shared_counts


def _shared(sets: Sequence[set]) -> np.ndarray:
    """How many items every pair of sets shares: :func:`_set_features`' first matrix,
    alone for the features that read no ratio (the two ratios of a 2,138-unit pool cost
    about 0.045 s CPU a set family, 11 families a call, session 27)."""
    return shared_counts(sets)


def _set_features(sets: Sequence[set]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(shared count, overlap coefficient, Jaccard) of every pair of sets."""
    shared = _shared(sets)
    sizes = np.array([len(s) for s in sets], dtype=np.float32)
    smaller = np.minimum.outer(sizes, sizes)
    union = np.add.outer(sizes, sizes) - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(smaller > 0, shared / smaller, 0.0)
        jaccard = np.where(union > 0, shared / union, 0.0)
    return shared, overlap, jaccard


def _both(flags: Sequence[bool]) -> np.ndarray:
    column = np.array(flags, dtype=bool)
    return column[:, None] & column[None, :]
