"""A TF-IDF single-pass baseline for story clustering, run by the eval on the same stream.

The baseline every stream clusterer should beat (Allan et al. 1998, topic detection and
tracking; Miranda et al. 2018 compare against it too): each article is a TF-IDF vector
of its title and first three paragraphs; in stream order, it joins the story of its
most similar earlier article (max-link: a story is as close as its closest member) when
that cosine reaches one threshold, and founds a story otherwise. Time only rules out: an
article is compared with the earlier articles published within the live window
(``LINK_WINDOW_HOURS``, 7 days) before it, when both are dated.

With max-link, an article's best story is the story of its single nearest earlier
article, whatever the threshold. So the nearest neighbours are computed once, and every
threshold's clustering follows in one pass: the eval tunes the threshold on each set's
training part (best B³ F1 over ``THRESHOLDS``) and applies it to the held-out part.

IDF is counted over the part's own stream (``ln((1 + N) / (1 + df)) + 1``, sublinear
term frequencies, unit length), words as the clusterer's features read them
(``cluster.terms.content_words``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsprism.cluster.features import to_epoch
from newsprism.cluster.terms import content_words
from newsprism.models import Article

LEAD_PARAGRAPHS = 3
LINK_WINDOW_HOURS = 168.0
THRESHOLDS = tuple(round(0.05 + 0.025 * n, 3) for n in range(37))  # 0.05 … 0.95
_BLOCK = 512


@dataclass(frozen=True)
class NearestEarlier:
    """For each article of a stream: its most similar earlier article and the cosine."""

    index: np.ndarray  # -1 when there is none (first article, or none within the window)
    cosine: np.ndarray


def baseline_text(article: Article) -> str:
    """Title and first three paragraphs (of the text when the article has none)."""
    paragraphs = article.paragraphs or [p for p in article.text.split("\n\n") if p.strip()]
    return "\n".join([article.title or "", *paragraphs[:LEAD_PARAGRAPHS]])


def tfidf_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows (sublinear tf, smoothed IDF over ``texts`` themselves)."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for n, text in enumerate(texts):
        counts: dict[int, int] = {}
        for word in content_words(text):
            key = vocab.setdefault(word, len(vocab))
            counts[key] = counts.get(key, 0) + 1
        for key, c in counts.items():
            rows.append(n)
            cols.append(key)
            vals.append(1.0 + math.log(c))
    shape = (len(texts), max(1, len(vocab)))
    tf = sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float64)
    df = np.bincount(tf.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + df)) + 1.0
    weighted = tf.multiply(idf[np.newaxis, :]).tocsr()
    lengths = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    lengths[lengths == 0] = 1.0
    return sparse.diags(1.0 / lengths) @ weighted


def nearest_earlier(articles: Sequence[Article]) -> NearestEarlier:
    """The most similar earlier article of each article (in the order given)."""
    n = len(articles)
    matrix = tfidf_matrix([baseline_text(a) for a in articles])
    times = np.array([t if (t := to_epoch(a.published_at)) is not None else np.nan
                      for a in articles])  # fmt: skip
    window = LINK_WINDOW_HOURS * 3600.0
    index = np.full(n, -1, dtype=np.int64)
    cosine = np.zeros(n)
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        sims = (matrix[start:stop] @ matrix[:stop].T).toarray()
        for row in range(stop - start):
            i = start + row
            scores = sims[row, :i]
            if not math.isnan(times[i]):
                gap = times[i] - times[:i]
                scores = np.where(np.isnan(gap) | (np.abs(gap) <= window), scores, -1.0)
            if i and scores.max() > 0:
                index[i] = int(np.argmax(scores))
                cosine[i] = float(scores[index[i]])
    return NearestEarlier(index, cosine)


def clusters_at(nearest: NearestEarlier, threshold: float) -> list[str]:
    """Story labels of the single-pass clustering at ``threshold`` (max-link)."""
    labels: list[str] = []
    for i, (j, c) in enumerate(zip(nearest.index.tolist(), nearest.cosine.tolist(),
                                   strict=True)):  # fmt: skip
        labels.append(labels[j] if j >= 0 and c >= threshold else f"b{i}")
    return labels
