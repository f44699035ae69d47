"""A column's sentence that holds nothing to check is its writer's voice, not a line.

A unique summary line is shown as a fact one outlet alone reports. A news report's
sentence with nothing checkable is still left in unless it is worded in the outlet's
loaded terms (:mod:`newsprism.compare.colour`): precision first, a report's plain
sentence states what happened. A column (:func:`newsprism.compare.lead.opinion_piece`:
"… (Opinion)", an /opinion/ address) is its writer's argument, and a sentence of it
that names no one, no place or body, gives no figure, date or time, quotes no one and
reports no one's words (:func:`newsprism.compare.colour.checkable`) can only be the
argument itself: "Before the opening ceremony, before even the torch is lit, it's not
going to be OK." (the New York Post's column, NeuS raw row 278, its summary's second
line in session 30's reading). Such a sentence is no line; a column's sentence that
names or dates something ("Last week, nearly every state in the U.S. experienced an
increase in daily coronavirus cases.", the Los Angeles Times' column, row 238) stays.

The charge that names someone ("The saga of Sha'Carri Richardson … has united America in
a way that COVID-19 could not") is not caught: its names are checkable, and telling a
thesis that names its subject from a fact about that subject is a reading of the
predicate, left open (docs/eval-compare.md, session 30, i12-summary9).
"""

from __future__ import annotations

from collections.abc import Callable

from newsprism.compare.colour import checkable
from newsprism.models import Claim

# False shows a column's uncheckable sentences again (the diff of session 30 sets it)
COLUMN_VOICE_RULE = True


def column_voice(is_column: Callable[[Claim], bool]) -> Callable[[Claim], bool]:
    """The test for a one-outlet line's claim: its article is a column (``is_column``)
    and its sentence holds nothing :func:`checkable`."""
    return lambda claim: (COLUMN_VOICE_RULE and is_column(claim)
                          and not checkable(claim.text))
