"""The centroids of the live stories, searched exactly: the clusterer's candidate look-up.

Why exact, and not the usearch HNSW index used before: an HNSW graph depends on its
history. A session that has joined, removed and re-added stories for a while holds
another graph than one rebuilt from the same stories, and their searches can differ:
measured on a 2,000-article corpus, a session resumed after a kill found the story an
article belonged to (dense cosine 0.72, the nearest centroid) where the uninterrupted
one had lost it from its top ten among 361 live stories; two memberships differed. A
resumed run must decide exactly as an uninterrupted one (docs/clustering.md, "Writes
and crashes"), so the look-up must be a function of the live stories alone. It is also
no slower. Measured (CPU per article, one search plus putting the joined story back, 256
floats, on the shared 2-core machine): 0.13 ms at 300 live stories (HNSW 0.12), 0.24 ms
at 3,000 (HNSW 0.48) and 1.4 ms at 20,000, the ``max_live`` cap (HNSW 2.0); and there is
no graph to build when a session opens (HNSW: 12 s of CPU for 20,000 live stories). The
gold scores did not drop (``eval clustering``: the same on BASIL and GoogleNews, B³ F1
0.663 -> 0.667 on the NeuS train stream, where the graph had missed some nearest stories).

Exact also means reproducible bit for bit: a float32 product need not round a row's
score the same wherever the row sits in the matrix (vector kernels split the work by
position and alignment), and the slots differ between a long session and a fresh one. So the product
only preselects (every row within ``MARGIN`` of the k-th best score: the float32 error
of a 256-term dot of unit vectors is below 2e-5), and the preselected rows are ranked by
their correctly rounded dot product (``math.fsum``, or a float64 sum where the error bound
proves the same order: :func:`exact_order_dots`) and then by story id.
"""

from __future__ import annotations

import math

import numpy as np

MARGIN = 1e-4
_FIRST_CAPACITY = 64


class LiveCentroids:
    """Story id -> unit centroid, in the rows of one growing float32 matrix."""

    def __init__(self) -> None:
        self._slots: dict[str, int] = {}
        self._ids: list[str | None] = []
        self._free: list[int] = []
        self._matrix = np.zeros((0, 0), dtype=np.float32)  # sized on the first put
        self._used = np.zeros(0, dtype=bool)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._slots

    def put(self, story_id: str, centroid: np.ndarray) -> None:
        """Add ``story_id``'s centroid, or replace it (after a join)."""
        slot = self._slots.get(story_id)
        if slot is None:
            if not self._free:
                self._grow(len(centroid))
            slot = self._free.pop()
            self._slots[story_id], self._ids[slot], self._used[slot] = slot, story_id, True
        self._matrix[slot] = centroid

    def remove(self, story_id: str) -> None:
        """Take ``story_id`` out (it froze, or is about to be put back changed)."""
        slot = self._slots.pop(story_id, None)
        if slot is not None:
            self._ids[slot], self._used[slot] = None, False
            self._free.append(slot)

    def nearest(self, embedding: np.ndarray, k: int) -> list[str]:
        """The ``k`` stories of highest inner product with ``embedding``, best first
        (ties by story id); the same answer whatever order the stories were put in."""
        if not self._slots or k <= 0:
            return []
        # einsum, not ``@``: the BLAS product wakes a thread pool per call, whose spinning
        # cost 10x the product itself between the clusterer's Python steps (measured).
        scores = np.einsum("ij,j->i", self._matrix, embedding.astype(np.float32, copy=False))
        scores[~self._used] = -np.inf
        if len(self._slots) > k:
            kth = np.partition(scores, -k)[-k]
            picked = np.flatnonzero(scores >= kth - MARGIN)
        else:
            picked = np.flatnonzero(self._used)
        dots = exact_order_dots(self._matrix[picked], np.asarray(embedding, dtype=np.float64))
        ranked = sorted((-dot, self._ids[s]) for dot, s in zip(dots, picked.tolist(), strict=True))
        return [story_id for _, story_id in ranked[:k]]  # type: ignore[misc]

    def _grow(self, ndim: int) -> None:
        old = len(self._ids)
        size = max(_FIRST_CAPACITY, 2 * old)
        matrix = np.zeros((size, ndim), dtype=np.float32)
        if old:
            matrix[:old] = self._matrix
        used = np.zeros(size, dtype=bool)
        used[:old] = self._used
        self._matrix, self._used = matrix, used
        self._ids.extend([None] * (size - old))
        self._free.extend(range(size - 1, old - 1, -1))  # popped from the end: lowest first


def exact_order_dots(rows: np.ndarray, target: np.ndarray) -> list[float]:
    """Each float32 row's dot product with ``target``: values that sort (and tie) as the
    correctly rounded dot products do, which is all :meth:`LiveCentroids.nearest` reads.

    float32 x float32 products are exact in float64 and ``math.fsum`` sums them exactly,
    but ``fsum`` over a 256-term list was half of the look-up. A float64 sum of the same
    exact products, in any order, is within ``GAMMA * sum |products|`` of the exact sum
    (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed., eq. 4.4). So a
    row whose float64 sum lies more than twice that bound from every other row's keeps
    its place against all of them; only the rows closer than that to a neighbour (ties,
    near-ties) take their ``fsum``. The order, and the ties, are those of ``fsum`` alone.
    """
    products = rows.astype(np.float64) * target  # exact
    if not len(products):
        return []
    sums = products.sum(axis=1)
    # Twice the bound: the bound's own sum is a float64 sum of non-negative terms.
    bound = 2.0 * _gamma(products.shape[1]) * float(np.abs(products).sum(axis=1).max())
    order = np.argsort(sums, kind="stable")
    close = np.diff(sums[order]) <= 2.0 * bound
    near = np.zeros(len(sums), dtype=bool)
    near[order[:-1][close]] = near[order[1:][close]] = True
    out = sums.tolist()
    for i in np.flatnonzero(near).tolist():
        out[i] = math.fsum(products[i].tolist())
    return out


def _gamma(n: int) -> float:
    """``n u / (1 - n u)``, u the unit roundoff of float64: the relative error bound of a
    sum of ``n`` floats in any order."""
    u = 2.0**-53
    return n * u / (1.0 - n * u)
