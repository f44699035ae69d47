"""The guard on a join the lowered threshold adds (docs/clustering.md, decision 30).

Model version 3 joins at probability 0.20. Under it, down to the model's ``threshold``,
a join is *added*: decision 23 found such joins right on full leads and wrong half the
time on one-sentence items, and a second report joining a story of one is where the
core check has nothing to check (a story of one is its own core). So an added join
where both sides have names (the text the core check guards) must also pass a test of
evidence the sparse score can rest on: the article and the story's founder both carry
at least ``guard_words`` distinct content words in their bodies. On one-sentence
headline items the low probabilities are noise; on ~90-word leads and full text they
are mostly right (``scripts/founder_guards.py``: the joins it adds on the training
streams, right and wrong, by the story's size). Text without names (lower-cased
snippets) is not guarded, as the core check does not guard it. Everything read is the
article's own features and the founder's, known when the article arrives.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import FEATURES, ClusterModel
from newsprism.cluster.profile import Cluster

_NO_ENTITIES = FEATURES.index("no_entities")


def founder_words(c: Cluster) -> int | None:
    """Distinct content words of the story's founder's body: its kept terms, or for a
    story of one read as a profile alone, the profile's body (the founder's, up to the
    400 kept terms); None when neither is at hand."""
    if c.members and c.members[0].body_tf:
        return len(c.members[0].body_tf)
    if c.count == 1 and c.body:
        return len(c.body)
    return None


def passes(model: ClusterModel, f: ArticleFeatures, x: Sequence[float], p: float,
           c: Cluster) -> bool:  # fmt: skip
    """Whether a dated join at probability ``p`` may stand: always at or above
    ``guard_below`` (version 3's threshold) or without names on both sides; under it, when
    the article and the founder both have ``guard_words`` distinct body words."""
    if model.guard_below <= 0 or p >= model.guard_below or x[_NO_ENTITIES]:
        return True
    words = founder_words(c)
    return words is not None and min(len(f.body_tf), words) >= model.guard_words
