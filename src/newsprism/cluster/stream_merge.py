"""The merge step of the stream clusterer (step 5 of :mod:`newsprism.cluster.stream`):
a story that grows to a size step is checked against its nearest live stories for
another piece of its own event, and the two become one (``cluster.merge`` decides).

Its own step because it rewrites earlier decisions rather than placing one article, and
the packaged model has it off. The methods are those of :class:`MergeStep`, a mixin of
:class:`~newsprism.cluster.stream.StreamClusterer` (as the store's SQL mixins are of a
store): moved out of :mod:`newsprism.cluster.stream` unchanged (session 34), which
imports every name back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from newsprism.cluster import merge as merging
from newsprism.cluster import merge_days, merge_leads
from newsprism.cluster import split as splitting
from newsprism.cluster.crosslang import CrossLanguagePath
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.joinable import same_language, spans_within
from newsprism.cluster.live import LiveCentroids
from newsprism.cluster.live_terms import LiveTermCount
from newsprism.cluster.model import ClusterModel
from newsprism.cluster.profile import Cluster, Decision, Weighted

WEIGHT_CACHE = 8192  # articles whose weighted vectors the merge step keeps


class MergeStep:
    """The merge step of :class:`~newsprism.cluster.stream.StreamClusterer`."""

    # what it reads of the clusterer that mixes this in (annotations only)
    model: ClusterModel
    live: dict[str, Cluster]
    centroids: LiveCentroids
    cross: CrossLanguagePath
    live_terms: LiveTermCount | None
    features_of: Callable[[Sequence[str]], Mapping[str, ArticleFeatures]]
    memberships: dict[str, tuple[str, str | None]]
    decisions: list[Decision]
    touched: set[str]
    removed: set[str]
    _member_weights: dict[str, Weighted]
    weigh_member: Callable[[ArticleFeatures], Weighted]
    idf_for: Callable[[str | None], Mapping[int, float]]
    _make_live: Callable[[Cluster], None]

    def merge(self, cluster: Cluster) -> str | None:
        """Merge ``cluster`` with the nearest live story of its event, if one is found
        (``cluster.merge``); returns the id of the story merged away."""
        span = self.model.max_span_hours * 3600.0
        partners = [c for s in self.centroids.nearest(cluster.centroid(), self.model.candidates + 1)
                    if s != cluster.story_id and (c := self.live[s]).log
                    and same_language(c.language, cluster.language)
                    and spans_within(cluster, c, span)]  # fmt: skip
        partners = merging.screened(self.model, cluster, partners)
        if not partners or not cluster.log:
            return None
        # each story's reports, read once: the features below and both partner filters
        reports = {c.story_id: merging.reports(c, self.model.merge_members)
                   for c in (cluster, *partners)}  # fmt: skip
        refs = [r for story in reports.values() for r in story]
        have = self.features_of([r.article_id for r in refs])
        if any(r.article_id not in have for r in refs):
            return None  # every path stores an article's features before it joins a story
        if self.model.merge_name_idf > 0:
            partners = self._named_partners(cluster, partners, have)
        if self.model.merge_dated or self.model.merge_weekday_gap >= 0:
            partners = merge_days.allowed_partners(self.model, cluster, partners, reports, have)
        if self.model.merge_min_shingles > 0:
            partners = merge_leads.with_bodies(cluster.story_id, partners, reports, have,
                                               self.model.merge_min_shingles)  # fmt: skip
        found = merging.best_partner(self.model, cluster, partners, have, self._weigh_cached)
        if found is None:
            return None
        part, gone = merging.joined(cluster, found[0])
        every = self.features_of([r.article_id for r in part.refs])
        if len(every) < len(part.refs):
            return None
        for ref in gone.log:
            self.memberships[ref.article_id] = (part.story_id, ref.duplicate_of)
            self.decisions.append(Decision(ref.article_id, part.story_id, ref.seq,
                                           ref.duplicate_of, ref.score))  # fmt: skip
        for story_id in (gone.story_id, part.story_id):
            self.centroids.remove(story_id)
            self.cross.forget(story_id, self.live.pop(story_id).language)
            if self.live_terms is not None:
                self.live_terms.remove(story_id)
        self.touched.discard(gone.story_id)
        self.removed.add(gone.story_id)
        self._make_live(splitting.rebuild(part, every, self.weigh_member,
                                          self.model.core_members))  # fmt: skip
        self.touched.add(part.story_id)
        return gone.story_id

    def _named_partners(self, cluster: Cluster, partners: list[Cluster],
                        have: Mapping[str, ArticleFeatures]) -> list[Cluster]:  # fmt: skip
        """The partners whose reports share a rare name with ``cluster``'s (the model's
        ``merge_name_idf``; ``cluster.merge``)."""
        limit, idf = self.model.merge_members, self.idf_for(cluster.language)
        mine = [have[r.article_id] for r in merging.reports(cluster, limit)]
        return [c for c in partners if merging.shares_rare_name(
            mine, [have[r.article_id] for r in merging.reports(c, limit)], idf,
            self.model.default_idf, self.model.merge_name_idf)]  # fmt: skip

    def _weigh_cached(self, f: ArticleFeatures) -> Weighted:
        """:meth:`weigh_member`, kept for the last ``WEIGHT_CACHE`` articles weighed: the
        merge step reads a story's first reports at each of its checks."""
        w = self._member_weights.get(f.article_id)
        if w is None:
            if len(self._member_weights) >= WEIGHT_CACHE:
                del self._member_weights[next(iter(self._member_weights))]
            w = self._member_weights[f.article_id] = self.weigh_member(f)
        return w

    def take_removed(self) -> set[str]:
        """The stories merged away since the last call (their rows are deleted on save)."""
        removed, self.removed = self.removed, set()
        return removed
