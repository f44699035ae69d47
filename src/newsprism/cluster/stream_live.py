"""The live set of the stream clusterer (step 4 of :mod:`newsprism.cluster.stream`):
which stories are live, when one freezes, and the weeks a frozen story spans.

Stories not joined within the live window (publication time, against a watermark that
one article can advance by at most one window) leave the live set, and so do the least
recently joined ones beyond ``max_live``; a frozen story is indexed by the weeks it
spans, where a late article finds it.

Its own step because it keeps the cost of one article bounded, whatever the size of the
store, and decides nothing about where an article goes. The methods are those of
:class:`LiveSet`, a mixin of :class:`~newsprism.cluster.stream.StreamClusterer` (as the
store's SQL mixins are of a store): moved out of :mod:`newsprism.cluster.stream`
unchanged (session 34), which imports every name back.
"""

from __future__ import annotations

import heapq
import math

import numpy as np

from newsprism.cluster.backing import Backing
from newsprism.cluster.crosslang import CrossLanguagePath
from newsprism.cluster.live import LiveCentroids
from newsprism.cluster.live_terms import LiveTermCount
from newsprism.cluster.model import ClusterModel
from newsprism.cluster.profile import Cluster

WEEK_SECONDS = 7 * 86400.0
MAX_SPAN_WEEKS = 104  # a longer span (a misdated member) is indexed by its two ends


def week_of(t: float) -> int:
    """The week (counted from the epoch) that publication time ``t`` falls in."""
    return math.floor(t / WEEK_SECONDS)


def span_weeks(t_first: float, t_last: float) -> list[int]:
    """The weeks (counted from the epoch) that a story's time span touches.

    A late article finds the frozen stories of its time through these (table
    ``story_weeks``; in memory for this session's). A span longer than two years, which
    only a misdated member makes, is indexed by the year at each end, which bounds the
    rows a story writes.
    """
    first, last = week_of(t_first), week_of(t_last)
    if last - first < MAX_SPAN_WEEKS:
        return list(range(first, last + 1))
    half = MAX_SPAN_WEEKS // 2
    return [*range(first, first + half), *range(last - half + 1, last + 1)]


class LiveSet:
    """The live set of :class:`~newsprism.cluster.stream.StreamClusterer`."""

    # what it reads of the clusterer that mixes this in (annotations only)
    model: ClusterModel
    backing: Backing
    seq: int
    watermark: float | None
    live: dict[str, Cluster]
    retired: dict[str, Cluster]
    _retired_weeks: dict[int, set[str]]
    centroids: LiveCentroids
    cross: CrossLanguagePath
    live_terms: LiveTermCount | None
    _time_heap: list[tuple[float, str]]
    _lru_heap: list[tuple[int, str]]
    touched: set[str]

    def _nearest(self, embedding: np.ndarray) -> list[str]:
        return self.centroids.nearest(embedding, self.model.candidates)

    def _make_live(self, cluster: Cluster) -> None:
        cluster.frozen = False
        self.live[cluster.story_id] = cluster
        self.cross.track(cluster.story_id, cluster.language)
        self.retired.pop(cluster.story_id, None)
        self.centroids.put(cluster.story_id, cluster.centroid())
        if self.live_terms is not None:
            self.live_terms.put(cluster)
        if cluster.t_last is not None:
            heapq.heappush(self._time_heap, (cluster.t_last, cluster.story_id))
        heapq.heappush(self._lru_heap, (cluster.last_seq, cluster.story_id))

    def _revive(self, story_id: str) -> Cluster | None:
        cluster = self.retired.pop(story_id, None) or self.backing.load_cluster(story_id, self.seq)
        if cluster is not None:
            cluster.frozen = False
        return cluster

    def _freeze(self, cluster: Cluster) -> None:
        self.centroids.remove(cluster.story_id)
        del self.live[cluster.story_id]
        if self.live_terms is not None:
            self.live_terms.remove(cluster.story_id)
        self.cross.forget(cluster.story_id, cluster.language)
        cluster.frozen = True
        self.retired[cluster.story_id] = cluster
        if cluster.t_first is not None and cluster.t_last is not None:
            for week in span_weeks(cluster.t_first, cluster.t_last):
                self._retired_weeks.setdefault(week, set()).add(cluster.story_id)
        self.touched.add(cluster.story_id)

    def _advance(self, published: float | None) -> None:
        window = self.model.live_window_hours * 3600.0
        if published is not None:
            if self.watermark is None:
                self.watermark = published
            elif published > self.watermark:
                self.watermark = min(published, self.watermark + window)
        if self.watermark is not None:
            cutoff = self.watermark - window
            while self._time_heap and self._time_heap[0][0] < cutoff:
                t_last, story_id = heapq.heappop(self._time_heap)
                cluster = self.live.get(story_id)
                if cluster is not None and cluster.t_last == t_last:
                    self._freeze(cluster)
        while len(self.live) > self.model.max_live:
            last_seq, story_id = heapq.heappop(self._lru_heap)
            cluster = self.live.get(story_id)
            if cluster is not None and cluster.last_seq == last_seq:
                self._freeze(cluster)
