"""Which story pairs may be compared at all: one language, and a time span an event's
reports fit in. Moved out of ``cluster.stream`` (session 28) when that module passed 600
lines; the stream clusterer asks these before any feature is computed."""

from __future__ import annotations

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.profile import Cluster


def same_language(a: str | None, b: str | None) -> bool:
    """Two known, different languages are never compared: the features are not
    cross-lingual (near-copies are found apart from this, by their shingles)."""
    return a is None or b is None or a == b


def within_span(f: ArticleFeatures, c: Cluster, span: float) -> bool:
    """Whether ``c`` with ``f`` in it still spans at most ``span`` seconds.

    A story is the reports of one event, and events are reported over days: without
    a cap, continuous coverage of a long-running subject (an election campaign) chains
    into one story of months, each article close enough to the last ones (measured:
    a 2,815-article "story" over eleven months in the 86k benchmark). Near-copies join
    their original's story whatever the span (they are found before this).
    """
    if f.published is None or c.t_first is None or c.t_last is None:
        return True
    return max(c.t_last, f.published) - min(c.t_first, f.published) <= span


def spans_within(a: Cluster, b: Cluster, span: float) -> bool:
    """Whether stories ``a`` and ``b`` together span at most ``span`` seconds."""
    if a.t_first is None or a.t_last is None or b.t_first is None or b.t_last is None:
        return True
    return max(a.t_last, b.t_last) - min(a.t_first, b.t_first) <= span
