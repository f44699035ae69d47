"""Two upper bounds of one count that name different figures (session 26).

``quantities_agree`` reads "up to 1.6 million" as every value up to 1.6 million, so it
agrees with anything smaller, including another bound: "as many as 1.5 million women"
and "up to 1.6 million women" (BASIL 2058ec60, NYT and HuffPost on the Wal-Mart class)
agree as intervals. But news gives such a bound as the size itself (the class is "up
to" its stated size), and two outlets giving one class two sizes disagree: both gold
annotators of that story mark the pair a conflict.

So two upper bounds of one count are compared as the figures they name, at their
stated precision. An upper bound against a plain figure stays an interval ("up to 1.6
million" / "covers 1.5 million" can both be true), as do lower bounds ("more than 1,000
dead" / "more than 2,000 dead": tolls grow while they are reported).

"As many as" is no qualifier of ``extract/claims.py`` (its figure reads as exact there),
so it is read here from the words before the figure, without changing what extraction
gives every other reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsprism.extract.claims import Quantity, quantities_agree

_AS_MANY_AS = re.compile(r"\bas (?:many|much) as\s*$", re.IGNORECASE)


def upper_bound(quantity: Quantity, text: str) -> bool:
    """Whether ``quantity`` of a claim's ``text`` is stated as an upper bound: its own
    qualifier ("up to", "at most") or "as many as" / "as much as" before it."""
    if quantity.qualifier == "max":
        return True
    at = text.find(quantity.text)
    return quantity.qualifier == "exact" and at > 0 and bool(_AS_MANY_AS.search(text[:at]))


def bounds_differ(a: Quantity, text_a: str, b: Quantity, text_b: str) -> bool:
    """Whether two upper bounds name figures that disagree at their stated precision."""
    if not (upper_bound(a, text_a) and upper_bound(b, text_b)):
        return False
    return not quantities_agree(_figure(a), _figure(b))


def _figure(quantity: Quantity) -> Quantity:
    """The bound's figure as a plain value, its qualifier's words dropped from its text
    (the precision is read from the digits)."""
    digits = re.search(r"\d.*$", quantity.text)
    return replace(quantity, qualifier="exact", text=digits.group(0) if digits else quantity.text)
