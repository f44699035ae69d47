"""Word-weighted overlap of sentence pairs for the same-fact features: TF-IDF cosine
and the IDF-weighted coverage of the shorter sentence, over one sparse incidence
matrix (moved out of :mod:`newsprism.compare.pairs`, which imports them)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

# Below this many multiply-adds (sets² × distinct items) :func:`shared_counts` takes a
# dense 0/1 product: scipy's sparse one costs some 0.2 ms whatever its size (0.26 ms
# against 0.05 dense for a 2-article story's 51 units and 190 lemmas), and a dense one
# grows with the product (8 ms for 250 sets of 50 items). The counts are whole numbers,
# exact in float32 either way, so both give the same matrix (session 32).
DENSE_PRODUCT = 500_000


def _columns(sets: Sequence[set]) -> tuple[dict[object, int], list[int], list[int]]:
    """Each item's column, and the (row, column) of every item of every set."""
    vocabulary: dict[object, int] = {}
    rows = [row for row, items in enumerate(sets) for _ in items]
    cols = [vocabulary.setdefault(item, len(vocabulary)) for items in sets for item in items]
    return vocabulary, rows, cols


def shared_counts(sets: Sequence[set]) -> np.ndarray:
    """How many items every pair of sets shares, as float32 (``n × n``)."""
    vocabulary, rows, cols = _columns(sets)
    width = max(len(vocabulary), 1)
    if len(sets) ** 2 * width > DENSE_PRODUCT:
        matrix = incidence(sets, columns=(vocabulary, rows, cols))
        return (matrix @ matrix.T).toarray()
    dense = np.zeros((len(sets), width), dtype=np.float32)
    dense[rows, cols] = 1.0
    return dense @ dense.T


def incidence(sets: Sequence[set], weights: Sequence[dict] | None = None,
              columns: tuple[dict[object, int], list[int], list[int]] | None = None
              ) -> sparse.csr_matrix:  # fmt: skip
    """The sets × items matrix (ones, or each set's ``weights``); ``columns``:
    :func:`_columns` of ``sets`` when the caller has it."""
    vocabulary, rows, cols = columns if columns is not None else _columns(sets)
    if weights is None:
        values = np.ones(len(rows), dtype=np.float32)
    else:
        values = np.fromiter((weights[row][item] for row, items in enumerate(sets)
                              for item in items), dtype=np.float32, count=len(rows))  # fmt: skip
    shape = (len(sets), max(len(vocabulary), 1))
    return sparse.csr_matrix((values, (rows, cols)), shape=shape)


def inverse_document_frequencies(words: Sequence[list[str]]) -> dict[str, float]:
    """Smoothed IDF of each word over these units (as scikit-learn's ``smooth_idf``)."""
    df = Counter(w for ws in words for w in set(ws))
    n = len(words)
    return {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}


def tfidf_cosine(words: Sequence[list[str]], idf: Mapping[str, float] | None = None
                 ) -> np.ndarray:  # fmt: skip
    """TF-IDF cosine of every pair; IDF over these units (the story's sentences) unless
    given (a training set scores its pairs with the IDF of the whole set)."""
    idf = idf if idf is not None else inverse_document_frequencies(words)
    default = max(idf.values(), default=1.0)
    weights = []
    for ws in words:
        counts = Counter(ws)
        row = {w: c * idf.get(w, default) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        weights.append({w: v / norm for w, v in row.items()})
    matrix = incidence([set(w) for w in weights], weights)
    return (matrix @ matrix.T).toarray()


def idf_coverage(words: Sequence[list[str]], idf: Mapping[str, float] | None = None
                 ) -> np.ndarray:  # fmt: skip
    """The IDF-weighted share of the shorter unit's words that the other unit holds:
    "The final tally was 97-1." is covered by "… approved the bill in a 97-1 vote …"
    in its rare words, although the TF-IDF cosine of the two is low."""
    idf = idf if idf is not None else inverse_document_frequencies(words)
    default = max(idf.values(), default=1.0)
    weights = [{w: idf.get(w, default) for w in set(ws)} for ws in words]
    shared = incidence([set(w) for w in weights], weights)
    present = incidence([set(w) for w in weights])
    weighted_shared = (shared @ present.T).toarray()  # Σ idf over a's words in b
    totals = np.array([sum(w.values()) for w in weights], dtype=np.float32)
    with np.errstate(divide="ignore", invalid="ignore"):
        a_in_b = np.where(totals[:, None] > 0, weighted_shared / totals[:, None], 0.0)
    # the shorter unit (by IDF mass) decides
    shorter_is_a = totals[:, None] <= totals[None, :]
    return np.where(shorter_is_a, a_in_b, a_in_b.T)
