"""The stream clusterer: each arriving article joins a live story or starts a new one.

For each article, in order:

1. **Near-copy.** Its MinHash bands are looked up (this session's buckets, then the
   store's): a verified near-copy joins its original's story, frozen or not, with
   ``duplicate_of`` set. A copy is another outlet's coverage, not a new event.
2. **Candidates.** The nearest live stories by centroid (an exact search over the
   centroids of live stories only, ``cluster.live``), plus the live stories of any
   band-sharing article.
   A *late* article (published more than ``late_after_hours`` before the watermark: a
   backfill, or a feed that delivers days late) is also compared with the frozen
   stories of its own time: those whose span comes within the live window of it, found
   through a table of the weeks each story spans, the ``candidates`` nearest by
   centroid. Without this, a backfill founds a second story for every event whose
   reports it completes.
3. **Score.** Each candidate gets the model's probability from dense cosine (title +
   lead embedding vs centroid), TF-IDF cosine of titles, bodies and names, a time decay
   and two indicators (no time, no names). Model version 2 scores a dated comparison on
   content alone (time weighs 0: it only rules out, through the live window and the
   span cap, and breaks ties) and an undated one with version 1's scorer. The best
   candidate at or above its threshold (and through the core check, when the model
   turns it on) is joined; otherwise the article founds a story whose id is derived
   from its own id, so the same stream always gives the same ids.
4. **Freeze.** Stories not joined within the live window (publication time, against a
   watermark that one article can advance by at most one window, so a single misdated
   article cannot freeze everything) leave the live set; so do the least recently joined
   ones beyond ``max_live``. Either way the live set, and so the cost of one article,
   depends on the live window and not on the size of the store.

5. **Split and merge** (when the model turns them on; the packaged model has both off).
   A story that grows to a size step is checked for parts that are other events
   (``cluster.split``) and against its nearest live stories for another piece of its
   own event (``cluster.merge``); either rewrites earlier decisions (``drain``).

Everything outside the in-memory state (older buckets, frozen stories, memberships of
earlier runs) is read through a :class:`Backing`: nothing for a pass in memory (eval,
recluster), the store for incremental ingest (``cluster.state``).

The near-copy look-up (step 1), the live set (step 4, with the weeks a story spans) and
the merge step are mixins of :class:`StreamClusterer` in :mod:`.stream_copies`,
:mod:`.stream_live` and :mod:`.stream_merge` (session 34), their methods moved
unchanged; their names are imported back here.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from newsprism import dedup
from newsprism.cluster import (
    competition,
    density,
    event_dates,
    event_join,
    lead_act,
    sparse,
    weekdays,
)
from newsprism.cluster import guard as guarding
from newsprism.cluster import merge as merging
from newsprism.cluster import split as splitting
from newsprism.cluster.backing import Backing, MemoryBacking
from newsprism.cluster.crosslang import CrossLanguagePath, CrossScore, TextSource, choose
from newsprism.cluster.features import ArticleFeatures, BandKeys
from newsprism.cluster.joinable import same_language, within_span
from newsprism.cluster.live import LiveCentroids
from newsprism.cluster.live_terms import LiveTermCount
from newsprism.cluster.model import FEATURES, ClusterModel, model_language_idf
from newsprism.cluster.profile import (
    KEEP_NAMES,
    KEEP_TERMS,
    KEY_ENTITIES,
    LABEL_POOL,
    Cluster,
    Decision,
    Member,
    MemberRef,
    Weighted,
    context_cosine,
    story_id_for,
)
from newsprism.cluster.stream_copies import NearCopies, Placement
from newsprism.cluster.stream_live import MAX_SPAN_WEEKS as MAX_SPAN_WEEKS
from newsprism.cluster.stream_live import WEEK_SECONDS as WEEK_SECONDS
from newsprism.cluster.stream_live import LiveSet, span_weeks, week_of
from newsprism.cluster.stream_merge import WEIGHT_CACHE as WEIGHT_CACHE
from newsprism.cluster.stream_merge import MergeStep
from newsprism.cluster.terms import Sparse, dot, weighted

__all__ = ["KEEP_NAMES", "KEEP_TERMS", "KEY_ENTITIES", "LABEL_POOL", "Backing", "Cluster",
           "Decision", "Member", "MemberRef", "MemoryBacking", "StreamClusterer", "Weighted",
           "span_weeks", "story_id_for", "week_of"]  # fmt: skip
log = logging.getLogger(__name__)
FeatureSource = Callable[[Sequence[str]], Mapping[str, ArticleFeatures]]

FEATURE_INDEX = {name: n for n, name in enumerate(FEATURES)}


class StreamClusterer(NearCopies, MergeStep, LiveSet):
    """Assigns articles to stories one at a time; see the module docstring for the method.

    Args:
        model: the learned weights and settings.
        idf: hashed term -> IDF (the model's table).
        backing: older state (the store), or None for a pass in memory.
        live: the live stories to start from (loaded from the store).
        seq: the stream position of the next article.
        watermark: the latest publication time the stream has seen (epoch seconds).
        texts: title + lead of articles by id, for the cross-language path
            (``cluster.crosslang``); without it, that path reads headlines only.
        features: the stored features of articles by id, which the split step reads
            for a story's members (``cluster.split``); without it, the clusterer keeps
            the features of every article it is given (a pass in memory).
    """

    def __init__(self, model: ClusterModel, idf: Mapping[int, float], *,
                 backing: Backing | None = None, live: Iterable[Cluster] = (), seq: int = 0,
                 watermark: float | None = None, texts: TextSource | None = None,
                 features: FeatureSource | None = None) -> None:  # fmt: skip
        self.model, self.idf = model, idf
        self._kept: dict[str, ArticleFeatures] | None = None if features else {}
        self.features_of: FeatureSource = features or (lambda ids: self._kept or {})
        self.language_idf = model_language_idf(model)
        self.backing: Backing = backing or MemoryBacking()
        self.seq, self.watermark = seq, watermark
        self.live: dict[str, Cluster] = {}
        self.retired: dict[str, Cluster] = {}  # frozen during this session, not yet saved
        self._retired_weeks: dict[int, set[str]] = {}  # week -> retired stories spanning it
        self.centroids = LiveCentroids()
        self._time_heap: list[tuple[float, str]] = []
        self._lru_heap: list[tuple[int, str]] = []
        self.lsh = dedup.LSHIndex()
        self.signatures: dict[str, np.ndarray] = {}
        self.memberships: dict[str, tuple[str, str | None]] = {}
        self.decisions: list[Decision] = []
        # Originals added this session, with their LSH band keys (saved as buckets).
        self.new_signatures: list[BandKeys] = []
        self.touched: set[str] = set()
        self.removed: set[str] = set()  # merged away since the last drain (``take_removed``)
        self._weighed: tuple[ArticleFeatures, Weighted] | None = None
        self._member_weights: dict[str, Weighted] = {}  # the merge step's, bounded
        # The live stories by language and what the cross-language path caches of them.
        self.cross = CrossLanguagePath(texts)
        self.lead_days = event_join.LeadDays(texts)  # the same-event join's (off in v5)
        self.lead_dates = event_dates.LeadMonthDays(texts)  # the event-date check's
        self.lead_acts = lead_act.LeadActs(texts)  # the lead-act refusal's (session 39)
        self.live_terms = LiveTermCount.for_model(model)  # None: the guard walks the live set
        for cluster in sorted(live, key=lambda c: c.story_id):
            for member in cluster.members[model.core_members :]:
                member.body_tf = {}  # the store reads every member's terms; the core's are used
            self._make_live(cluster)

    # -- one article ----------------------------------------------------------------

    def add(self, f: ArticleFeatures) -> Decision:
        """Decide where ``f`` goes, apply it, and return the decision.

        A story that this makes reach a split or merge step is checked
        (``cluster.split``, ``cluster.merge``); the decision says where ``f`` went
        first, ``memberships`` where it is now.
        """
        story_id, duplicate_of, score = self.decide(f)
        decision = self.apply(f, story_id, duplicate_of=duplicate_of, score=score)
        cluster = self.live.get(story_id)
        if cluster is not None and splitting.due(cluster.count, self.model):
            self.split(cluster)
        cluster = self.live.get(story_id)
        if cluster is not None and merging.due(cluster.count, self.model):
            self.merge(cluster)
        return decision

    def split(self, cluster: Cluster) -> list[str]:
        """Check ``cluster`` for parts that are other events, and make each a story;
        returns the ids of the new stories (none when it stays whole)."""
        ids = [r.article_id for r in cluster.log]
        have = self.features_of(ids)
        missing = [i for i in ids if i not in have]
        if missing:  # every path stores an article's features before it joins a story
            log.warning("warning: story %s not checked for a split: %d of its members have "
                        "no stored features; run `newsprism recluster` [E525]", cluster.story_id,
                        len(missing))  # fmt: skip
            return []
        parts = splitting.plan(self.model, cluster, have, self.weigh_member)
        for n, part in enumerate(parts):
            rebuilt = splitting.rebuild(part, have, self.weigh_member, self.model.core_members)
            if n:
                for ref in part.refs:
                    self.memberships[ref.article_id] = (part.story_id, ref.duplicate_of)
                    self.decisions.append(Decision(ref.article_id, part.story_id, ref.seq,
                                                   ref.duplicate_of, ref.score))  # fmt: skip
            self.centroids.remove(part.story_id)
            self.live.pop(part.story_id, None)
            self._make_live(rebuilt)
            self.touched.add(part.story_id)
        if parts:
            self._advance(None)  # a part of older members may be past the live window
        return [p.story_id for p in parts[1:]]

    def weigh_member(self, f: ArticleFeatures) -> Weighted:
        """``f``'s IDF-weighted vectors, without touching the cache of :meth:`weigh`."""
        d, idf = self.model.default_idf, self.idf_for(f.language)
        return Weighted(weighted(f.title_tf, idf, d), weighted(f.body_tf, idf, d),
                        weighted(f.entity_tf, idf, d))  # fmt: skip

    def decide(self, f: ArticleFeatures) -> Placement:
        """``(story_id, duplicate_of, score)`` for ``f``, without changing any state."""
        copy, related = self._near_copies(f)
        if copy is not None:
            return copy
        scored = self.scored_candidates(f, extra=related)
        # Best probability first; on a tie, the story nearer in time, then the smaller id.
        time_at = FEATURE_INDEX["time"]
        # The competition stage (session 36), when the model has one, reads all of them.
        probs = competition.probabilities(self.model, [x for _, x, _ in scored], len(self.live))
        ranked = sorted((-p, -x[time_at], story_id, x, c)
                        for p, (story_id, x, c) in zip(probs, scored, strict=True))  # fmt: skip
        k = density.competitors(self.model, (-r[0] for r in ranked), len(self.live))
        for minus_p, _, story_id, x, cluster in ranked:
            if -minus_p < density.adjust(self.model, sparse.join_threshold(
                    self.model, x, f.language, len(self.live), cluster.count), x, f.language, k):
                continue
            if self._passes(f, x, -minus_p, cluster):
                return story_id, None, round(-minus_p, 6)
        cued = event_join.choose(self.model, f, ranked, self.lead_days, self._passes,
                                  self.live.values())
        if cued is not None:  # a low-score candidate of one event (session 36; off in v5)
            return cued[0], None, round(cued[1], 6)
        crossed = choose(self.cross_candidates(f))
        if crossed is not None:
            # The score of a cross-language join is its total (docs/crosslang.md), capped at 1.
            return crossed.story_id, None, round(min(crossed.total, 1.0), 6)
        return story_id_for(f.article_id), None, None

    def _passes(self, f: ArticleFeatures, x: list[float], p: float, cluster: Cluster) -> bool:
        """The checks a join at probability ``p`` passes besides its threshold: the core
        check (an article close only to a drifted centroid does not chain on, where the
        model checks it: ``ClusterModel.checks_core``), then, for a dated join, the
        weekday check (version 4), the event-date check (session 38), the lead-act
        refusal (session 39) and the guard."""
        if self.model.checks_core(x) and not self.links_core(f, cluster):
            return False
        return self.model.scores_undated(x) or (not weekdays.refuses(
            self.model, f, cluster, self._read_members) and not event_dates.refuses(
            self.model, f, cluster, self.lead_dates, self._read_members) and not lead_act.refuses(
            self.model, f, cluster, self.lead_acts, self._read_members) and guarding.passes(
            self.model, f, x, p, cluster, self.idf_for(f.language), live=self.live,
            counts=self.live_terms, core=lambda: self.links_core(f, cluster)))

    def links_core(self, f: ArticleFeatures, c: Cluster) -> bool:
        """Whether ``f`` reports the event of ``c``'s core, not only its centroid's topic.

        The core is the story's first ``model.core_members`` members (its founding
        reports). The article must reach body TF-IDF cosine ``model.core_link`` with at
        least ``model.core_share`` of them. A centroid sums every member, so a story that
        took one broad report drifts towards its topic and then draws in other events of
        that topic (three budget fights, one president); its founding reports do not
        move. Off when ``core_members`` is 0 (model version 1); a story of one member is
        its own centroid. A frozen story read from the store for a late article comes
        without its members: its core is read then, so that a session decides as one
        pass in memory does (which keeps the members of the stories it froze).
        """
        core = c.members[: self.model.core_members]
        if len(core) < 2 <= c.count:
            self._read_members(c)
            core = c.members[: self.model.core_members]
        if len(core) < 2:
            return True
        # Members are weighed by the story's table (fixed per story, so the cached vector
        # is the same whichever article first asks: a resumed session decides alike).
        w, idf = self.weigh(f), self.idf_for(c.language)
        needed = min(len(core), self.model.core_links,
                     math.ceil(self.model.core_share * len(core) - 1e-9))
        links = 0
        for member in core:
            if member.weighted is None:
                member.weighted = weighted(member.body_tf, idf, self.model.default_idf)
            links += dot(w.body, member.weighted) >= self.model.core_link
            if links >= needed:
                return True
        return False

    def _read_members(self, c: Cluster) -> None:
        """Read the members of ``c``, a frozen story read from the store as a profile."""
        stored = self.backing.load_cluster(c.story_id, self.seq)
        if stored is not None:
            c.members = stored.members

    def cross_candidates(self, f: ArticleFeatures) -> list[CrossScore]:
        """``f`` scored against the live stories in another language (``cluster.crosslang``);
        empty at the cost of one look-up when there are none: the English fast path."""
        span = self.model.max_span_hours * 3600.0
        return self.cross.candidates(f, self.live, lambda c: within_span(f, c, span))

    def candidate_features(self, f: ArticleFeatures, extra: Iterable[str] = ()
                           ) -> list[tuple[str, list[float]]]:  # fmt: skip
        """The live candidate stories of ``f`` and their comparison features.

        Candidates: the ``model.candidates`` nearest live centroids, plus ``extra``
        (live stories of band-sharing articles). The training script calls this too.
        """
        return [(s, x) for s, x, _ in self.scored_candidates(f, extra)]

    def scored_candidates(self, f: ArticleFeatures, extra: Iterable[str] = ()
                          ) -> list[tuple[str, list[float], Cluster]]:  # fmt: skip
        """:meth:`candidate_features` with each candidate's story."""
        w = self.weigh(f)
        found = {s: self.live[s] for s in self._nearest(f.embedding)}
        for story_id in extra:
            if story_id in self.live:
                found.setdefault(story_id, self.live[story_id])
        found.update(self._frozen_candidates(f))
        span = self.model.max_span_hours * 3600.0
        return [
            (s, self.compare(f, w, c), c)
            for s, c in found.items()
            if same_language(f.language, c.language) and within_span(f, c, span)
        ]

    def _frozen_candidates(self, f: ArticleFeatures) -> dict[str, Cluster]:
        """For a late article: the frozen stories of its own time nearest by centroid.

        Those whose span comes within the live window of its publication time: from the
        store, and from this session's frozen ones (which override their stored rows).
        Their number depends on how many stories that stretch of time holds, not on the
        size of the store.
        """
        late = self.model.late_after_hours * 3600.0
        if f.published is None or self.watermark is None or f.published >= self.watermark - late:
            return {}
        window = self.model.live_window_hours * 3600.0
        start, end = f.published - window, f.published + window
        stored_ids, stored = self.backing.frozen_between(start, end)
        centroids = dict(zip(stored_ids, stored, strict=True))
        # This session's frozen stories override their stored rows (not saved yet).
        for week in range(week_of(start), week_of(end) + 1):
            for story_id in self._retired_weeks.get(week, ()):
                c = self.retired.get(story_id)
                if c is not None and c.t_first is not None and c.t_last is not None \
                        and c.t_first <= end and c.t_last >= start:  # fmt: skip
                    centroids[story_id] = c.centroid()
        ids = [s for s in centroids if s not in self.live]  # live ones are candidates already
        if not ids:
            return {}
        scores = (np.stack([centroids[s] for s in ids]) @ f.embedding).tolist()
        ranked = sorted(zip((-score for score in scores), ids, strict=True))
        out: dict[str, Cluster] = {}
        for _, story_id in ranked[: self.model.candidates]:
            profile = self.retired.get(story_id) or self.backing.load_profile(story_id)
            if profile is not None:
                out[story_id] = profile
        return out

    def weigh(self, f: ArticleFeatures) -> Weighted:
        """``f``'s vectors with the model's IDF, unit length (kept for the last article:
        ``decide`` and ``apply`` both need them)."""
        if self._weighed is not None and self._weighed[0] is f:
            return self._weighed[1]
        w = self.weigh_member(f)
        self._weighed = (f, w)
        return w

    def idf_for(self, language: str | None) -> Mapping[int, float]:
        """The model's table for the languages it was trained on (and unknown ones); for
        another language, that language's table when the model ships one. With the
        English table, every word of a German article weighs as a rare name, "der" and
        "und" included, and unrelated German articles look alike."""
        if language is None or language in self.model.languages or self.language_idf is None:
            return self.idf
        return self.language_idf.get(language) or self.idf

    def compare(self, f: ArticleFeatures, w: Weighted, c: Cluster) -> list[float]:
        """The model's input for article ``f`` against story ``c`` (order of ``FEATURES``)."""
        dense = float(f.embedding @ c.centroid())
        title = _cosine(w.title, c.title, c.length("title"))
        body = _cosine(w.body, c.body, c.length("body"))
        names = _cosine(w.entities, c.entities, c.length("entities"))
        gap = None
        if f.published is not None and c.t_first is not None and c.t_last is not None:
            gap = max(0.0, c.t_first - f.published, f.published - c.t_last) / 3600.0
        return self.model.inputs(dense, (title, body, names), gap, bool(w.entities and c.entities),
                                 context_cosine(f.context, c.context_centroid()))

    def apply(self, f: ArticleFeatures, story_id: str, *, duplicate_of: str | None = None,
              score: float | None = None) -> Decision:  # fmt: skip
        """Put ``f`` into story ``story_id`` (creating or reviving it) and update the state."""
        cluster = self.live.get(story_id) or self._revive(story_id)
        new_story = cluster is None
        if cluster is None:
            cluster = Cluster(story_id=story_id, founder=f.article_id,
                              emb_sum=np.zeros(len(f.embedding), dtype=np.float64),
                              language=f.language)  # fmt: skip
        cluster.absorb(f, self.weigh(f), self.seq, self.model.core_members)
        cluster.log.append(MemberRef(self.seq, f.article_id, duplicate_of, score))
        if self._kept is not None:
            self._kept[f.article_id] = f
        self._make_live(cluster)
        decision = Decision(f.article_id, story_id, self.seq, duplicate_of, score, new_story)
        self.seq += 1
        self.decisions.append(decision)
        self.touched.add(story_id)
        self.memberships[f.article_id] = (story_id, duplicate_of)
        self.signatures[f.article_id] = f.minhash
        if f.shingles >= dedup.MIN_SHINGLES and duplicate_of is None:
            # Only originals go into the LSH buckets: a later copy finds the original
            # (and its story) through them, and a text copied a hundred times does not
            # fill its buckets with its own copies, which made the near-copy look-up
            # grow with the store (docs/benchmarks.md, "Stories").
            self.lsh.add_keys(f.article_id, f.band_keys)
            self.new_signatures.append((f.article_id, f.band_keys))
        self._advance(f.published)
        return decision

    # -- results --------------------------------------------------------------------

    def cluster(self, story_id: str) -> Cluster | None:
        return self.live.get(story_id) or self.retired.get(story_id)

    def forget_saved(self) -> None:
        """Drop this session's copies of what the store now holds (bounded memory)."""
        self.lsh = dedup.LSHIndex()
        self.signatures.clear()
        self.memberships.clear()

    def drain(self) -> tuple[list[Decision], list[Cluster], list[BandKeys]]:
        """What changed since the last drain: decisions (one per article, the latest,
        in stream order: a split moves members decided before), touched stories, and the
        new originals' LSH band keys.

        Frozen stories are handed over once and then forgotten (the store keeps them).
        """
        touched = [c for s in sorted(self.touched) if (c := self.cluster(s)) is not None]
        # A split rewrites earlier decisions: the last one of each article holds.
        final = sorted({d.article_id: d for d in self.decisions}.values(), key=lambda d: d.seq)
        out = (final, touched, self.new_signatures)
        self.decisions, self.new_signatures, self.touched = [], [], set()
        self.retired, self._retired_weeks = {}, {}
        return out


def _cosine(article: Sparse, total: Sparse, length: float) -> float:
    """``article · total / |total|`` (``article`` is unit length), ``length`` = ``|total|``."""
    if not article or not total:
        return 0.0
    return dot(article, total) / length if length > 0 else 0.0
