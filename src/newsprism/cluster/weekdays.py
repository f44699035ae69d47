"""The weekday check: a dated join refused when the two sides date their acts to days
of the week too far apart (model version 4; docs/eval-clustering.md, "Session 30: the
dense day's wrong joins" and "Session 31: the weekday check built").

Two reports of one act date it to one day of the week, or the next when the second
reports a day later: "the Senate passed the bill on Tuesday" / "Wednesday's vote". Two
steps of one process weeks apart (the Senate's vote, the House's a month later; a
first jobless-claims figure and the next) share their actors and words, which name and
topic checks cannot refuse, but fall on any two days of the week. On a dense day's
feed, where "published the same day" says nothing, this is the cue a reader still has.

What is read, once per article (``compute_features``, stored in ``article_features``):
the weekdays the title and the first ``LEAD_WORDS`` words of the body name, as a 7-bit
mask (bit 0 Monday … bit 6 Sunday). Only the lead: a full text names more days than
its event's (a developing story's Friday remarks and Sunday reactions), and reading
the whole body refused right joins of one event (session 30, ``fweekday-near``).

The days are compared as days of the week, either way round: no date is resolved
against the publication time. On a dense day's feed the times are not the reports'
own, and a report's "on Tuesday" names its act's day whatever day it was published.

The check (:func:`refuses`), asked of every dated join under a model with
``weekday_gap`` >= 0: refuse when both sides have names (the text the core check
guards: lower-cased snippets name no weekday in a way that dates an act), the article
names a weekday, the story's members (its first ``LABEL_POOL``, the ones a session
keeps) name weekdays, and none of the article's is within ``weekday_gap`` days of one
of theirs. The clusterer then tries the next candidate story, as for any refused join.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from newsprism.cluster.model import ClusterModel

if TYPE_CHECKING:  # profile imports features, which imports this module
    from newsprism.cluster.features import ArticleFeatures
    from newsprism.cluster.profile import Cluster, Member

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
LEAD_WORDS = 100  # the title's words and the body's, as session 30 measured them
# The words of ``LEAD_WORDS`` are read from at most this many characters (a run of
# 10 MB without spaces is not split whole to find its first hundred words).
LEAD_CHARS = 4_000
_WEEKDAY = re.compile(r"\b(" + "|".join(DAYS) + r")\b")
_BIT = {day: 1 << n for n, day in enumerate(DAYS)}
OFF = -1  # ``weekday_gap``: the check is not asked (every model before version 4)


def lead_weekdays(title: str | None, body: str) -> int:
    """The mask of the weekdays named in ``title`` and the opening of ``body``, within
    their first ``LEAD_WORDS`` words together ("on Tuesday", "Monday's vote", "late
    Sunday"); 0 when none is. Case is ignored: a headline in capitals names its day too."""
    text = f"{title or ''}. {body}"  # as session 30's measurement joined them
    words = text[:LEAD_CHARS].split()[:LEAD_WORDS]
    mask = 0
    for day in _WEEKDAY.findall(" ".join(words).lower()):
        mask |= _BIT[day]
    return mask


def days_of(mask: int) -> list[int]:
    """The weekdays (0 = Monday) of a mask."""
    return [n for n in range(7) if mask >> n & 1]


def far_apart(mine: int, theirs: int, gap: int) -> bool:
    """Whether both masks name a day and no day of ``mine`` is within ``gap`` days of a
    day of ``theirs``, either way round the week (Sunday and Monday are one day apart)."""
    if not mine or not theirs:
        return False
    return all(min((a - b) % 7, (b - a) % 7) > gap
               for a in days_of(mine) for b in days_of(theirs))  # fmt: skip


def story_weekdays(members: Iterable[Member]) -> int:
    """The union of the weekdays a story's kept members name."""
    mask = 0
    for member in members:
        mask |= member.weekdays
    return mask


def refuses(model: ClusterModel, f: ArticleFeatures, c: Cluster,
            members: Callable[[Cluster], None] | None = None) -> bool:  # fmt: skip
    """Whether the weekday check refuses ``f``'s dated join to ``c`` (module docstring).

    ``members``, when given, is asked to read ``c``'s members first when the story
    stands as a profile alone (a frozen story read from the store for a late article),
    so that a session decides as a pass in memory, which keeps its frozen stories'
    members. Cheap tests first: an article whose lead names no weekday (a quarter of
    neus-raw's reports), or a side without names, costs one comparison."""
    if model.weekday_gap < 0 or not f.weekdays or not f.entity_tf or not c.entities:
        return False
    if members is not None and not c.members and c.count:
        members(c)
    return far_apart(f.weekdays, story_weekdays(c.members), model.weekday_gap)
