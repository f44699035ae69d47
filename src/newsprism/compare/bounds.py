"""Two upper bounds of one count that name different figures (session 26).

``quantities_agree`` reads "up to 1.6 million" as every value up to 1.6 million, so it
agrees with anything smaller, including another bound: "as many as 1.5 million women"
and "up to 1.6 million women" (BASIL 2058ec60, NYT and HuffPost on the Wal-Mart class)
agree as intervals. But news gives such a bound as the size itself (the class is "up
to" its stated size), and two outlets giving one class two sizes disagree: both gold
annotators of that story mark the pair a conflict.

So two upper bounds of one count are compared as the figures they name, at their
stated precision. An upper bound against a plain figure stayed an interval ("up to 1.6
million" / "covers 1.5 million" can both be true) until session 29 (below); lower
bounds stay intervals ("more than 1,000 dead" / "more than 2,000 dead": tolls grow
while they are reported).

Session 29 (measured, docs/eval-compare.md "Session 29"): an upper bound against a
plain figure of one count is compared the same way, the bound as the figure it names
(:func:`bound_against_figure`): Fox's "the lawsuit that covers 1.5 million women"
against HuffPost's "on behalf of up to 1.6 million women" gives the class two sizes, as
both gold annotators read it. Every other check stays (one counted thing, one owner,
topical): with them, over the 50 BASIL triplets and NeuS raw rows 0–505 this adds that
one side and nothing else; without the owner check (session 19's measurement) it added
11 wrong pairs. A plain figure above the bound already disagreed; "about N" is no plain
figure and is not compared with a bound; lower bounds stay intervals.

"As many as" is no qualifier of ``extract/claims.py`` (its figure reads as exact there),
so it is read here from the words before the figure, without changing what extraction
gives every other reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsprism.extract.claims import Quantity, quantities_agree

_AS_MANY_AS = re.compile(r"\bas (?:many|much) as\s*$", re.IGNORECASE)
# a bound that gives a size ("on behalf of up to 1.6 million women"); "less than",
# "fewer than", "under", "at most" and "no more than" bound a value and are not read so
_SIZE_BOUND = re.compile(r"up to\b", re.IGNORECASE)


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
    return not quantities_agree(figure(a), figure(b))


def bound_against_figure(a: Quantity, text_a: str, b: Quantity, text_b: str) -> bool:
    """Whether one side is a bound that gives a size ("up to", "as many as") and the
    other a plain figure (no "about", no bound) that names another figure at their
    stated precision ("up to 1.6 million" / "covers 1.5 million"; "up to 1.52 million"
    / "1.5 million" agree; "fewer than 2,000" / "1,500" is a bound, not a size)."""
    for x, tx, y, ty in ((a, text_a, b, text_b), (b, text_b, a, text_a)):
        if size_bound(x, tx) and not upper_bound(y, ty) and y.qualifier == "exact":
            return not quantities_agree(figure(x), y)
    return False


def size_bound(quantity: Quantity, text: str) -> bool:
    """Whether the bound gives a size: "up to N", or "as many as" / "as much as" N."""
    if quantity.qualifier == "max":
        return bool(_SIZE_BOUND.match(quantity.text))
    return upper_bound(quantity, text)


def figure(quantity: Quantity) -> Quantity:
    """The bound's figure as a plain value, its qualifier's words dropped from its text
    (the precision is read from the digits)."""
    digits = re.search(r"\d.*$", quantity.text)
    return replace(quantity, qualifier="exact", text=digits.group(0) if digits else quantity.text)
