"""Claim alignment: the vectorised pair features against a plain per-pair reference,
complete-link grouping (no chains), and the statuses (shared, unique, conflict)."""

from __future__ import annotations

import random

import numpy as np

from newsprism.compare.align import align_claims
from newsprism.compare.pairs import UnitProfile, pair_features
from newsprism.compare.same_fact import SameFactModel, complete_link_groups
from newsprism.models import Claim, Quantity

# A model of one feature: same fact when the embedding cosine is over 0.5.
COSINE_ONLY = SameFactModel(("cosine",), (20.0,), -10.0, 0.5, {})


def _profile(rng: random.Random) -> UnitProfile:
    words = [f"w{k}" for k in range(12)]
    return UnitProfile(
        text="t", words=rng.sample(words, rng.randint(1, 6)),
        lemmas=set(rng.sample(words, rng.randint(0, 5))),
        verbs=set(rng.sample(["vote", "pass", "sign"], rng.randint(0, 2))),
        predicates=set(rng.sample(["vote", "pass"], rng.randint(0, 1))),
        entities=set(rng.sample(["E1", "E2", "E3"], rng.randint(0, 2))),
        numbers=set(rng.sample(["97", "1", "48"], rng.randint(0, 2))),
        weekdays=set(rng.sample(["monday", "friday"], rng.randint(0, 1))),
        negated=rng.random() < 0.3, modal=rng.random() < 0.3,
    )  # fmt: skip


def test_vectorised_features_equal_the_per_pair_definitions() -> None:
    rng = random.Random(0)
    units = [_profile(rng) for _ in range(30)]
    vectors = np.eye(30, dtype=np.float32)
    got = pair_features(units, vectors)
    for i, a in enumerate(units):
        for j, b in enumerate(units):
            small = min(len(a.lemmas), len(b.lemmas))
            overlap = len(a.lemmas & b.lemmas) / small if small else 0.0
            assert np.isclose(got["lemma_overlap"][i, j], overlap)
            disjoint = bool(a.entities and b.entities and not a.entities & b.entities)
            assert got["entity_disjoint"][i, j] == disjoint
            assert got["number_shared"][i, j] == bool(a.numbers & b.numbers)
            days = bool(a.weekdays and b.weekdays and not a.weekdays & b.weekdays)
            assert got["date_disjoint"][i, j] == days
            assert got["negation_mismatch"][i, j] == (a.negated != b.negated)
            assert got["predicate_same"][i, j] == bool(a.predicates & b.predicates)
    assert np.allclose(got["tfidf"], got["tfidf"].T, atol=1e-6)


def test_complete_link_does_not_chain() -> None:
    # A1–B1 and B1–C1 are same-fact, A1–C1 is not: no fact holds A1 and C1; B1 states
    # both facts, so it is in both.
    probability = np.array([[1, 0.9, 0.1], [0.9, 1, 0.8], [0.1, 0.8, 1]], dtype=np.float32)
    groups = complete_link_groups(probability, 0.5, ["A", "B", "C"])
    assert groups == [[0, 1], [1, 2]]


def test_complete_link_keeps_a_fact_told_by_three() -> None:
    probability = np.full((3, 3), 0.9, dtype=np.float32)
    assert complete_link_groups(probability, 0.5, ["A", "B", "C"]) == [[0, 1, 2]]


def test_two_sentences_of_one_article_join_one_fact_only_when_they_state_it_both() -> None:
    # A1 and A2 both match B1; A1 and A2 restate one fact (0.6): one group.
    probability = np.array([[1, 0.6, 0.9], [0.6, 1, 0.7], [0.9, 0.7, 1]], dtype=np.float32)
    assert complete_link_groups(probability, 0.5, ["A", "A", "B"]) == [[0, 1, 2]]
    # A1 and A2 are two statements (0.1) that B1 holds both: two facts, never one.
    probability[0, 1] = probability[1, 0] = 0.1
    assert complete_link_groups(probability, 0.5, ["A", "A", "B"]) == [[0, 2], [1, 2]]


def test_a_sentence_alone_stays_alone_without_a_link() -> None:
    probability = np.array([[1, 0.9, 0.2], [0.9, 1, 0.3], [0.2, 0.3, 1]], dtype=np.float32)
    assert complete_link_groups(probability, 0.5, ["A", "B", "C"]) == [[0, 1], [2]]


def test_empty_story_has_no_facts() -> None:
    assert align_claims([], np.zeros((0, 8), dtype=np.float32), [], COSINE_ONLY) == []


def test_grouping_gives_shared_or_unique_and_leaves_conflicts_to_the_rules() -> None:
    """Conflicts are found over every pair of the story (compare/conflicts.py), so the
    aligner's groups are shared or unique only."""
    claims = [
        Claim("a1", "A", 0, "s", quantities=[Quantity("1.4 million", 1.4e6, unit="people")]),
        Claim("a2", "A", 1, "t"),
        Claim("b1", "B", 0, "s'", quantities=[Quantity("600,000", 6e5, unit="people")]),
        Claim("b2", "B", 1, "u"),
    ]  # fmt: skip
    vectors = np.array([[1, 0, 0], [0, 1, 0], [1, 0, 0], [0, 0, 1]], dtype=np.float32)
    rng = random.Random(1)
    facts = align_claims(claims, vectors, [_profile(rng) for _ in claims], COSINE_ONLY)
    assert [(f.status, [c.id for c in f.claims]) for f in facts] == [
        ("shared", ["a1", "b1"]), ("unique", ["a2"]), ("unique", ["b2"])]  # fmt: skip
    assert all(f.conflicts == [] for f in facts)
