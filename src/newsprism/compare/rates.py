"""A count per unit of time or of population is a rate, its own measure (session 38).

"The fighting killed 30 civilians per day last week" and "the fighting killed 300
civilians" count one thing of one owner, and both can be true: the first is a rate.
So were "12 deaths per 1,000 births" against "40 deaths" and "200 migrants … every
week" against "1,500 migrants" (made-up pairs, tests/compare/test_rates_session38.py):
each was listed as "Accounts differ on a number" before this session. A rate is counted
as its own thing, "… (rate)", as an average is (compare/averages.py): it meets other
rates of the thing, never a single count.

Read on the counted noun and on its verb: a "per …" phrase ("per day", "per 1,000
births"), a bare unit of time with "a", "an", "every", "each" or "per" and nothing else
("a day", "every week"; "a year ago" hangs on "ago" and is no rate), or an adverb of
frequency ("daily", "annually").
"""

from __future__ import annotations

from typing import Any

_TIME_UNITS = frozenset(
    "second minute hour day night week month year quarter season decade".split())
_EACH = frozenset({"a", "an", "every", "each", "per"})
_FREQUENCY = frozenset("hourly daily nightly weekly monthly quarterly annually yearly".split())


def per_unit(noun: Any, verb: Any) -> bool:
    """Whether the count on ``noun`` (under ``verb``) is stated per unit of time or of
    population: "30 civilians a day", "12 deaths per 1,000 births", "every week"."""
    return any(_rate_word(c) for token in (noun, verb) if token is not None
               for c in token.children)  # fmt: skip


def _rate_word(child: Any) -> bool:
    if child.dep_ == "prep" and child.lower_ == "per":
        return True
    if child.dep_ == "advmod" and child.lower_ in _FREQUENCY:
        return True
    if child.dep_ != "npadvmod" or child.lemma_.lower() not in _TIME_UNITS:
        return False
    kids = list(child.children)
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in _EACH
