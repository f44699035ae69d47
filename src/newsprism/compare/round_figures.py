"""A round figure is compared at its own precision, however it is written (issue 12,
session 34): a round word number, and a bound that gives a size.

**A round word.**
``quantities_agree`` (extract/claims.py) reads a number's precision from its digits
("20" is a round 20, so 23 agrees with it: different precision is no conflict), but a
number written in words has no digits, and it is read as a loose interval of ±20 % of
its value ("dozens", "hundreds" are loose by nature). For a round word that is
narrower than its digits: "twenty" is 18–22, so "twenty" against "23" disagreed where
"20" against "23" agrees, and "a hundred" (90–110) disagreed with "112" where "100"
does not. A false conflict is the worst error a fact-checker can meet, and the issue
says different precision is never one.

So before the number rule lists a disagreement, a side written as a round word
("twenty" … "ninety", "hundred", "thousand", with or without a scale) is written in
digits ("20", "100") and the two figures are compared again, as stated and, for a
bound, as the figure it names: if they agree either way, there is no conflict. Only a
veto: it never makes a conflict. "Dozen" forms keep their reading ("nearly two dozen"
against 19 is a gold conflict), and small word numbers ("six", "seven") keep theirs
here (the duration rule, compare/durations.py, reads them as exact digits for itself).

**A bound that gives a size.** compare/bounds.py compares "up to N" and "as many as
N" against a plain figure as the figures they name (session 29: "up to 1.6 million" /
"1.5 million" disagree), but "up to N" is also an interval to ``quantities_agree``, and
a figure just above it disagreed as an interval even where the figures agree at N's
precision: "up to 100" against "112" was a conflict where "as many as 100" against
"112" was not. The same bound is now read the same way: a size bound against a plain
figure agrees when the figures agree at their stated precision ("up to 100" / 112),
and disagrees when they do not ("up to 1.6 million" / "1.7 million", "up to 100" /
150). A bound of value ("fewer than 100", "at most", "more than") is untouched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsprism.compare.bounds import figure, size_bound, upper_bound
from newsprism.extract.claims import PLURAL_COUNTS, WORD_NUMBERS, Quantity, quantities_agree

# the tens and "hundred" of the claim reader's number words, and "thousand"
ROUND_WORDS = {word: value for word, value in WORD_NUMBERS.items()
               if value >= 20 and value % 10 == 0 and word not in PLURAL_COUNTS} \
    | {"thousand": 1000}  # fmt: skip
_ROUND = re.compile(r"\b(" + "|".join(ROUND_WORDS) + r")\b(?:\s+(thousand|million|billion))?",
                    re.IGNORECASE)  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def as_digits(quantity: Quantity) -> Quantity | None:
    """The quantity with its round word written in digits ("about twenty" → "about 20",
    "a hundred" → "100", "thirty thousand" → "30000"), or None when it holds none."""
    match = _ROUND.search(quantity.text)
    if match is None or "dozen" in quantity.text.lower():
        return None
    value = ROUND_WORDS[match.group(1).lower()] * _SCALES.get((match.group(2) or "").lower(), 1)
    text = quantity.text[: match.start()] + str(value) + quantity.text[match.end() :]
    return replace(quantity, text=text.strip())


def round_words_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two figures, one of them a round word, agree once it is written in
    digits: as stated, or as the plain figures they name (a bound's figure)."""
    da, db = as_digits(a), as_digits(b)
    if da is None and db is None:
        return False
    da, db = da or a, db or b
    if quantities_agree(da, db):
        return True
    plain_a, plain_b = _plain(da), _plain(db)
    return plain_a is not None and plain_b is not None and quantities_agree(plain_a, plain_b)


def _plain(quantity: Quantity) -> Quantity | None:
    """The figure a quantity names, its qualifier's words dropped ("up to 20" → 20,
    compare/bounds.py's reading); None when it names no digits."""
    plain = figure(quantity)
    return plain if any(c.isdigit() for c in plain.text) else None


def size_bound_agrees(a: Quantity, text_a: str, b: Quantity, text_b: str) -> bool:
    """Whether one side is a bound that gives a size ("up to N", "as many as N"), the
    other a plain figure, and the two figures agree at their stated precision."""
    for x, tx, y, ty in ((a, text_a, b, text_b), (b, text_b, a, text_a)):
        if size_bound(x, tx) and not upper_bound(y, ty) and y.qualifier == "exact":
            plain = _plain(x)
            return plain is not None and quantities_agree(plain, y)
    return False


def rounded_agree(a: Quantity, text_a: str, b: Quantity, text_b: str) -> bool:
    """The number rule's veto: two figures that agree at their own precision once a
    round word is written in digits, or a size bound is read as its figure."""
    return round_words_agree(a, b) or size_bound_agrees(a, text_a, b, text_b)
