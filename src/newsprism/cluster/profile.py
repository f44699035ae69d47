"""A story's profile in memory: its running sums, members and the decisions made.

``Cluster`` is what the stream clusterer (``cluster.stream``) keeps of a story and what
the store keeps of it (``cluster_state``); ``Cluster.absorb`` is the one place a member's
vectors are added to it, used both when an article joins and when a split rebuilds the
parts of a story from their members (``cluster.split``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.terms import Sparse, add_into, norm

KEEP_TERMS = {"title": 64, "body": 400, "entities": 96}
KEEP_NAMES = 48
KEY_ENTITIES = 5
# A story keeps its first members for its label (not all: reviving a frozen story of
# thousands of members would read them all, and a live one would hold them in memory).
LABEL_POOL = 64


def context_cosine(a: np.ndarray | None, b: np.ndarray | None) -> float:
    """The ``context`` feature: cosine of two MiniLM vectors (unit rows), 0 when either
    is missing (a model without a context embedder, whose weight for it is 0)."""
    return 0.0 if a is None or b is None else float(a @ b)


def story_id_for(article_id: str) -> str:
    """The id of the story founded by ``article_id`` (16 hex digits, stable)."""
    return hashlib.sha256(b"story\x00" + article_id.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class MemberRef:
    """One membership of a story as the split step needs it: stream position, article,
    the original it copies (None for an original) and its join score."""

    seq: int
    article_id: str
    duplicate_of: str | None = None
    score: float | None = None


@dataclass
class Member:
    """What a story keeps of each member: enough to pick its most central headline, and
    for the first ``model.core_members`` (the story's core) the body's term frequencies,
    which the core check compares an article with (:meth:`StreamClusterer.links_core`)."""

    article_id: str
    headline: str
    titled: bool
    embedding: np.ndarray
    body_tf: Sparse = field(default_factory=dict)
    weekdays: int = 0  # the weekdays its lead names (``cluster.weekdays``), every member
    weighted: Sparse | None = field(default=None, repr=False, compare=False)  # cache


@dataclass
class Cluster:
    """A story's running profile: sums of its members' vectors, time span, names."""

    story_id: str
    founder: str
    count: int = 0
    emb_sum: np.ndarray = field(default_factory=lambda: np.zeros(0))
    title: Sparse = field(default_factory=dict)
    body: Sparse = field(default_factory=dict)
    entities: Sparse = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)  # name -> summed rank score
    t_first: float | None = None
    t_last: float | None = None
    last_seq: int = -1
    frozen: bool = False
    members: list[Member] = field(default_factory=list)
    language: str | None = None  # the founder's; None when unknown
    # Sum of the members' context vectors (the model's ``context_embedder``), None when
    # the members have none.
    ctx_sum: np.ndarray | None = None
    # Every membership, in stream order (the split step reads them); not in the profile
    # row: a session reads them from ``story_articles`` with the profile.
    log: list[MemberRef] = field(default_factory=list, repr=False, compare=False)
    # The centroid and the lengths of the sums, computed once per change: a story is
    # compared with many articles between two of its own (``absorb`` drops them).
    _cached: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def centroid(self) -> np.ndarray:
        cached = self._cached.get("centroid")
        if cached is None:
            length = float(np.linalg.norm(self.emb_sum))
            cached = (self.emb_sum / length if length > 0 else self.emb_sum).astype(np.float32)
            cached.flags.writeable = False  # shared by every caller until the next absorb
            self._cached["centroid"] = cached
        return cached  # type: ignore[return-value]

    def context_centroid(self) -> np.ndarray | None:
        """The unit mean of the members' context vectors (None when they have none)."""
        if self.ctx_sum is None:
            return None
        cached = self._cached.get("context")
        if cached is None:
            length = float(np.linalg.norm(self.ctx_sum))
            cached = (self.ctx_sum / length if length > 0 else self.ctx_sum).astype(np.float32)
            self._cached["context"] = cached
        return cached  # type: ignore[return-value]

    def length(self, name: str) -> float:
        """The Euclidean length of the sum ``name`` (``title``, ``body`` or ``entities``)."""
        cached = self._cached.get(name)
        if cached is None:
            cached = self._cached[name] = norm(getattr(self, name))
        return cached  # type: ignore[return-value]

    def absorb(self, f: ArticleFeatures, w: Weighted, seq: int, core_members: int) -> None:
        """Add member ``f`` (its IDF-weighted vectors ``w``, stream position ``seq``).

        The sums keep their largest terms only (``KEEP_TERMS``), so a profile depends on
        the order its members were added in: a story rebuilt from its members in stream
        order is the one the stream built.
        """
        self._cached.clear()
        self.count += 1
        self.emb_sum = self.emb_sum + f.embedding.astype(np.float64)
        if f.context is not None:
            base = self.ctx_sum if self.ctx_sum is not None else 0.0
            self.ctx_sum = base + f.context.astype(np.float64)
        add_into(self.title, w.title, KEEP_TERMS["title"])
        add_into(self.body, w.body, KEEP_TERMS["body"])
        add_into(self.entities, w.entities, KEEP_TERMS["entities"])
        for rank, name in enumerate(f.entities):
            # An article's most frequent name weighs most; the score stays an integer.
            self.names[name] = self.names.get(name, 0) + len(f.entities) - rank
        if len(self.names) > KEEP_NAMES:
            kept = sorted(self.names.items(), key=lambda kv: (-kv[1], kv[0]))[:KEEP_NAMES]
            self.names = dict(kept)
        if f.published is not None:
            self.t_first = f.published if self.t_first is None else min(self.t_first, f.published)
            self.t_last = f.published if self.t_last is None else max(self.t_last, f.published)
        self.last_seq = seq
        if len(self.members) < LABEL_POOL:
            core = len(self.members) < core_members
            self.members.append(Member(f.article_id, f.headline, f.titled, f.embedding,
                                       f.body_tf if core else {}, f.weekdays))  # fmt: skip

    def label(self) -> str:
        """The most central headline: the titled member closest to the centroid.

        Among the first ``LABEL_POOL`` members, the early reports that name the event.
        Members without a title (their headline is their opening words) are chosen only
        when no member has one; ties go to the earliest member.
        """
        pool = [m for m in self.members if m.titled] or self.members
        if not pool:
            return ""
        centre = self.centroid()
        scores = [float(m.embedding @ centre) for m in pool]
        return pool[int(np.argmax(scores))].headline

    def key_entities(self) -> list[str]:
        """The most frequent names, a name dropped when a longer chosen one contains it."""
        chosen: list[str] = []
        for name, _ in sorted(self.names.items(), key=lambda kv: (-kv[1], kv[0])):
            words = set(name.split())
            if any(words <= set(c.split()) or set(c.split()) <= words for c in chosen):
                continue
            chosen.append(name)
            if len(chosen) == KEY_ENTITIES:
                break
        return chosen


@dataclass(frozen=True)
class Decision:
    """Where one article went, and why (``score``: probability, or Jaccard for a copy)."""

    article_id: str
    story_id: str
    seq: int
    duplicate_of: str | None = None
    score: float | None = None
    new_story: bool = False


@dataclass
class Weighted:
    """An article's vectors with the model's IDF applied, computed once per article."""

    title: Sparse
    body: Sparse
    entities: Sparse
