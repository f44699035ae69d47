"""Is the mood veto the only one between a unique fact and a near sentence?

Session 24 kept a near sentence worth checking when the same-fact model zeroed it only
because one side states as done what the other states as a prospect ("would mark the
first flight" / "left on a commercial flight"), the ``prospect`` flag of
compare/unique.py. That flag was the mood veto alone, so a pair the model also rules
out as two days ("The results of the audit were set to be presented to the Arizona
State Senate at 1 p.m. on Friday" beside "… the Arizona Republic first reported
Thursday", National Review and HuffPost, NeuS raw row 66: the session-26 reader's wrong
partner) stayed a sentence to check on the names the two share.

The rule (session 27): the pair is only a statement beside a prospect when the two do
not name weekdays with none in common, the ``date_disjoint`` veto of
compare/pairs.py, read from each claim's dates as ``pairs.profile`` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.calendar_words import WEEKDAYS
from newsprism.models import Claim

__all__ = ["two_days", "weekdays"]

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def weekdays(claim: Claim) -> set[str]:
    """The weekdays a claim's dates name ("on Friday" → {"friday"})."""
    return {m.group(1) for text in claim.dates for m in _WEEKDAY.finditer(text.lower())}


def two_days(mine: Sequence[Claim], other: Claim) -> bool:
    """True when ``other`` and every claim of the fact name weekdays, none in common:
    the ``date_disjoint`` veto stands besides the mood one."""
    theirs = weekdays(other)
    if not theirs or not mine:
        return False
    return all((days := weekdays(m)) and not days & theirs for m in mine)
