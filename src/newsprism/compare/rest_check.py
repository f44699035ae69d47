"""Whether another article's sentence states the rest of a partly shared member, the
part of its sentence outside ``shared_part`` (session 33, issue 12).

A whole-sentence same-fact link between the member and another article's sentence
does not show that the other sentence states the rest: the pair model can match the
two whole sentences through the part they share alone. NeuS r205: AP's lead "… sexually
harassed multiple women … and worked to retaliate against one of his accusers … renewed
calls for … resignation or impeachment" is same-fact whole with the NYT's lead, which
states the harassment and neither the retaliation nor the calls; the reports said "the
rest of the sentence is also stated by New York Times". So a whole-sentence link counts
for the rest only when the same-fact decision the units make (one unit of the rest
against their sentence or a unit of it, at the unit threshold) finds the rest there
too. A whole-sentence link that this check does not confirm is kept apart
(``whole_match_in``): the reports then say only what is shared, neither "also stated
by" nor "its outlet's own". Precision first: a rest stated in other words than the
unit pairs reach is then not named (a missing note, not a wrong one).
"""

from __future__ import annotations

from newsprism.compare.units import UnitReading


def rest_elsewhere(units: UnitReading, i: int, part: tuple[int, int]
                   ) -> tuple[dict[int, str], list[int]]:  # fmt: skip
    """``(stated, unchecked)`` for sentence ``i`` with its shared ``part`` (offsets):
    ``stated`` the sentences that state its rest (``sentence`` when the whole sentences
    are the same fact too, else ``unit``), ``unchecked`` the sentences same-fact with it
    whole whose words no unit of the rest reaches."""
    whole = units.rest_links(i, part)
    by_unit = units.rest_links(i, part, whole=False)
    stated = {j: how for j, how in whole.items() if j in by_unit}
    unchecked = sorted(j for j in whole if j not in by_unit)
    return stated, unchecked
