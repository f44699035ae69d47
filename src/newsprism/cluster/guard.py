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

Decision 32 (session 26, second guard) adds two optional readings, both off unless the
model file sets them:

- *the event's word, not the topic's* (``guard_title_live`` k > 0): the shared rare
  title word must also stand in fewer than k *other* live stories, in their titles or
  (``guard_live_sum`` "body") their bodies. A topic's recurring name ("Kavanaugh") is
  carried by several stories of the live window; a word only this story and the article
  carry is the event's. It reads the sums the clusterer keeps (and the store saves) for
  each live story: a local document frequency over the live window, nothing added.
- *lower-cased text* (``guard_unnamed_core``): where a side has no names, an added join
  to a story of two or more must pass the core check (the article's body close to
  enough of the story's founding reports), which ``core_named`` keeps to named text at
  version 3's threshold: one-to-one word overlap is weak in lower-cased snippets at any
  probability, but the added joins are where they chained (13 events in one GoogleNews-S
  story, decision 31).

Session 28 adds a third, off unless the model file sets it:

- *a story of one, without names* (``guard_unnamed_one`` n > 0): the core check asks
  nothing of a story of one (it is its own core), and session 27's reading of decision
  32's held-out changes found 47 of its 102 wrong GoogleNews units to be lower-cased
  snippets joined on a shared word or two, often to a story of one. Such a join stands
  only when the article's content words (title and body) and the story's (a story of
  one: its founder's) share at least n words of IDF >= ``guard_title_idf``; with n = -1
  (``REFUSE``) it never stands, as under version 3's threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.live_terms import LiveTermCount
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


REFUSE = -1  # ``guard_unnamed_one``: no added join without names to a story of one
LIVE_SUMS = ("title", "body")  # the profile sums ``guard_live_sum`` may name


def live_df(hashes: set[int], c: Cluster, live: Mapping[str, Cluster],
            field: str = "title") -> dict[int, int]:  # fmt: skip
    """In how many live stories other than ``c`` each of ``hashes`` stands, in the
    profile's ``field`` sum (``title``: their titles; ``body``: their bodies' kept terms)."""
    if field not in LIVE_SUMS:
        raise ValueError(f"guard_live_sum must be one of {LIVE_SUMS}, not {field!r}")
    out = dict.fromkeys(hashes, 0)
    for story_id, other in live.items():
        if story_id != c.story_id:
            for h in hashes & getattr(other, field).keys():
                out[h] += 1
    return out


def shares_rare_title_word(f: ArticleFeatures, c: Cluster, idf: Mapping[int, float],
                           default_idf: float, rarest: float,
                           live: Mapping[str, Cluster] | None = None,
                           fewer_than: int = 0, field: str = "title",
                           counts: LiveTermCount | None = None) -> bool:  # fmt: skip
    """Whether ``f``'s title and the founder's share a word of IDF at least ``rarest``
    (a word the table lacks was seen once in training: ``default_idf``), and with
    ``fewer_than`` > 0, one that stands in fewer than that many other stories of
    ``live`` (in their ``field`` sums: titles or bodies). ``counts``, when given, holds
    those numbers for ``live`` already (``cluster.live_terms``: the same counts without
    the walk over the live set, session 27)."""
    founder = founder_title_terms(c)
    if founder is None:
        return False
    rare = {h for h in founder & f.title_tf.keys() if idf.get(h, default_idf) >= rarest}
    if not rare or fewer_than <= 0 or live is None:
        return bool(rare)
    found = counts.others(rare, c) if counts is not None else live_df(rare, c, live, field)
    return any(n < fewer_than for n in found.values())


def shared_rare_words(f: ArticleFeatures, c: Cluster, idf: Mapping[int, float],
                      default_idf: float, rarest: float) -> set[int]:  # fmt: skip
    """The hashed content words, title or body, that ``f`` and the story ``c`` both hold
    with IDF at least ``rarest`` (a word the table lacks: ``default_idf``). For a story
    of one the profile's sums are its founder's words, so this reads the founder."""
    mine = f.title_tf.keys() | f.body_tf.keys()
    theirs = c.title.keys() | c.body.keys()
    return {h for h in mine & theirs if idf.get(h, default_idf) >= rarest}


def unnamed_passes(model: ClusterModel, f: ArticleFeatures, c: Cluster,
                   idf: Mapping[int, float] | None,
                   core: Callable[[], bool] | None) -> bool:  # fmt: skip
    """An added join where a side has no names: to a story of one, ``guard_unnamed_one``
    shared rare words when set, or never with ``REFUSE`` (session 28); to a larger
    story, the core check when ``guard_unnamed_core`` asks for it (decision 32)."""
    if c.count < 2:
        need = model.guard_unnamed_one
        if need == REFUSE:
            return False
        return need <= 0 or len(shared_rare_words(
            f, c, idf or {}, model.default_idf, model.guard_title_idf)) >= need
    return not model.guard_unnamed_core or core is None or core()


def passes(model: ClusterModel, f: ArticleFeatures, x: Sequence[float], p: float,
           c: Cluster, idf: Mapping[int, float] | None = None, *,
           live: Mapping[str, Cluster] | None = None,
           counts: LiveTermCount | None = None,
           core: Callable[[], bool] | None = None) -> bool:  # fmt: skip
    """Whether a dated join at probability ``p`` may stand: always at or above
    ``guard_below`` (version 3's threshold); without names on both sides, unless
    ``guard_unnamed_core`` asks a story of two or more for the core check (``core``) or
    ``guard_unnamed_one`` a story of one for shared rare words (``unnamed_passes``);
    under it, when the article and the founder both have ``guard_words`` distinct body
    words and, with ``guard_title_idf`` set, share a title word of that IDF (``idf``: the
    table the clusterer weighs ``f`` with), in fewer than ``guard_title_live`` other
    ``live`` stories' titles when that is set (``counts``: those stories' word counts,
    kept by the clusterer, instead of a walk over ``live``)."""
    if model.guard_below <= 0 or p >= model.guard_below:
        return True
    if x[_NO_ENTITIES]:
        return unnamed_passes(model, f, c, idf, core)
    words = founder_words(c)
    if words is None or min(len(f.body_tf), words) < model.guard_words:
        return False
    if model.guard_title_idf <= 0:
        return True
    return shares_rare_title_word(f, c, idf or {}, model.default_idf, model.guard_title_idf,
                                  live, model.guard_title_live, model.guard_live_sum, counts)
