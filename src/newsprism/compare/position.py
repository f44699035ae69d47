"""Where a sentence stands in its article and in its story: the same-fact model's
evidence that a pair states the story's core event.

Why: the articles a clusterer puts in one story report one event, and each states it
in its lead. Two outlets' leads state the core event in different words ("The Justice
Department announced Friday that it is suing … Georgia" / "The Biden administration
sued … Georgia on Friday"), and the word features alone leave such pairs under the
threshold, so the summary misses the one fact it should lead with (issue 12). The
features here read no words:

- ``lead_first`` / ``lead_both``: both sentences are their article's first claim / among
  its first :data:`LEAD` claims (the rank of a claim among its article's claims, in
  story order: a dropped headline or dateline does not count);
- ``lead_product``: ``1 / (1 + rank)`` of one times that of the other, a decaying form;
- ``central_min``: the lower of the two sentences' cosines to the story's centroid
  (the mean embedding of every claim of every article: what the story is about);
- ``title_min``: the lower of the two sentences' cosines to their own article's title
  (an article with no title: to its first claim, the lead standing for the headline);
- ``top_entity_both``: both name the story's top entity (the one most articles name);
- ``position_known``: 1 in a story. The public training pairs (MSRP, STS) have no
  article or story, so the training script gives them 0 here and 0 in every feature
  above (a missing-value indicator: the weights of the position features are then
  learned from the story pairs alone, docs/models.md).

Every feature is an ``n × n`` matrix from outer products: no loop over pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

LEAD = 3  # claims: a news lead states the event in its first sentence or three
POSITION_FEATURES = ("lead_first", "lead_both", "lead_product", "central_min", "title_min",
                     "top_entity_both", "mutual_best", "mutual_best_tfidf", "margin",
                     "position_known")  # fmt: skip
NEIGHBOURS = 4  # the margin's k: a sentence's mean closeness to its k nearest of other outlets


class _Unit(Protocol):
    article_id: str
    entities: set[str]
    title_cosine: float | None


def set_title_cosines(units: Sequence[_Unit], vectors: np.ndarray,
                      titles: Mapping[str, np.ndarray]) -> None:  # fmt: skip
    """Give each unit its cosine to its article's title vector (``titles`` by article id,
    unit length; an article left out keeps ``None``: its first claim stands in)."""
    for unit, vector in zip(units, vectors, strict=True):
        title = titles.get(unit.article_id)
        if title is not None:
            unit.title_cosine = float(np.clip(vector @ title, 0.0, 1.0))


def title_closeness(units: Sequence[_Unit], vectors: np.ndarray) -> np.ndarray:
    """Each unit's cosine to its article's title, or to its article's first unit."""
    first = {u.article_id: k for k, u in reversed(list(enumerate(units)))}
    return np.array([u.title_cosine if u.title_cosine is not None
                     else float(np.clip(vectors[k] @ vectors[first[u.article_id]], 0.0, 1.0))
                     for k, u in enumerate(units)], dtype=np.float32)  # fmt: skip


def claim_ranks(units: Sequence[_Unit]) -> np.ndarray:
    """The rank of each unit among its article's units (0 for the first), in story order."""
    seen: Counter[str] = Counter()
    ranks = np.zeros(len(units), dtype=np.float32)
    for k, unit in enumerate(units):
        ranks[k] = seen[unit.article_id]
        seen[unit.article_id] += 1
    return ranks


def story_top_entity(units: Sequence[_Unit]) -> str | None:
    """The entity the most articles name (then the most sentences); None when no entity
    is named by two articles or more (a story of one outlet has no corroborated topic)."""
    articles: dict[str, set[str]] = {}
    sentences: Counter[str] = Counter()
    for unit in units:
        for entity in unit.entities:
            articles.setdefault(entity, set()).add(unit.article_id)
            sentences[entity] += 1
    ranked = sorted(articles, key=lambda e: (-len(articles[e]), -sentences[e], e))
    return ranked[0] if ranked and len(articles[ranked[0]]) > 1 else None


def centrality(vectors: np.ndarray) -> np.ndarray:
    """Each unit's cosine to the story's centroid (the normalised mean of every unit)."""
    if not len(vectors):
        return np.zeros(0, dtype=np.float32)
    centroid = vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid))
    if norm == 0.0:
        return np.zeros(len(vectors), dtype=np.float32)
    return np.clip(vectors @ (centroid / norm), 0.0, 1.0).astype(np.float32)


def mutual_best(similarity: np.ndarray, article: np.ndarray) -> np.ndarray:
    """Pairs of different articles where each is the other's closest sentence in its
    article (a sentence close to everything of the story is nobody's best twice)."""
    n = len(article)
    best = np.zeros((n, n), dtype=bool)
    for name in np.unique(article):
        columns = np.nonzero(article == name)[0]
        block = similarity[:, columns]
        best[:, columns] = block >= block.max(axis=1, keepdims=True) - 1e-6
    return best & best.T & (article[:, None] != article[None, :])


def margin(similarity: np.ndarray, article: np.ndarray, k: int = NEIGHBOURS) -> np.ndarray:
    """The pair's similarity less the mean of the two sentences' closeness to their
    ``k`` nearest sentences of other articles (margin scoring, as in bitext mining: a
    pair stands out of its neighbourhood, or is one topic sentence among many)."""
    n = len(article)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    other = article[:, None] != article[None, :]
    masked = np.where(other, similarity, -np.inf)
    k = max(1, min(k, int(other.sum(axis=1).max(initial=0))))
    top = -np.sort(-masked, axis=1)[:, :k]
    counts = np.maximum(np.isfinite(top).sum(axis=1), 1)
    neighbourhood = np.where(np.isfinite(top), top, 0.0).sum(axis=1) / counts
    return (similarity - (neighbourhood[:, None] + neighbourhood[None, :]) / 2).astype(np.float32)


def position_features(units: Sequence[_Unit], vectors: np.ndarray,
                      tfidf: np.ndarray | None = None) -> dict[str, np.ndarray]:  # fmt: skip
    """Every feature of :data:`POSITION_FEATURES` for every pair of units."""
    ranks = claim_ranks(units)
    first, lead = ranks == 0, ranks < LEAD
    decay = 1.0 / (1.0 + ranks)
    central = centrality(vectors)
    title = title_closeness(units, vectors)
    top = story_top_entity(units)
    naming = np.array([top is not None and top in u.entities for u in units], dtype=bool)
    n = len(units)
    article = np.array([u.article_id for u in units])
    cosine = np.clip(vectors @ vectors.T, 0.0, 1.0) if n else np.zeros((0, 0))
    tfidf = cosine if tfidf is None else tfidf
    return {
        "mutual_best": mutual_best(cosine, article).astype(np.float32),
        "mutual_best_tfidf": mutual_best(tfidf, article).astype(np.float32),
        "margin": margin(cosine, article),
        "lead_first": (first[:, None] & first[None, :]).astype(np.float32),
        "lead_both": (lead[:, None] & lead[None, :]).astype(np.float32),
        "lead_product": np.outer(decay, decay).astype(np.float32),
        "central_min": np.minimum.outer(central, central).astype(np.float32),
        "title_min": np.minimum.outer(title, title).astype(np.float32),
        "top_entity_both": (naming[:, None] & naming[None, :]).astype(np.float32),
        "position_known": np.ones((n, n), dtype=np.float32),
    }
