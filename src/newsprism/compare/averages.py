"""An average is its own measure (session 26).

"Next year's cost-of-living adjustment will be 5.9%" and "cost-of-living adjustments
averaging just 1.65% a year over the past 10 years" (NeuS row 14, AP against the Wall
Street Journal and Fox Business) count one measure of one subject, but the second is
the mean of ten years, not the figure of one: listed as a number conflict before this
session. Session 19's reading of loosened count rules met the same kind ("a daily
average" against one day's deaths). So a count stated as an average is counted as its
own thing, "… (average)": it meets other averages of the measure, never a single value.
"""

from __future__ import annotations

from typing import Any

_STEPS = 4  # "averaging 1.65%": % → averaging; "an average of 1,000 deaths": deaths → of → average


def averaged(noun: Any, verb: Any) -> bool:
    """Whether the counted ``noun`` is stated as an average: a head of it up to its
    ``verb`` (included) is the word "average" ("averaging 1.65%", "an average of 1,000
    deaths"), or the verb is qualified "on average"."""
    current = noun
    for _ in range(_STEPS):
        if current.lemma_.lower() in ("average", "averaging"):
            return True
        if current.i == verb.i or current.head.i == current.i:
            break
        current = current.head
    return verb.lemma_.lower() == "average" or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "average" for g in c.children)
        for c in verb.children
    )
