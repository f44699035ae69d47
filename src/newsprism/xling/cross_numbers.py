"""The numbers a claim offers a cross-language pair: its quantities and the numbers
written in its text.

The cross-language score (``compare.crosslang.cross_pair_scores``) adds a bonus when an
Arabic claim and an English one state a number of the same value. The English claim's
quantities come from the English extractor, which reads measures and counts but not an
age ("Sims was 20 years old"), an ordinal ("his 34th start", "the 65th minute") or a
score; the Arabic side reads every digit run («يبلغ 20 عامًا», «الدقيقة 65»). So the same
number met on one side only and a translation pair lost its bonus. Reading the digits of
the text on both sides (``xling.script.number_keys``: "1.4 million" and «١٫٤ مليون» give
the same key) puts the two sides on one footing. Years (1900-2100) are still left out:
any two reports of a story share the year.
"""

from __future__ import annotations

from newsprism.models import Claim
from newsprism.xling.script import number_key, number_keys


def is_year(value: float) -> bool:
    """A whole number from 1900 to 2100: a year, shared by any two reports of a story."""
    return float(value).is_integer() and 1900 <= value <= 2100


def pair_numbers(claim: Claim) -> set[str]:
    """Canonical keys of the claim's numbers, years aside: its quantities' values and
    the numbers read from its text."""
    keys = {number_key(q.value) for q in claim.quantities if not is_year(q.value)}
    keys |= {key for key in number_keys(claim.text) if not is_year(float(key))}
    return keys
