"""Numbers written as a calendar day ("September 11", "Sept. 11", "9/11"): not tallies.

The anchor link (:func:`newsprism.compare.pairs.anchor_numbers`) joins two sentences
that share a number no other sentence of their articles states, a tally ("97-1") or a
count. It leaves out the numbers inside the sentence's dates, but only the dates the
tagger found; it misses a day written inside a name ("the National September 11
Memorial", tagged an event) and a day written with a slash ("the 9/11 attacks", tagged a
cardinal). Two sentences that write one calendar day share a date, not a figure: the
date features read dates, and a day names an event as often as it dates one (session
30, i12-read37: NeuS raw row 104 joined AP's "Three American presidents stood … at the
National September 11 Memorial …" with the Post's quotation of Bush, "In the weeks and
months following the 9/11 attacks, I was proud to lead …", on the "11" alone).
"""

from __future__ import annotations

import re

from newsprism.compare.dates import month_day_spans
from newsprism.compare.name_numbers import name_numbers

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

# month/day or day/month, with or without a year ("9/11", "7/4", "3/14/2020"): both
# parts a possible day and one a possible month; not inside a longer run of digits and
# slashes ("1/2/3/4"), not a decimal ("1.5/3")
_SLASH_DAY = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\d/]|[.,]\d)")


def _slash_day(first: int, second: int) -> bool:
    """Whether two numbers around a slash can be a month and a day, in either order."""
    return 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12


def day_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a calendar day: the day forms of
    :func:`newsprism.compare.dates.month_day_spans` (a capitalised month and a day that
    exists in it) and a month/day written with a slash."""
    spans = [(start, end) for _, start, end in month_day_spans(text)]
    spans += [m.span() for m in _SLASH_DAY.finditer(text)
              if _slash_day(int(m.group(1)), int(m.group(2)))]  # fmt: skip
    return spans


def date_numbers(text: str) -> set[str]:
    """Numbers the sentence writes only as part of a calendar day: they date, they count
    nothing, so two sentences that both write the day share no tally. A number the
    sentence also writes outside any day ("on May 5, 5 people …") is kept. Read by the
    anchor link alone, as :func:`newsprism.compare.name_numbers.name_numbers` is."""
    spans = day_spans(text)
    if not spans:
        return set()
    inside = {n.replace(",", "") for start, end in spans for n in _NUMBER.findall(text[start:end])}
    rest, last = [], 0
    for start, end in sorted(spans):
        rest.append(text[last:start])
        last = max(last, end)
    rest.append(text[last:])
    return inside - {n.replace(",", "") for n in _NUMBER.findall(" ".join(rest))}


def not_counts(text: str) -> set[str]:
    """The numbers the anchor link leaves out besides years: those written only as part
    of a name ("COVID-19") or of a calendar day ("9/11")."""
    return name_numbers(text) | date_numbers(text)
