"""Two counts of one thing that are not one figure: not one fact.

Issue 12 asks a shared fact to state "the same numbers". The same-fact features read a
pair's quantities of one counted noun as agreeing when both can be true
(``quantities_agree``): "more than 1 million wasted doses each" and "more than 15
million doses … wasted" can both be true, since each is an open interval, so the pair
read as agreeing and the model put a chain's count and the nation's total in one fact
(docs/eval-compare.md, session 31, NeuS raw row 129). Two intervals that can both hold
are not one figure: a fact-checker checks "15 million", not "more than something".

So a pair whose sentences count one thing (one counted noun, or people in both), each
with a written figure, where no figure of one is the other's at the coarser one's
precision, whatever the qualifiers ("at least 15 million" / "at least 15.1 million"
are one figure: 15.1 million rounds to 15 million; "1 million" / "15 million" are
not), is ``count_differs``: a veto of the same-fact model (``data/models/
same-fact.json``). Where a pair also shares one figure ("fell by 92,000 to 498,000" /
"fell to 498,000"), the count that agrees decides and nothing is vetoed; so where the
two print any one number, of whatever counted noun (``_share_a_number``). A loose word
("dozens", "hundreds") has no figure and is left to ``quantities_agree``.

Conflicts are not read from here: compare/conflicts.py reads every pair of two
articles, grouped or not, so a veto here never hides one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from newsprism.extract.claims import comparable, quantities_agree
from newsprism.models import Quantity


def written(quantity: Quantity) -> bool:
    """Whether the quantity is a figure written with digits ("15 million", "2.6m"),
    not a loose word ("dozens")."""
    return any(c.isdigit() for c in quantity.text)


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Whether two written figures are one, qualifiers set aside: the finer, rounded to
    the coarser one's last digit, is the coarser ("15.1 million" / "15 million": yes;
    "1 million" / "15 million": no). ``quantities_agree`` reads two exact figures so."""
    return quantities_agree(replace(a, qualifier="exact"), replace(b, qualifier="exact"))


def _pairs(units: Sequence[Any]) -> list[tuple[int, int, Quantity, Quantity]]:
    """Every two quantities of one counted thing in two different units (sentences)."""
    with_units = [(i, q) for i, u in enumerate(units) for q in u.quantities if q.unit]
    return [(i, j, qa, qb) for x, (i, qa) in enumerate(with_units)
            for j, qb in with_units[x + 1:] if i != j and comparable(qa, qb)]  # fmt: skip


def quantity_matrices(units: Sequence[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(``quantity_agree``, ``quantity_conflict``, ``count_differs``) of every pair of
    units (anything with ``quantities``, ``numbers`` and ``specific``: compare/pairs.py
    ``UnitProfile``): a comparable quantity that agrees / cannot
    agree (``quantities_agree``), and one thing counted with written figures none of
    which is the other's (the veto above)."""
    n = len(units)
    agree, conflict = np.zeros((n, n), dtype=bool), np.zeros((n, n), dtype=bool)
    differ, same = np.zeros((n, n), dtype=bool), np.zeros((n, n), dtype=bool)
    for i, j, qa, qb in _pairs(units):
        target = agree if quantities_agree(qa, qb) else conflict
        target[i, j] = target[j, i] = True
        if written(qa) and written(qb):
            target = same if same_figure(qa, qb) else differ
            target[i, j] = target[j, i] = True
    vetoed = differ & ~same
    # only the pairs the veto would hold are asked whether they print one number: every
    # pair of a 50-article story's 2,138 units was 4.6 million calls (+2.3 s, session 31)
    for i, j in zip(*np.nonzero(vetoed), strict=True):
        if _share_a_number(units[i], units[j]):
            vetoed[i, j] = False
    return agree, conflict, vetoed


def _share_a_number(a: Any, b: Any) -> bool:
    """Whether two units print one number, whatever it counts ("the 54-35 vote" / "voted
    54-35 … short of the 10 GOP votes"; "a nearly $1 trillion package" / "a roughly $1
    trillion bill … a $3.5 trillion package"): the counted nouns differ there, so the
    count that is one figure was not compared, and the pair is left to the model."""
    return bool((a.numbers & b.numbers) or (a.specific & b.specific))
