"""Claims aligned across the articles of a story: shared, unique, or in conflict.

Two outlets render one statement in different words (and seed 000 is a machine
translation), so alignment cannot be string matching. The score of a claim pair from
two different articles mixes three signals, each weak alone:

- the cosine of their sentence embeddings (the packaged static model by default),
- the overlap of the content-word lemmas, which the static model under-uses,
- the overlap of the entities they name (entity ids) and whether their quantities
  measure the same thing (overlap coefficients, so that a clause inside a longer
  sentence of the other outlet still scores high).

Each claim is linked to its best match in every other article when that scores at or
above :data:`ALIGN_THRESHOLD` and the match is mutual, to any claim above
:data:`STRONG_THRESHOLD`, and a claim still alone joins its best match at
:data:`JOIN_THRESHOLD` (mutual links first, so groups do not chain into one); the
connected groups are the story's facts. A group of claims from one article is
``unique``; from several, ``shared``, unless two of its claims state values that cannot
both be true at their stated precision (numbers; weekdays), which makes it a
``conflict`` with the evidence of each side. Topic overlap without a fact in common (two
sentences about Rafah) stays below the threshold because the weights reward same-fact
wording and entities together, not the topic alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from newsprism.extract.claims import (
    PEOPLE_UNITS,
    comparable,
    quantities_agree,
)
from newsprism.models import Claim

ALIGN_THRESHOLD = 0.55
STRONG_THRESHOLD = 0.70
JOIN_THRESHOLD = 0.58
W_EMBED, W_LEMMA, W_ENTITY, W_NUMBER = 0.55, 0.30, 0.15, 0.15


@dataclass
class AlignedClaim:
    """One fact of the story and the claims of each article that state it."""

    id: str
    status: str  # shared | unique | conflict
    claims: list[Claim]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    # possibly_shared only: other outlets' claims that may state it (compare/unique.py)
    near: list[dict[str, Any]] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return sorted({c.article_id for c in self.claims})

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "article_ids": self.article_ids,
            "text": self.claims[0].text,
            "evidence": [
                {
                    "article_id": c.article_id,
                    "claim_id": c.id,
                    "sentence": c.text,
                    "sentence_index": c.sentence_index,
                    "start": c.start,
                    "end": c.end,
                }
                for c in self.claims
            ],
            "conflicts": self.conflicts,
            **({"near": self.near} if self.near else {}),
        }


def pair_scores(
    claims: Sequence[Claim], vectors: np.ndarray, lemmas: Sequence[set[str]]
) -> np.ndarray:
    """The alignment score of every claim pair (0 within one article).

    Vectorised: a story of 50 articles has a few thousand claims, so the overlaps come
    from sparse incidence-matrix products, never from a Python loop over pairs.
    """
    n = len(claims)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    cosine = np.clip(vectors @ vectors.T, 0.0, 1.0).astype(np.float32)
    entities = [set(c.people + c.places + c.organisations) for c in claims]
    units = [{_measure(q.unit) for q in c.quantities if q.unit is not None} for c in claims]
    scores = (W_EMBED * cosine + W_LEMMA * _overlap_matrix(lemmas)
              + W_ENTITY * _overlap_matrix(entities))  # fmt: skip
    # the same measure stated twice: the same fact, or a conflict
    scores += W_NUMBER * (_shared_counts(units) > 0)
    article = np.array([c.article_id for c in claims])
    scores[article[:, None] == article[None, :]] = 0.0
    return scores.astype(np.float32)


def _measure(unit: str) -> str:
    """What a unit measures: all counts of people are one measure (``comparable``)."""
    return "\0people" if unit in PEOPLE_UNITS else unit


def _incidence(sets: Sequence[set]) -> sparse.csr_matrix:
    vocabulary: dict[object, int] = {}
    rows, cols = [], []
    for row, items in enumerate(sets):
        for item in items:
            rows.append(row)
            cols.append(vocabulary.setdefault(item, len(vocabulary)))
    shape = (len(sets), max(len(vocabulary), 1))
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=shape)


def _shared_counts(sets: Sequence[set]) -> np.ndarray:
    """|a ∩ b| for every pair of sets."""
    matrix = _incidence(sets)
    return (matrix @ matrix.T).toarray()


def _overlap_matrix(sets: Sequence[set]) -> np.ndarray:
    """The overlap coefficient |a ∩ b| / min(|a|, |b|) of every pair of sets (0 if one is
    empty): a clause inside a longer sentence of the other outlet still scores high."""
    sizes = np.array([len(s) for s in sets], dtype=np.float32)
    smaller = np.minimum.outer(sizes, sizes)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(smaller > 0, _shared_counts(sets) / smaller, 0.0)


def align_claims(
    claims: Sequence[Claim], vectors: np.ndarray, lemmas: Sequence[set[str]]
) -> list[AlignedClaim]:
    """Group the claims of a story into facts and give each its status.

    Args:
        claims: every claim of every article, in story order.
        vectors: their unit-length embeddings, one row per claim.
        lemmas: the content-word lemmas of each claim.

    Returns:
        Facts ordered shared first (most articles), then conflicts, then unique, each in
        order of first appearance; ids ``F1``, ``F2``, …
    """
    n = len(claims)
    scores = pair_scores(claims, vectors, lemmas)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    articles = sorted({c.article_id for c in claims})
    rows = {a: [i for i, c in enumerate(claims) if c.article_id == a] for a in articles}
    for a_index, a in enumerate(articles):
        for b in articles[a_index + 1 :]:
            block = scores[np.ix_(rows[a], rows[b])]
            if block.size == 0:
                continue
            mutual = np.zeros(block.shape, dtype=bool)
            best_in_b = block.argmax(axis=1)
            mutual[np.arange(block.shape[0]), best_in_b] = True
            mutual &= block.argmax(axis=0)[None, :] == np.arange(block.shape[0])[:, None]
            links = (block >= STRONG_THRESHOLD) | (mutual & (block >= ALIGN_THRESHOLD))
            for ia, jb in zip(*np.nonzero(links), strict=True):
                parent[find(rows[a][ia])] = find(rows[b][jb])
    # A claim left alone joins its best match elsewhere when that is close enough: one
    # outlet's single sentence often carries what the other says in two.
    group_sizes = Counter(find(i) for i in range(n))
    linked = {root for root, size in group_sizes.items() if size > 1}
    for i in range(n):
        if find(i) in linked:
            continue
        j = int(scores[i].argmax())
        if scores[i, j] >= JOIN_THRESHOLD:
            parent[find(i)] = find(j)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, claim in enumerate(claims):
        groups[find(i)].append(claim)
    facts = []
    for members in groups.values():
        # conflicts are found over every pair of the story, not only inside a group
        # (compare/conflicts.py): a same-fact group holds no contradiction by design
        many = len({c.article_id for c in members}) > 1
        facts.append(AlignedClaim("", "shared" if many else "unique", members))
    return number_facts(facts, claims)


_STATUS_ORDER = {"shared": 0, "conflict": 1, "unique": 2, "possibly_shared": 2}


def number_facts(facts: list[AlignedClaim], claims: Sequence[Claim]) -> list[AlignedClaim]:
    """Facts in report order (shared, conflict, unique; more articles first; then first
    appearance), numbered ``F1``, ``F2``, … (also after conflicts add facts)."""
    position = {c.id: i for i, c in enumerate(claims)}
    facts.sort(key=lambda f: (_STATUS_ORDER[f.status], -len(f.article_ids),
                              min(position[c.id] for c in f.claims)))  # fmt: skip
    for number, fact in enumerate(facts, start=1):
        fact.id = f"F{number}"
    return facts


def agreeing_quantities(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Pairs of comparable quantities that agree (for the report: "about" vs "more than")."""
    return [(qa.text, qb.text) for qa in a.quantities for qb in b.quantities
            if comparable(qa, qb) and quantities_agree(qa, qb)]  # fmt: skip
