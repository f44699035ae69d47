"""The guard on a join the lowered threshold adds (docs/clustering.md, decisions 30, 31).

Model version 3 joins at probability 0.20. Under it, down to the model's ``threshold``,
a join is *added*: decision 23 found such joins right on full leads and wrong half the
time on one-sentence items, and a second report joining a story of one is where the
core check has nothing to check (a story of one is its own core). So an added join
where both sides have names (the text the core check guards) must also pass two tests
(``scripts/founder_guards.py``: the joins it adds on the training streams, right and
wrong, by the story's size):

- *enough words* for a low probability to mean something: the article and the story's
  founder both carry at least ``guard_words`` distinct content words in their bodies
  (on one-sentence headline items low probabilities are noise; decision 30);
- *one event, not one topic* (``guard_title_idf`` > 0, decision 31): the article's
  title and the founder's share a content word at least that rare (model IDF), since
  two full-text reports of one topic pass the words test alike.

Text without names (lower-cased snippets) is not guarded, as the core check does not
guard it. Everything read is the article's own features and the founder's, known when
the article arrives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import FEATURES, ClusterModel
from newsprism.cluster.profile import Cluster
from newsprism.cluster.terms import content_words, stable_hash

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


def founder_title_terms(c: Cluster) -> set[int] | None:
    """The hashed content words of the founder's title (its headline, the words its
    ``title_tf`` was made of), or for a story of one read as a profile alone, the
    profile's title terms; None when neither is at hand."""
    if c.members:
        return {stable_hash(w) for w in content_words(c.members[0].headline)}
    if c.count == 1:
        return set(c.title)
    return None


def shares_rare_title_word(f: ArticleFeatures, c: Cluster, idf: Mapping[int, float],
                           default_idf: float, rarest: float) -> bool:  # fmt: skip
    """Whether ``f``'s title and the founder's share a word of IDF at least ``rarest``
    (a word the table lacks was seen once in training: ``default_idf``)."""
    founder = founder_title_terms(c)
    if founder is None:
        return False
    return any(idf.get(h, default_idf) >= rarest for h in founder & f.title_tf.keys())


def passes(model: ClusterModel, f: ArticleFeatures, x: Sequence[float], p: float,
           c: Cluster, idf: Mapping[int, float] | None = None) -> bool:  # fmt: skip
    """Whether a dated join at probability ``p`` may stand: always at or above
    ``guard_below`` (version 3's threshold) or without names on both sides; under it, when
    the article and the founder both have ``guard_words`` distinct body words and, with
    ``guard_title_idf`` set, share a title word of that IDF (``idf``: the table the
    clusterer weighs ``f`` with)."""
    if model.guard_below <= 0 or p >= model.guard_below or x[_NO_ENTITIES]:
        return True
    words = founder_words(c)
    if words is None or min(len(f.body_tf), words) < model.guard_words:
        return False
    if model.guard_title_idf <= 0:
        return True
    return shares_rare_title_word(f, c, idf or {}, model.default_idf, model.guard_title_idf)
