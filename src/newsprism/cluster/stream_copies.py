"""The near-copy look-up of the stream clusterer (step 1 of
:mod:`newsprism.cluster.stream`): an article's MinHash bands are looked up (this
session's buckets, then the store's), and a verified near-copy joins its original's
story, frozen or not, with ``duplicate_of`` set.

Its own step because it runs before any scoring and reads only the MinHash index: a
copy is another outlet's coverage, not a new event. The method is that of
:class:`NearCopies`, a mixin of :class:`~newsprism.cluster.stream.StreamClusterer` (as
the store's SQL mixins are of a store): moved out of :mod:`newsprism.cluster.stream`
unchanged (session 34), which imports every name back.
"""

from __future__ import annotations

import numpy as np

from newsprism import dedup
from newsprism.cluster.backing import Backing
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel

Placement = tuple[str, str | None, float | None]  # story id, duplicate of, score


class NearCopies:
    """The near-copy look-up of :class:`~newsprism.cluster.stream.StreamClusterer`."""

    # what it reads of the clusterer that mixes this in (annotations only)
    model: ClusterModel
    backing: Backing
    lsh: dedup.LSHIndex
    signatures: dict[str, np.ndarray]
    memberships: dict[str, tuple[str, str | None]]

    def _near_copies(self, f: ArticleFeatures) -> tuple[Placement | None, list[str]]:
        """The story of a verified near-copy (if any), and the stories of band neighbours."""
        if f.shingles < dedup.MIN_SHINGLES:
            return None, []
        keys = f.band_keys
        stored, here = self.backing.buckets(keys), self.lsh.buckets(keys)
        found: dict[str, None] = {}
        for key in keys:
            # The same ids whether a bucket lives in the store, in memory, or both.
            merged = sorted(set(stored.get(key, ())) | set(here.get(key, ())))
            found.update(dict.fromkeys(merged[: dedup.MAX_BUCKET]))
        best: tuple[float, str] | None = None
        related: list[str] = []
        for other in found:
            signature = self.signatures.get(other)
            if signature is None:
                signature = self.backing.signature(other)
            where = self.memberships.get(other) or self.backing.membership(other)
            if signature is None or where is None:
                continue
            related.append(where[0])
            similarity = dedup.jaccard(f.minhash, signature)
            # Ties go to the smaller id, whatever order the buckets were read in.
            if similarity >= self.model.duplicate_jaccard and (
                best is None or (-similarity, other) < (-best[0], best[1])
            ):
                best = (similarity, other)
        if best is None:
            return None, related
        story_id, original = self.memberships.get(best[1]) or self.backing.membership(best[1])
        return (story_id, original or best[1], round(best[0], 6)), related
