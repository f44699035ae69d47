"""Claim alignment: the vectorised pair scores against a plain per-pair reference, and
the grouping rules (shared, unique, conflict) on hand-made claims."""

from __future__ import annotations

import random

import numpy as np

from newsprism.compare.align import (
    W_EMBED,
    W_ENTITY,
    W_LEMMA,
    W_NUMBER,
    align_claims,
    pair_scores,
)
from newsprism.extract.claims import comparable
from newsprism.models import Claim, Quantity

UNITS = ["people", "resident", "civilian", "member", "tank", None]  # lemmas, as parsed


def _reference_scores(claims, vectors, lemmas) -> np.ndarray:
    """The score of each pair, computed one pair at a time as the docstring defines it."""

    def overlap(a: set, b: set) -> float:
        return len(a & b) / min(len(a), len(b)) if a and b else 0.0

    n = len(claims)
    out = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            a, b = claims[i], claims[j]
            if a.article_id == b.article_id:
                continue
            ents_a = set(a.people + a.places + a.organisations)
            ents_b = set(b.people + b.places + b.organisations)
            cosine = max(0.0, min(1.0, float(vectors[i] @ vectors[j])))
            score = (W_EMBED * cosine + W_LEMMA * overlap(lemmas[i], lemmas[j])
                     + W_ENTITY * overlap(ents_a, ents_b))  # fmt: skip
            if any(comparable(x, y) for x in a.quantities for y in b.quantities):
                score += W_NUMBER
            out[i, j] = score
    return out


def _random_story(seed: int, n: int):
    rng = random.Random(seed)
    words = [f"w{k}" for k in range(12)]
    ents = [f"E{k}" for k in range(6)]
    claims, lemmas = [], []
    for k in range(n):
        quantities = [Quantity(str(v), v, unit=rng.choice(UNITS)) for v in range(rng.randint(0, 2))]
        claims.append(Claim(
            f"c{k}", f"a{rng.randint(0, 3)}", k, "text", quantities=quantities,
            people=rng.sample(ents, rng.randint(0, 2)), places=rng.sample(ents, rng.randint(0, 1)),
        ))  # fmt: skip
        lemmas.append(set(rng.sample(words, rng.randint(0, 5))))
    vectors = np.random.default_rng(seed).normal(size=(n, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return claims, vectors, lemmas


def test_vectorised_scores_equal_the_per_pair_definition() -> None:
    for seed in range(5):
        claims, vectors, lemmas = _random_story(seed, 40)
        got = pair_scores(claims, vectors, lemmas)
        assert np.allclose(got, _reference_scores(claims, vectors, lemmas), atol=1e-5)
        assert got.diagonal().sum() == 0


def test_people_counts_are_one_measure() -> None:
    a = Claim("c1", "a1", 0, "x", quantities=[Quantity("1.4 million", 1.4e6, unit="people")])
    b = Claim("c2", "a2", 0, "y", quantities=[Quantity("600,000", 6e5, unit="resident")])
    vectors = np.eye(2, dtype=np.float32)
    assert pair_scores([a, b], vectors, [set(), set()])[0, 1] == np.float32(W_NUMBER)


def test_empty_story_has_no_facts() -> None:
    assert align_claims([], np.zeros((0, 8), dtype=np.float32), []) == []


def test_grouping_gives_shared_or_unique_and_leaves_conflicts_to_the_rules() -> None:
    """Conflicts are found over every pair of the story (compare/conflicts.py), so the
    aligner's groups are shared or unique only."""
    claims = [
        Claim("a1", "A", 0, "s", quantities=[Quantity("1.4 million", 1.4e6, unit="people")],
              places=["rafah"]),
        Claim("a2", "A", 1, "t"),
        Claim("b1", "B", 0, "s'", quantities=[Quantity("600,000", 6e5, unit="people")],
              places=["rafah"]),
    ]  # fmt: skip
    vectors = np.array([[1, 0], [0, 1], [1, 0]], dtype=np.float32)
    lemmas = [{"rafah", "live"}, {"other"}, {"rafah", "live"}]
    facts = align_claims(claims, vectors, lemmas)
    assert [(f.status, [c.id for c in f.claims]) for f in facts] == [
        ("shared", ["a1", "b1"]), ("unique", ["a2"])]  # fmt: skip
    assert all(f.conflicts == [] for f in facts)
