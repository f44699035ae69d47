"""In how many live stories each word stands, kept as the live set changes (session 27).

Decision 32's guard (``cluster.guard``, ``guard_title_live``) asks, for a join it guards,
in how many *other* live stories the shared rare title word stands (in their title or
body sums). Read by walking the live set, that is one look-up per live story, up to
``max_live`` (20 000): about 13 ms of CPU a guarded join at that size
(docs/benchmarks.md, "Stories", session 27), where assigning an article costs 1–2 ms.

This keeps the same count as a table, word -> live stories whose sum holds it, updated
where the live set changes: a story made live or changed (``StreamClusterer._make_live``,
called after every join, revival, split and merge) has its new key set diffed against
the one last counted for it; a story that leaves (frozen, split or merged away) has its
keys taken off. The cost moves to each join (a set of at most 400 keys, the body sum's
cut, compared with the last), bounded whatever the live set's size, and the guard's
question costs one look-up per word. The counts are exactly the walk's: the same keys
of the same live stories (a test runs both on one stream).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsprism.cluster.model import ClusterModel
from newsprism.cluster.profile import Cluster


class LiveTermCount:
    """The number of live stories whose ``field`` sum ("title" or "body") holds each word."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.count: dict[int, int] = {}
        self._keys: dict[str, frozenset[int]] = {}  # story id -> the keys last counted

    @classmethod
    def for_model(cls, model: ClusterModel) -> LiveTermCount | None:
        """The count ``model``'s guard reads (``guard_title_live`` on), else None."""
        if model.guard_below > 0 and model.guard_title_live > 0:
            return cls(model.guard_live_sum)
        return None

    def put(self, cluster: Cluster) -> None:
        """Count ``cluster`` (made live, or changed while live) with its current keys."""
        new = frozenset(getattr(cluster, self.field))
        old = self._keys.get(cluster.story_id, frozenset())
        if new == old:
            return
        self._keys[cluster.story_id] = new
        self._shift(old - new, -1)
        self._shift(new - old, 1)

    def remove(self, story_id: str) -> None:
        """Take a story that left the live set off the counts (no-op if never counted)."""
        self._shift(self._keys.pop(story_id, frozenset()), -1)

    def _shift(self, keys: Iterable[int], by: int) -> None:
        count = self.count
        for h in keys:
            n = count.get(h, 0) + by
            if n:
                count[h] = n
            else:
                del count[h]

    def others(self, hashes: Iterable[int], c: Cluster) -> Mapping[int, int]:
        """In how many live stories other than ``c`` each of ``hashes`` stands: what
        ``guard.live_df`` counts by walking the live set."""
        own = self._keys.get(c.story_id, frozenset())
        return {h: self.count.get(h, 0) - (h in own) for h in hashes}
