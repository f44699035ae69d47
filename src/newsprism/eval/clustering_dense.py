"""The compressed-time condition of the clustering eval: a dense day's feed from gold sets.

Every gold set here is sparse in time, or undated. BASIL has ten events a year, so in
its real timeline "published the same week" nearly means "the same event", and a
clusterer that leans on time scores well there without telling events apart. A real
feed brings many events a day, several on one topic. The *compressed* condition builds
that feed from the same articles: every gold story of a part is moved into one shared
window of ``WINDOW_HOURS`` (72), and the stream is ordered by the new times.

How the new times are drawn, so that a run is the same on every machine and does not
depend on the order the items were read in:

- each story starts at an offset in ``[0, WINDOW_HOURS - STORY_HOURS]`` drawn from a
  hash of its gold label (``blake2b``);
- a dated story keeps the gaps between its own reports, scaled down when it spans more
  than ``STORY_HOURS`` (24): a BASIL event reported over four days fits in one;
- an undated story's reports get offsets in ``[0, STORY_HOURS)`` drawn from a hash of
  each article's id: the reports of one event over one day.

So all times fall inside 72 hours, and the content of each article is unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from newsprism.cluster.features import to_epoch

WINDOW_HOURS = 72.0
STORY_HOURS = 24.0
ORIGIN = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # any fixed day: only the gaps matter
CONDITIONS = ("real", "compressed")


def _unit(key: str) -> float:
    """A number in [0, 1) fixed by ``key`` (the same in every process)."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64


def compressed_offsets(stories: dict[str, list[tuple[str, float | None]]]) -> dict[str, float]:
    """Hours from the window's start for every article id.

    Args:
        stories: gold story -> its articles as ``(article id, epoch seconds or None)``.
    """
    out: dict[str, float] = {}
    for story, members in stories.items():
        start = _unit(f"story:{story}") * (WINDOW_HOURS - STORY_HOURS)
        times = [t for _, t in members if t is not None]
        first = min(times) if times else 0.0
        span = (max(times) - first) / 3600.0 if times else 0.0
        scale = min(1.0, STORY_HOURS / span) if span > 0 else 1.0
        for article_id, t in members:
            if t is None:
                offset = _unit(f"article:{article_id}") * STORY_HOURS
            else:
                offset = (t - first) / 3600.0 * scale
            out[article_id] = start + offset
    return out


def compress(items: list, origin: dt.datetime = ORIGIN) -> list:
    """``items`` (``GoldItem``s of one part) with every story moved into one 72-hour
    window, in the order of the new times (then by id): a dense day's feed."""
    stories: dict[str, list[tuple[str, float | None]]] = {}
    for item in items:
        stories.setdefault(item.story, []).append(
            (item.article.id, to_epoch(item.article.published_at)))
    offsets = compressed_offsets(stories)
    moved = []
    for item in items:
        when = origin + dt.timedelta(hours=offsets[item.article.id])
        article = dataclasses.replace(item.article,
                                      published_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"))  # fmt: skip
        moved.append(dataclasses.replace(item, article=article))
    moved.sort(key=lambda i: (i.article.published_at, i.article.id))
    return moved


def conditions_for(condition: str) -> tuple[str, ...]:
    """The conditions that ``--condition`` names (``both``: real, then compressed)."""
    if condition == "both":
        return CONDITIONS
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}: real, compressed or both")
    return (condition,)
