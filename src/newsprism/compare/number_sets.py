"""The digit numbers of a sentence, as the same-fact features read them.

Kept apart from :mod:`newsprism.compare.pairs` (the pair matrices) because they are a
per-sentence step: each sentence's numbers are read once, when its profile is built, and
the pair features only intersect the sets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

YEAR = re.compile(r"(?:19|20)\d\d")
_SCORE = re.compile(r"\b\d+\s?[-–]\s?\d+\b")
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


def specific_numbers(text: str, dates: Sequence[str]) -> set[str]:
    """Numbers a reader would check against the other outlet: a tally or score ("97-1"),
    and any number of two digits or more that is not part of a date."""
    found = {re.sub(r"\s", "", m.group()).replace("–", "-") for m in _SCORE.finditer(text)}
    return found | {n for n in sentence_numbers(text, dates) if len(n.replace(".", "")) >= 2}


def sentence_numbers(text: str, dates: Sequence[str]) -> set[str]:
    """Digit numbers of the sentence, not those inside its dates ("Wednesday, May 5")."""
    in_dates = {n for d in dates for n in _NUMBER_TOKEN.findall(d)}
    return {n.replace(",", "") for n in _NUMBER_TOKEN.findall(text)} - in_dates
