"""Cues that two reports tell one event, read from their titles and leads (issue 13,
session 36; docs/eval-clustering.md, "Session 36: a same-event cue for the low-score joins").

Session 35 lowered the join threshold for an article with few competitors and gained
recall on neus-raw, but a pair of one beat's events, alone together in a window, is as
uncontested as two reports of one event (BASIL's held-out dense day fell). What the
lowered side lacks is evidence of *one event*, not only of "no rival". Two reports of
one act often print the same particulars in their leads, which two acts of one topic
rarely share:

- ``number``: a number of the lead that is not a year and not a small count (a vote
  tally, an amount, a count of dead, an age): "220-212", "$1.9 trillion", "13
  service members";
- ``date``: the day the lead dates an act to, resolved against the report's own
  publication day ("on Tuesday", "yesterday", "June 3"): two reports of one act date
  it to one day;
- ``names``: two names shared by both sides that few live stories carry;
- ``quote``: a run of three quoted words both leads print (the outlets pick one line).

Each cue is a pure function of texts (and, for names, of the live stories' names), so
it can be measured on candidate pairs (``scripts/event_cue.py``) before it decides
anything. This module decides nothing: ``cluster.event_join`` wires one in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from newsprism.calendar_words import MONTH_NUMBERS, WEEKDAYS

LEAD_WORDS = 72  # title + lead words read (the text the English embedding reads)
MIN_VALUE = 10  # a bare number under this is a count too common to tell events apart
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBER = re.compile(
    r"(?<![\w.,/:-])(\$)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s*(%|percent\b|thousand\b|million\b|billion\b|trillion\b))?(?!\w|[/:]|-(?!year)[a-z])",
    re.IGNORECASE,
)
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}})\b)?",
                       re.IGNORECASE)  # fmt: skip
WEEKDAY = re.compile(r"\b(last\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)
QUOTE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
QUOTE_RUN = 3  # words in a row both quotes print


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first ``words`` words of ``text`` (title and lead)."""
    return " ".join(text[: words * 20].split()[:words])


def numbers(text: str) -> frozenset[str]:
    """The numbers of ``text`` that may single out an event, as values ("$1.9 trillion"
    and "1.9 trillion" are one), without years (1900–2099 with no sign or scale) and
    bare counts under ``MIN_VALUE``, days of a month and clock times."""
    out: set[str] = set()
    for m in NUMBER.finditer(MONTH_DAY.sub(" ", text)):  # "June 15" is a day, not a count
        sign, whole, frac, unit = m.group(1), m.group(2), m.group(3) or "", (m.group(4) or "")
        value = float(whole.replace(",", "") + frac)
        unit = unit.lower()
        if unit in _SCALE:
            value *= _SCALE[unit]
        plain = not sign and not unit and not frac
        if plain and (value < MIN_VALUE or (len(whole) == 4 and 1900 <= value < 2100)):
            continue
        kind = "%" if unit in ("%", "percent") else ""
        out.add(f"{value:g}{kind}")
    return frozenset(out)


def _last(published: date, weekday: int) -> date:
    """The last day of the week ``weekday`` (0 Monday) on or before ``published``."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def event_days(text: str, published: date | None, *, relative: bool = True,
               absolute: bool = True) -> frozenset[date]:
    """The days ``text`` dates acts to, resolved against its publication day: a
    weekday as its last occurrence on or before it ("last Tuesday" a week before),
    "yesterday" the day before, a month and day (no year) of the publication year, or
    of the year before when that would be more than a week ahead. Empty when the day is
    unknown."""
    if published is None:
        return frozenset()
    out: set[date] = set()
    if relative:
        out |= _relative_days(text, published)
    if absolute:
        out |= _month_days(text, published)
    return frozenset(out)


def _relative_days(text: str, published: date) -> set[date]:
    """A weekday as its last occurrence on or before ``published``, "yesterday" the day
    before."""
    out: set[date] = set()
    for m in WEEKDAY.finditer(text):
        day = _last(published, WEEKDAYS.index(m.group(2).lower()))
        if m.group(1) and day == published:
            day -= timedelta(days=7)
        out.add(day)
    if YESTERDAY.search(text):
        out.add(published - timedelta(days=1))
    return out


def _month_days(text: str, published: date) -> set[date]:
    """A month and day (no year) of the publication year, or of the year before when
    that would be more than a week ahead."""
    out: set[date] = set()
    for m in MONTH_DAY.finditer(text):
        month, day_of = MONTH_NUMBERS[m.group(1).lower()], int(m.group(2))
        try:
            day = date(int(m.group(3) or published.year), month, day_of)
        except ValueError:
            continue
        if not m.group(3) and day > published + timedelta(days=7):
            day = day.replace(year=day.year - 1) if not (month == 2 and day_of == 29) else day
        out.add(day)
    return out


def quote_runs(text: str, run: int = QUOTE_RUN) -> frozenset[tuple[str, ...]]:
    """Every ``run`` words in a row inside a double-quoted span of ``text`` (lower-cased)."""
    out: set[tuple[str, ...]] = set()
    for m in QUOTE.finditer(text):
        words = WORD.findall(m.group(1).lower())
        out.update(tuple(words[i : i + run]) for i in range(len(words) - run + 1))
    return frozenset(out)


def rare_shared_names(mine: Iterable[str], theirs: Iterable[str],
                      live_names: Iterable[Mapping[str, int]], most: int) -> list[str]:  # fmt: skip
    """The names both sides carry that at most ``most`` live stories carry (the story
    itself among them)."""
    shared = set(mine) & set(theirs)
    if not shared:
        return []
    counts = dict.fromkeys(shared, 0)
    for names in live_names:
        for name in shared:
            counts[name] += name in names
    return sorted(n for n, k in counts.items() if k <= most)


def pairwise_any(mine: frozenset, theirs: Iterable[frozenset]) -> bool:
    """Whether ``mine`` shares an element with one of ``theirs``."""
    return any(mine & t for t in theirs) if mine else False

