"""The live stories' centroid look-up: exact, and the same answer whatever history
built it (a long session and a resumed one must find the same candidates)."""

from __future__ import annotations

import math

import numpy as np

from newsprism.cluster.live import LiveCentroids, exact_order_dots

DIM = 256


def _unit(rng: np.random.Generator, n: int) -> np.ndarray:
    x = rng.standard_normal((n, DIM)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _brute(centroids: dict[str, np.ndarray], query: np.ndarray, k: int) -> list[str]:
    def exact(v: np.ndarray) -> float:
        return math.fsum((v.astype(np.float64) * query.astype(np.float64)).tolist())

    return [s for _, s in sorted((-exact(v), s) for s, v in centroids.items())][:k]


def test_nearest_is_exact_and_independent_of_history() -> None:
    rng = np.random.default_rng(3)
    vectors = _unit(rng, 400)
    final: dict[str, np.ndarray] = {}
    long_session = LiveCentroids()
    for _ in range(3000):  # joins, new stories, freezes: slots reused in any order
        n = int(rng.integers(400))
        story = f"story-{n:03d}"
        if rng.random() < 0.25:
            long_session.remove(story)
            final.pop(story, None)
        else:
            vector = vectors[n] if story not in final else _unit(rng, 1)[0]
            long_session.put(story, vector)
            final[story] = vector
    fresh = LiveCentroids()
    for story in sorted(final):
        fresh.put(story, final[story])
    assert len(long_session) == len(fresh) == len(final)
    for query in _unit(rng, 50):
        expected = _brute(final, query, 10)
        assert long_session.nearest(query, 10) == fresh.nearest(query, 10) == expected


def test_ties_go_to_the_smaller_story_id_and_small_sets_return_all() -> None:
    same = _unit(np.random.default_rng(5), 1)[0]
    centroids = LiveCentroids()
    for story in ["c", "a", "d", "b"]:
        centroids.put(story, same)
    assert centroids.nearest(same, 2) == ["a", "b"]
    assert centroids.nearest(same, 10) == ["a", "b", "c", "d"]
    centroids.remove("a")
    assert "a" not in centroids and centroids.nearest(same, 1) == ["b"]
    assert LiveCentroids().nearest(same, 10) == []


def test_exact_order_dots_rank_and_tie_as_the_correctly_rounded_sums() -> None:
    # Terms far apart in size (2^30 next to 2^-30) make float64 sums lose the small ones,
    # so rows whose exact dots differ by 2^-30 or tie exactly often have other float64
    # sums: the order must still be that of ``fsum``, ties and all.
    rng = np.random.default_rng(11)
    values = np.array([2.0**30, -(2.0**30), 2.0**-30, 3 * 2.0**-31, 0.0, 1.0, -1.0])
    for _ in range(300):
        dim, n = int(rng.integers(2, 12)), int(rng.integers(1, 15))
        rows = rng.choice(values, size=(n, dim)).astype(np.float32)
        rows[rng.integers(n, size=n // 2)] = rows[0]  # exact ties too
        target = rng.choice(values, size=dim).astype(np.float64)
        dots = exact_order_dots(rows, target)
        exact = [math.fsum((r.astype(np.float64) * target).tolist()) for r in rows]
        ids = [f"s{i:02d}" for i in range(n)]
        order = [i for _, i in sorted(zip((-d for d in dots), ids, strict=True))]
        assert order == [i for _, i in sorted(zip((-e for e in exact), ids, strict=True))]
