"""A count dated to a day or a loose occasion, resolved against its article's
publication day (session 39).

Session 38b (compare/count_periods.py) reads a count's period (a week, a month, a year)
as days; a count dated to one day was still compared by the words of its date. Words
cannot tell that "on Monday" in an article of Tuesday, May 5, 2020 and "on May 4" are
one day (a conflict lost), nor that "on Monday" in articles of May 5 and May 12 are two
Mondays (both share "monday": a false conflict), nor that "earlier this week" in two
weeks' articles are two weeks. So an occasion is read as the days it may be:

- a weekday ("Monday", "on Monday") is the last such day on or before the publication
  day: news reports a done count on the day or after it ("killed 14 people on Monday"
  in a Monday or a Tuesday article is that Monday);
- "today", "yesterday" the publication day and the one before;
- "earlier this week" / "earlier in the week" the days from the week's Monday to the
  day before publication (None on a Monday: no earlier day of the week);
- a calendar day or a part of a month (``dates.resolve``: "May 4", "mid-May", "earlier
  this month") as the date rule reads it.

Two occasions are one time when their days overlap ("earlier this week" holds the
Monday another outlet names); disjoint days are two occasions.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.dates import resolve

__all__ = ["loose", "occasion", "overlap"]

Interval = tuple[date, date]
_WEEKDAY = {name: number for number, name in enumerate(WEEKDAYS)}
_EARLIER_WEEK = re.compile(r"earlier\s+(?:this|in\s+the)\s+week")
_LOOSE = re.compile(r"(?:earlier|later)\b")
_ON = re.compile(r"^(?:on|the)\s+")


def _words(phrase: str) -> str:
    return _ON.sub("", " ".join(phrase.lower().split()).strip(" ,."))


def loose(phrase: str) -> bool:
    """Whether a date phrase names an occasion within a period rather than the period
    ("earlier this month" is a day of the month, not the month's total)."""
    return _LOOSE.match(_words(phrase)) is not None


def occasion(phrase: str, published: date | None) -> Interval | None:
    """The days a count's one-day or loose date may be, or None when the phrase is no
    such date or needs an unknown publication day."""
    words = _words(phrase)
    if published is not None and words in _WEEKDAY:
        day = published - timedelta(days=(published.weekday() - _WEEKDAY[words]) % 7)
        return day, day
    if published is not None and words == "today":
        return published, published
    if _EARLIER_WEEK.fullmatch(words):
        if published is None or published.weekday() == 0:
            return None
        return published - timedelta(days=published.weekday()), published - timedelta(days=1)
    return resolve(words, published)


def overlap(x: Interval, y: Interval) -> bool:
    """Whether two intervals of days share a day."""
    return x[0] <= y[1] and y[0] <= x[1]
