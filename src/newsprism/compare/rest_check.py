"""Whether another article's sentence states the rest of a partly shared member, the
part of its sentence outside ``shared_part`` (session 33, issue 12).

A whole-sentence same-fact link between the member and another article's sentence
does not show by itself that the other sentence states the rest: the pair model can
match the two whole sentences through the part they share alone. NeuS r205: AP's lead
"… sexually harassed multiple women … and worked to retaliate against one of his
accusers … renewed calls for … resignation or impeachment" is same-fact whole with the
NYT's lead, which states the harassment and neither the retaliation nor the calls;
the reports said "the rest of the sentence is also stated by New York Times".

So a whole-sentence link counts for the rest only when the units' same-fact decision
(at the unit threshold) backs it: a unit of the rest is the same fact as their
sentence or a unit of it, or else the shared part cannot be what the match rests on —
their sentence is not a member of the fact and no unit of the part is the same fact
as it (r262: the Post's lead, matched whole to Axios's lead, shares its "ruling that
could have implications …" with another Axios sentence). A whole-sentence link that
neither backs is kept apart (``whole_match_in``): the reports then say only what is
shared, neither "also stated by" nor "its outlet's own". Precision first: a rest that
a fellow member states in other words than the unit pairs reach is then not named (a
missing note, not a wrong one).
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from newsprism.compare.units import UnitReading


def rest_elsewhere(units: UnitReading, i: int, part: tuple[int, int],
                   members: Collection[int]) -> tuple[dict[int, str], list[int]]:  # fmt: skip
    """``(stated, unchecked)`` for sentence ``i`` with its shared ``part`` (offsets), a
    member of the fact of sentences ``members``: ``stated`` the sentences that state
    its rest (``sentence`` when the whole sentences are the same fact too, else
    ``unit``), ``unchecked`` the sentences same-fact with it whole that no unit of its
    rest reaches and whose match may rest on the part."""
    whole = units.rest_links(i, part)
    by_unit = units.rest_links(i, part, whole=False)
    reach = _part_reach(units, i, part)
    stated = {j: how for j, how in whole.items()
              if j in by_unit or (j not in members and j not in reach)}  # fmt: skip
    return stated, sorted(j for j in whole if j not in stated)


def _part_reach(units: UnitReading, i: int, part: tuple[int, int]) -> set[int]:
    """The sentences that a unit of sentence ``i`` inside its shared ``part`` (a word
    of its own within the part) is the same fact as, through their sentence or a unit."""
    matrix, owner = units._rest_matrix
    found: set[int] = set()
    for row, (s, unit) in enumerate(units.pool.owners):
        if s == i and unit is not None and any(
                part[0] <= t.idx < part[1] for t in unit.tokens if t.i not in unit.borrowed):
            found.update(int(j) for j in np.unique(owner[matrix[row] >= units.unit_threshold]))
    return found
