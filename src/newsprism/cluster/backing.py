"""What the stream clusterer reads of state it does not hold in memory.

A pass in memory (eval, ``recluster``) has no older state (:class:`MemoryBacking`); an
incremental ingest reads older buckets, signatures, memberships and frozen stories from
the store (``cluster.state.StoreBacking``), by key, so one article costs the same in a
store of any size.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from newsprism.cluster.profile import Cluster


class Backing(Protocol):
    """Read access to what the clusterer does not hold in memory."""

    def buckets(self, keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[str]]: ...
    def signature(self, article_id: str) -> np.ndarray | None: ...
    def membership(self, article_id: str) -> tuple[str, str | None] | None: ...
    def load_cluster(self, story_id: str, before_seq: int) -> Cluster | None: ...
    def load_profile(self, story_id: str) -> Cluster | None: ...
    def frozen_between(self, start: float, end: float) -> tuple[list[str], np.ndarray]: ...


class MemoryBacking:
    """No older state: everything the pass needs is in the clusterer itself."""

    def buckets(self, keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[str]]:
        return {}

    def signature(self, article_id: str) -> np.ndarray | None:
        return None

    def membership(self, article_id: str) -> tuple[str, str | None] | None:
        return None

    def load_cluster(self, story_id: str, before_seq: int) -> Cluster | None:
        return None

    def load_profile(self, story_id: str) -> Cluster | None:
        return None

    def frozen_between(self, start: float, end: float) -> tuple[list[str], np.ndarray]:
        return [], np.zeros((0, 0), dtype=np.float32)
