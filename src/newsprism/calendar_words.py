"""English weekday and month names: the one table every reader of dates builds from.

The page-date reader (clean/dates.py), the prose-date reader (compare/dates.py), the
same-fact features (compare/pairs.py), the weekday frames (compare/frames.py,
compare/events.py), the name-edge rule (extract/span_edges.py) and the story terms
(cluster/terms.py) each listed these words apart until session 23; each wants a
different set (full names only, bare abbreviations with their numbers, abbreviations
with their stop as the tagger tokens them), so each set below is built from the one
table and named for what it holds. Lower case throughout: every caller lowers first.

The parts of the day, the seasons and the relative time words at the end are the opener
test's (compare/openers.py, its own lists until session 24), kept here beside the
calendar names they go with.
"""

from __future__ import annotations

WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

# Each month's full name and the abbreviations English news prints for it, without the
# stop ("Sept. 5", "Sep 5"); May has none.
_MONTHS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("january", ("jan",)), ("february", ("feb",)), ("march", ("mar",)),
    ("april", ("apr",)), ("may", ()), ("june", ("jun",)), ("july", ("jul",)),
    ("august", ("aug",)), ("september", ("sep", "sept")), ("october", ("oct",)),
    ("november", ("nov",)), ("december", ("dec",)),
)  # fmt: skip

# The twelve full names, January first.
MONTH_NAMES: tuple[str, ...] = tuple(name for name, _ in _MONTHS)

# Full names and bare abbreviations to the month's number, each month's abbreviations
# before its full name ("jan", "january", …, "sep", "sept", "september", …): the
# readers sort this order by length into their regular expressions.
MONTH_NUMBERS: dict[str, int] = {
    word: number
    for number, (name, abbreviations) in enumerate(_MONTHS, start=1)
    for word in (*abbreviations, name)
}

# Full names and the abbreviations with their stop ("jan.", "sept.", "sep."), as the
# tagger tokens "Jan. 6" (no bare abbreviation): the words extract/span_edges.py cuts
# off the end of a tagged name ("Floyd May 25").
MONTH_TOKENS: frozenset[str] = frozenset(
    (*MONTH_NAMES, *(f"{abbreviation}." for _, shorts in _MONTHS for abbreviation in shorts))
)

# The parts of the day and the seasons ("This morning, …", "In the fall, …"), and the
# words that place a time only against one said before ("By then,", "Days later,", "In
# the meantime,"): compare/openers.py's "the reader's own time" and "points back".
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening")
SEASONS: tuple[str, ...] = ("spring", "summer", "fall", "autumn", "winter")
RELATIVE_TIMES: tuple[str, ...] = (
    "then", "thereafter", "afterward", "afterwards", "later", "meantime",
)  # fmt: skip
