"""The event-date check: a dated join refused when the two sides' leads print calendar
dates too far apart (issue 13, session 38; docs/clustering.md, "Session 38: …").

On a dense day's feed the publication times say nothing, and the model's confident
wrong joins are two events of one beat that only the dates kept apart (session 37: 81
of the 115 wrong joins on neus-raw's dense day score 0.7 or more). A weekday survives
the compression and is read already (``cluster.weekdays``). A calendar date the text
prints ("on Aug. 18", "March 3") survives it too, and unlike a weekday it does not
repeat every week: two reports of one act print one date, or the day before and after.

What is read, once per article and cached (``LeadMonthDays``): the month-and-day
dates of the title and lead the clusterer's text source holds (the title and the 60
words that are embedded, as the same-event join reads them), as (month, day) pairs.
No year and no publication day: the date is the text's, not the feed's, and a
compressed feed moves the publication day. "may" in lower case is the verb.

The check (:func:`refuses`), asked of every dated join under a model with
``cue_date_gap`` >= 0: refuse when both sides have names (as the weekday check), the
article's lead prints a date, the story's members (its first ``LABEL_POOL``) print
dates, and none of the article's is within ``cue_date_gap`` days of one of theirs
(around the year: Dec. 31 and Jan. 1 are one day apart). The story's side is the union
of its members' dates, so one member printing the article's date keeps the join: the
check refuses only a story that dates its acts elsewhere throughout.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from newsprism.calendar_words import MONTH_NUMBERS
from newsprism.cluster.event_cue import LEAD_WORDS as EVENT_LEAD_WORDS
from newsprism.cluster.event_cue import MONTH_DAY, lead
from newsprism.cluster.event_join import LeadDays
from newsprism.cluster.model import ClusterModel

if TYPE_CHECKING:  # profile imports features, which imports the weekday module
    from newsprism.cluster.features import ArticleFeatures
    from newsprism.cluster.profile import Cluster

LEAD_WORDS = EVENT_LEAD_WORDS  # title and lead words read, as the same-event join's
OFF = -1  # ``cue_date_gap``: the check is not asked (every model before it)
_YEAR = date(2001, 1, 1)  # a year without 29 February, to compare days of the year
MonthDay = tuple[int, int]


def month_days(text: str, words: int = LEAD_WORDS) -> frozenset[MonthDay]:
    """The (month, day) dates the first ``words`` words of ``text`` print ("Aug. 18",
    "March 3, 2021"); "may" in lower case is not the month."""
    out: set[MonthDay] = set()
    for m in MONTH_DAY.finditer(lead(text, words)):
        if m.group(1) == "may":
            continue
        month, day = MONTH_NUMBERS[m.group(1).lower()], int(m.group(2))
        if _day_of_year((month, day)) is not None:
            out.add((month, day))
    return frozenset(out)


def _day_of_year(md: MonthDay) -> int | None:
    """The day of the year of ``md`` in a common year (29 February as 28); None when
    it is no date ("June 31")."""
    month, day = md
    try:
        return (date(_YEAR.year, month, min(day, 28) if month == 2 else day) - _YEAR).days
    except ValueError:
        return None


def far_apart(mine: frozenset[MonthDay], theirs: frozenset[MonthDay], gap: int) -> bool:
    """Whether both sides print a date and none of ``mine`` is within ``gap`` days of
    one of ``theirs``, around the year."""
    if not mine or not theirs:
        return False
    a = [d for d in map(_day_of_year, mine) if d is not None]
    b = [d for d in map(_day_of_year, theirs) if d is not None]
    return all(min(abs(x - y), 365 - abs(x - y)) > gap for x in a for y in b)


class LeadMonthDays(LeadDays):
    """The printed dates of articles' titles and leads, by article id (cached)."""

    def read(self, text: str, day: date | None) -> frozenset[Any]:
        """The (month, day) dates ``text``'s lead prints; ``day`` is not read."""
        return month_days(text)


def story_dates(cache: LeadMonthDays, cluster: Cluster) -> frozenset[MonthDay]:
    """The union of the dates a story's kept members print."""
    out: set[MonthDay] = set()
    for member in cluster.members:
        out |= cache.of(member.article_id, None, member.headline)
    return frozenset(out)


def refuses(model: ClusterModel, f: ArticleFeatures, c: Cluster, cache: LeadMonthDays,
            members: Callable[[Cluster], None] | None = None) -> bool:  # fmt: skip
    """Whether the event-date check refuses ``f``'s dated join to ``c`` (module
    docstring). ``members`` reads a frozen story's members first, as the weekday
    check's does. Cheap tests first: an article whose lead prints no date costs one
    cached look-up."""
    if model.cue_date_gap < 0 or not f.entity_tf or not c.entities:
        return False
    mine = cache.of(f.article_id, f.published, f.headline)
    if not mine:
        return False
    if members is not None and not c.members and c.count:
        members(c)
    return far_apart(mine, story_dates(cache, c), model.cue_date_gap)
