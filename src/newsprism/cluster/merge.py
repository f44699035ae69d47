"""The merge step: two live stories of one event become one.

The stream over-splits an event when its later reports miss the story its first ones
founded: a report founded a second story before the event's vocabulary settled, or
scored just under the join threshold against a centroid that its early reports had
pulled elsewhere (docs/eval-clustering.md, "Why an event is cut into pieces"). Each
report was compared with a story's *centroid*, once, when it arrived; the merge step
compares two stories *report by report*, after both have grown.

When a live story reaches 1, 2, 4, 8 … members (so a story of *n* members is checked
about log₂ *n* times), the stream clusterer checks it against its nearest live stories
by centroid (``model.candidates``, same language, the joined span within the span cap):

1. **Screen.** A partner whose *profile* is far from the story's (the model's
   probability for the two stories' sums, as if one were an article, under
   ``SCREEN`` times the merge threshold) is not read member by member: most nearby
   stories are other events, and the screen keeps the step's cost a fraction of a join's.
2. **Reports.** Each story's first ``model.merge_members`` members that are not
   near-copies of another member (a copy goes with its original: copies of one text
   are one report, and would count it many times).
3. **Links.** The clusterer's own probability for every pair of reports across the two
   stories, each scored as an article against a story made of the other (the same
   seven features and scorer as ``StreamClusterer.compare``: ``split.pair_probabilities``).
4. **Decision.** The two stories merge when the *mean* of those probabilities reaches
   ``model.merge_scale`` times the join threshold of the scorer that scores most of
   the pairs: average linkage, as the split step cuts, so that one close pair (a
   chain link) is not enough; and, when ``model.merge_link_share`` is set, when at
   least that share of the pairs reaches the join threshold itself. Of several such
   partners, the one with the highest mean.
   With ``model.merge_name_idf`` set, a partner also needs a *rare shared name*:
   some entity term of the two stories' reports whose IDF in the model's table reaches
   it (session 29: the pieces of one event a reader joins share a person, place or
   body few texts name; two steps of one topic weeks apart share the common ones).
5. **Ids.** The older story (founded first in stream order) keeps its id, so a link
   to it stays valid; the other's members move to it, keeping their stream positions,
   scores and ``duplicate_of``, and the other story is deleted. The merged profile is
   rebuilt from all members in stream order (``split.rebuild``), which is exactly what
   replaying the final memberships gives: a session rebuilt from the store after a
   kill continues alike.

Measured on the gold streams, and why these settings: docs/clustering.md, decision 21.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel
from newsprism.cluster.profile import Cluster, MemberRef, context_cosine
from newsprism.cluster.split import Part, Weigh, pair_probabilities
from newsprism.cluster.terms import dot

# The measured setting (docs/clustering.md, decision 21), used by ``with_merge(model, "on")``:
# a mean link of the join threshold, and 30 % of the pairs at it.
MERGE_SCALE = 1.0
MERGE_LINK_SHARE = 0.3
# A partner's profile probability must reach this share of the merge threshold to be
# read member by member. The sums of two stories are closer than their members are on
# average, so a pair that merges passes it (measured: docs/clustering.md, decision 21).
SCREEN = 0.5


def with_merge(model: ClusterModel, mode: str | float, share: float | None = None
               ) -> ClusterModel:  # fmt: skip
    """``model`` with the merge step as ``mode`` says: ``"model"`` (as the file has it),
    ``"on"`` (its settings, or the measured ``MERGE_SCALE`` and ``MERGE_LINK_SHARE``
    when the file has it off),
    ``"off"``, or a scale (and ``share``, the link share, when given)."""
    if share is not None:
        model = dataclasses.replace(model, merge_link_share=share)
    if mode == "model":
        return model
    if mode == "on":
        if model.merge_scale:
            return model
        return dataclasses.replace(model, merge_scale=MERGE_SCALE,
                                   merge_link_share=MERGE_LINK_SHARE)
    if mode == "off":
        return dataclasses.replace(model, merge_scale=0.0)
    return dataclasses.replace(model, merge_scale=float(mode))


def due(count: int, model: ClusterModel) -> bool:
    """Whether a story that just reached ``count`` members is checked: at every power
    of two (never when the merge step is off)."""
    return model.merge_scale > 0 and count > 0 and count & (count - 1) == 0


def reports(cluster: Cluster, limit: int) -> list[MemberRef]:
    """The story's first ``limit`` members that are no near-copy of another member."""
    ids = {r.article_id for r in cluster.log}
    out = [r for r in cluster.log if r.duplicate_of is None or r.duplicate_of not in ids]
    return out[:limit]


def profile_probability(model: ClusterModel, a: Cluster, b: Cluster) -> tuple[float, float]:
    """The model's probability for stories ``a`` and ``b`` compared by their sums (the
    seven features of ``StreamClusterer.compare``, each story standing for an article),
    and the join threshold of the scorer that scores it."""
    sparse = [_cosine(getattr(a, n), getattr(b, n), a.length(n) * b.length(n))
              for n in ("title", "body", "entities")]  # fmt: skip
    gap = None
    if None not in (a.t_first, a.t_last, b.t_first, b.t_last):
        gap = max(0.0, b.t_first - a.t_last, a.t_first - b.t_last) / 3600.0  # type: ignore[operator]
    x = model.inputs(float(a.centroid() @ b.centroid()), sparse, gap,
                     bool(a.entities and b.entities),
                     context_cosine(a.context_centroid(), b.context_centroid()))  # fmt: skip
    return model.probability(x), model.join_threshold(x, a.language)


def _cosine(a: dict, b: dict, lengths: float) -> float:
    return dot(a, b) / lengths if a and b and lengths > 0 else 0.0


def screened(model: ClusterModel, cluster: Cluster, partners: Sequence[Cluster]
             ) -> list[Cluster]:  # fmt: skip
    """The partners whose profile probability reaches ``SCREEN`` × the merge threshold."""
    out = []
    for partner in partners:
        p, threshold = profile_probability(model, cluster, partner)
        if p >= SCREEN * model.merge_scale * threshold:
            out.append(partner)
    return out


def shares_rare_name(mine: Sequence[ArticleFeatures], theirs: Sequence[ArticleFeatures],
                     idf: Mapping[int, float], default_idf: float, bar: float) -> bool:
    """Whether the two groups of reports share an entity term of IDF ``bar`` or more
    (a term the table lacks weighs ``default_idf``, the rarest)."""
    names = set().union(*(f.entity_tf for f in mine))
    shared = names & set().union(*(f.entity_tf for f in theirs))
    return any(idf.get(t, default_idf) >= bar for t in shared)


def best_partner(model: ClusterModel, cluster: Cluster, partners: Sequence[Cluster],
                 features: Mapping[str, ArticleFeatures], weigh: Weigh
                 ) -> tuple[Cluster, float] | None:  # fmt: skip
    """The partner ``cluster`` merges with and the mean link, or None.

    Every report of ``cluster`` and of each partner is scored in one matrix; a partner
    qualifies when the mean probability across the two stories reaches ``merge_scale``
    times the threshold of the scorer that scores most of those pairs."""
    mine = reports(cluster, model.merge_members)
    theirs = [reports(p, model.merge_members) for p in partners]
    refs = mine + [r for group in theirs for r in group]
    if not mine or len(refs) == len(mine):
        return None
    fs = [features[r.article_id] for r in refs]
    p, undated = pair_probabilities(model, fs, [weigh(f) for f in fs])
    best: tuple[float, str, Cluster] | None = None
    start = len(mine)
    for partner, group in zip(partners, theirs, strict=True):
        block = slice(start, start + len(group))
        start += len(group)
        if not group:
            continue
        cross = p[: len(mine), block]
        link = float(cross.mean())
        threshold = link_threshold(model, undated[: len(mine), block], cluster.language)
        linked = float((cross >= threshold).mean())
        # Ties go to the smaller id, whatever order the candidates came in.
        if link >= model.merge_scale * threshold and linked >= model.merge_link_share and (
                best is None or (-link, partner.story_id) < (-best[0], best[1])):  # fmt: skip
            best = (link, partner.story_id, partner)
    return None if best is None else (best[2], best[0])


def link_threshold(model: ClusterModel, undated: np.ndarray, language: str | None) -> float:
    """The join threshold of the scorer that scores most pairs of a block."""
    return model.scorer_threshold(bool(undated.mean() > 0.5), language)


def joined(a: Cluster, b: Cluster) -> tuple[Part, Cluster]:
    """The merged story (the older one's id, every member in stream order) and the
    story that is merged away."""
    keeper, gone = sorted((a, b), key=lambda c: (_first_seq(c), c.story_id))
    refs = sorted([*keeper.log, *gone.log], key=lambda r: r.seq)
    return Part(keeper.story_id, refs), gone


def _first_seq(c: Cluster) -> int:
    return c.log[0].seq if c.log else c.last_seq
