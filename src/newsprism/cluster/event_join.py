"""The same-event join: a low-score candidate joined on a shared event day (issue 13,
session 36; docs/eval-clustering.md, "Session 36: a same-event cue for the low-score joins").

Most of neus-raw's missing recall is the second report of an event founding a story of
its own because its lead shares few words with the first (session 35: 39 of 53 missed
right links on real dates scored under the threshold, 33 of them to a story of one).
Lowering the threshold for those joins (sessions 35's sparse and contested rules) also
joins two events of one beat that stand alone together. What was missing is a cue of
*one event*. Measured on the training part's candidate pairs of the articles the model
left to found a story (``scripts/event_cue.py``), the best was the day the two leads
date an act to (``cluster.event_cue.event_days``: "on Tuesday", "yesterday", "June 3",
each resolved against the report's own publication day), read against a story of one
(its founder, whose publication time is the story's ``t_first``): at probability 0.05
or more, 17 of 17 such best candidates were the article's gold story on neus-raw's real
dates and 11 of 12 on its dense day. Against a larger story a shared day is much less
(the union of its members' days meets many days), and numbers, quoted runs and rare
shared names were no better than the pairs' base rate.

So, with ``model.cue_floor`` > 0: an article that joined no story joins its best
candidate that has at most ``model.cue_size`` members, scores at least ``cue_floor``
(under the join threshold: a candidate above it was refused by a check, and stays
refused), may be read at all (``cluster.sparse.eligible``: dated, both sides named, a
trained language), passes the same checks as any dated join (the core check, the
weekday check, the guard), and whose founder's lead dates an act to a day the
article's lead dates one to. ``cue_floor`` 0 (every model before it): not read. The
cost is one regular-expression pass over the title and lead of the article and of each
such founder, cached by article id.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from newsprism.cluster import sparse
from newsprism.cluster.event_cue import event_days, lead
from newsprism.cluster.model import ClusterModel

# The setting picked on the training rows in session 36 (docs/eval-clustering.md):
# ``sparse_stream.py`` writes it ``c:0.075:1:20``.
PICKED = {"cue_floor": 0.075, "cue_size": 1, "cue_day_live": 20}
CACHE_SIZE = 50_000  # articles whose event days are kept (a day's feed many times over)
TextLookup = Callable[[Sequence[str]], dict[str, str]]
# A ranked candidate as ``StreamClusterer.decide`` holds it: (-p, -time, story id, x, story).
Ranked = tuple[float, float, str, list[float], Any]


class LeadDays:
    """The event days of articles' leads, by article id, from a text source (the
    store's or a pass's in memory; without one, the headline). A subclass reads other
    cues of the same text through :meth:`read` (``cluster.event_dates``)."""

    def __init__(self, texts: TextLookup | None) -> None:
        self.texts = texts
        self._days: OrderedDict[str, frozenset[Any]] = OrderedDict()

    def read(self, text: str, day: date | None) -> frozenset[Any]:
        """What is kept of one article's ``text`` published on ``day``: the days its
        lead dates acts to (``event_days``)."""
        return event_days(lead(text), day)

    def of(self, article_id: str, published: float | None, headline: str) -> frozenset[Any]:
        """The days the article's title and lead date acts to (``event_days``), or what
        :meth:`read` keeps."""
        known = self._days.get(article_id)
        if known is not None:
            return known
        text = (self.texts([article_id]).get(article_id) if self.texts else None) or headline
        day = None if published is None else dt.datetime.fromtimestamp(published, dt.UTC).date()
        known = self.read(text, day)
        self._days[article_id] = known
        if len(self._days) > CACHE_SIZE:
            self._days.popitem(last=False)
        return known


Checks = Callable[[Any, list[float], float, Any], bool]


def founder_days(days: LeadDays, cluster: Any) -> frozenset[date]:
    """The days a story's founder's lead dates acts to (its time: the story's first)."""
    if not cluster.members:
        return frozenset()
    founder = cluster.members[0]
    return days.of(founder.article_id, cluster.t_first, founder.headline)


def rare_day(shared: frozenset[date], days: LeadDays, live: Iterable[Any], most: int) -> bool:
    """Whether one of the ``shared`` days is named by the founders of at most ``most``
    live stories (``most`` 0: any day counts)."""
    if most <= 0:
        return True
    counts = dict.fromkeys(shared, 0)
    for cluster in live:
        for day in founder_days(days, cluster) & shared:
            counts[day] += 1
    return min(counts.values()) <= most


def few_rivals(shared: frozenset[date], days: LeadDays, ranked: Sequence[Ranked],
               chosen: str, most: int) -> bool:
    """Whether the founders of at most ``most`` of the article's other candidates
    (``ranked`` but ``chosen``) date an act to one of the ``shared`` days (``most`` -1:
    not read). A count over the article's own competition, which a busy feed does not
    inflate as it inflates the live set's (session 37)."""
    if most < 0:
        return True
    rivals = 0
    for _, _, story_id, _, cluster in ranked:
        if story_id != chosen and founder_days(days, cluster) & shared:
            rivals += 1
            if rivals > most:
                return False
    return True


def choose(model: ClusterModel, f: Any, ranked: Sequence[Ranked], days: LeadDays,
           passes: Checks, live: Iterable[Any] = ()) -> tuple[str, float] | None:  # fmt: skip
    """The story ``f`` joins on a shared event day, with its probability, or None.

    ``ranked``: ``f``'s candidates, best first; ``passes(f, x, p, story)``: the checks
    every dated join passes (core, weekday, guard); ``live``: the live stories, read
    when ``model.cue_day_live`` asks how many name the shared day."""
    if model.cue_floor <= 0:
        return None
    mine: frozenset[date] | None = None
    for minus_p, _, story_id, x, cluster in ranked[: 1 if model.cue_best else None]:
        p = -minus_p
        if p < model.cue_floor:
            break  # ranked by probability: none further reaches the floor
        if p >= model.join_threshold(x, f.language) or cluster.count > model.cue_size:
            continue
        if not cluster.members or not sparse.eligible(model, x, f.language):
            continue
        if mine is None:
            mine = days.of(f.article_id, f.published, f.headline)
            if not mine:
                return None  # the article's lead dates nothing: no cue to read
        shared = mine & founder_days(days, cluster)
        if not shared or not rare_day(shared, days, live, model.cue_day_live):
            continue
        if not few_rivals(shared, days, ranked, story_id, model.cue_day_rivals):
            continue
        if passes(f, x, p, cluster):
            return story_id, p
    return None
