"""A count's period resolved against its article's publication day (session 38b).

Session 38 (compare/count_scope.py, ``times_apart``) keeps a count dated by a period
("recorded 41 burglaries last month") apart from an undated count and from a count of
another period, by the words of the two dates. Words cannot tell that "last month" in
an article of May 4, 2020 and "in April" in one of May 5 are one month (a conflict
lost), nor that "last month" in articles of May 4 and June 2 are two months, nor that
"in March" (2012) and "in March 2011" are two years (both false conflicts: they share a
word). So a count's period is read as days (``dates.resolve``, which the date rule uses:
a year, a month with or without a year, "this / last / next month / year", each needing
the publication day where the form does; "this / last week" as a Monday-to-Sunday week
here), and:

- two counts whose periods both resolve are compared exactly when the periods are the
  same days ("last year" in a 2012 article = "in 2011"; a year is not a month within it);
- a period count against an undated count stays apart (session 38, precision first)
  unless the undated count's sentence names a date elsewhere that resolves to the same
  period ("Figures for last year show that the agency deported 380,000" is 2011's
  count in a 2012 article); a date elsewhere that resolves to another time ("officials
  said last week") no longer keeps the pair by a shared word ("last");
- a fiscal year against a date without "fiscal" is apart ("in the 2011 fiscal year" /
  "in 2011" share the number, not the months);
- otherwise (no publication day, two fiscal years, "the first six months of the year", a
  day) session 38's word reading decides, unchanged.

Session 39: "the past week" / "this past week" / "over the past week" is the seven days
to the publication day (a rolling total: two days' "past week" are two totals); a week
period against an undated count is apart like any other period (by words "last week"
was no period, and was compared); and a count dated to a day or a loose occasion
("on Monday", "yesterday", "May 4", "earlier this week", compare/count_days.py) is read
as days too (:func:`count_time`): two occasions are compared when their days overlap,
an occasion is never compared with a period's total ("41 burglaries on May 4" / "170 in
May"), and a resolved date phrase that carries span words ("over the past week") is
taken out of the sentence before session 37's span check (:func:`span_check_text`), since the
period itself is then compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from newsprism.compare.count_days import loose, occasion, overlap
from newsprism.compare.count_scope import named_elsewhere, times_apart
from newsprism.compare.dates import resolve

__all__ = ["count_period", "count_time", "counts_apart", "span_check_text", "verb_dates"]

Interval = tuple[date, date]
_TIME_DEPS = ("npadvmod", "prep", "advmod")
# of ``dates.resolve``'s forms a month is the shortest period (February: 28 days); a day
# and a month's part ("mid-May", fuzzed to 16 days) are no period here
_MIN_PERIOD_DAYS = 27
_WEEK = re.compile(r"(?:the\s+)?(this|last)\s+week")
_PAST_WEEK = re.compile(r"(?:over\s+|in\s+)?(?:the|this)\s+past\s+week")


def verb_dates(verb: Any) -> tuple[str, ...]:
    """The DATE entities among a verb's own time modifiers, as written ("last month",
    "March 2011"), in order; the phrases behind ``count_scope.verb_days``' words."""
    if verb is None:
        return ()
    found: dict[tuple[int, int], str] = {}
    for child in verb.children:
        if child.dep_ not in _TIME_DEPS:
            continue
        for token in child.subtree:
            if token.ent_type_ == "DATE":
                ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
                if ent is not None:
                    found[(ent.start, ent.end)] = ent.text
    return tuple(found[key] for key in sorted(found))


def count_period(phrases: Sequence[str], published: date | None) -> Interval | None:
    """The one period (a week, a month or longer) a count's verb is dated to, or None:
    no phrase, several, or one that does not resolve to a period."""
    if len(phrases) != 1 or loose(phrases[0]):
        return None  # "earlier this month" is an occasion (count_days.occasion)
    week = _week(phrases[0], published)
    if week:
        return week
    interval = resolve(phrases[0], published)
    if interval is None or (interval[1] - interval[0]).days < _MIN_PERIOD_DAYS:
        return None
    return interval


def _week(phrase: str, published: date | None) -> Interval | None:
    """"this week" / "last week" as the Monday-to-Sunday week of the publication day or
    the one before (``dates.resolve`` reads months and years only)."""
    words = " ".join(phrase.lower().split())
    if _PAST_WEEK.fullmatch(words) and published is not None:
        return published - timedelta(days=6), published  # session 39: a rolling week
    m = _WEEK.fullmatch(words)
    if m is None or published is None:
        return None
    monday = published - timedelta(days=published.weekday() + (7 if m[1] == "last" else 0))
    return monday, monday + timedelta(days=6)


def _fiscal(x: Any, y: Any) -> bool:
    """Whether one dated count is of a fiscal year and the other of a date with no
    "fiscal": "in the 2011 fiscal year" (to September 2011 in Washington) is not "in
    2011"."""
    return bool(x.days and y.days) and ("fiscal" in x.days) != ("fiscal" in y.days)


def count_time(phrases: Sequence[str], published: date | None) -> tuple[str, Interval] | None:
    """A count's one date as ("period", days) or ("occasion", days) (session 39), or None:
    no phrase, several, or one that resolves to neither."""
    period = count_period(phrases, published)
    if period:
        return "period", period
    day = occasion(phrases[0], published) if len(phrases) == 1 else None
    return ("occasion", day) if day else None


def span_check_text(text: str, counted: Any, published: date | None) -> str:
    """A count's sentence for session 37's span check, without the count's own date
    phrase when that phrase resolves ("over the past week" is then compared as days,
    not as the span words "over the past")."""
    if count_time(counted.periods, published) is None:
        return text
    return text.replace(counted.periods[0], " ")


def counts_apart(x: Any, y: Any, a: Any, b: Any) -> bool:
    """Whether counts ``x`` (of claim frame ``a``) and ``y`` (of ``b``) are of different
    times and so not compared: their resolved times when both resolve (periods equal,
    occasions overlapping, never a period and an occasion), the undated side's dates
    elsewhere against a resolved period, else ``count_scope.times_apart``."""
    if _fiscal(x, y):
        return True
    tx, ty = count_time(x.periods, a.published), count_time(y.periods, b.published)
    if tx and ty:
        if tx[0] != ty[0]:
            return True  # one day's count is not a period's total
        return tx[1] != ty[1] if tx[0] == "period" else not overlap(tx[1], ty[1])
    for time, dated, undated_days, frame in ((tx, x.days, y.days, b), (ty, y.days, x.days, a)):
        if time and time[0] == "period" and not undated_days:
            named = [resolve(text, frame.published) for text in frame.claim.dates]
            if time[1] in named:
                return False  # both sides resolve to one period
            # another time named, or no word of the period: a period's total (a week's
            # too, session 39) is not the story's undated count
            return any(named) or not named_elsewhere(dated, frame.claim.dates)
    return times_apart(x.days, y.days, a.claim.dates, b.claim.dates)
