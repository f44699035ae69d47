"""One outlet's sentence in two shared facts only when two parts of it state them
(session 35, i12-open35).

Complete link gives a sentence left alone after the first pass ("The final tally was
97-1.") its strongest partner that is already in a fact, as a second fact of the two
(:func:`newsprism.compare.same_fact._second_memberships`). The partner then stands in
two shared facts with no look at *what* of it each fact shares: the seed pair's
"In his meeting with Gallant, in Washington, Blinken reiterated US “opposition …”" was
both the statement of the opposition (F2) and, through the same whole sentence, "The
meeting … was held at the State Department headquarters … hours after Israel canceled
a visit" (F4): a reader sees one sentence vouch for two facts it states once.

Decision: a sentence may be shown in two shared facts beside two sentences of **one**
other outlet only when it states the two through two parts of its own. Either the
test :mod:`newsprism.compare.two_facts` already applies to a sentence's second fact
(one fact unit links it to the second fact, and that unit overlaps none of the units
that link it to its first), or the
link to the lone sentence is a figure the two share that no other sentence of their
articles states (the anchor link, :func:`newsprism.compare.pairs.anchor_numbers`:
"The final tally was 97-1." and "… approved the bill in a 97-1 vote", where the units
do not cut "in a 97-1 vote" off, the case this second membership was made for). A
sentence that links to both as a whole, or through the same words, with no such
figure, belongs to its first (strongest) fact only, and the lone sentence stays alone
(unique, or possibly shared by the unique check). Without fact units (a caller that
has none) nothing changes.

When the lone sentence comes from an outlet the first fact does not hold, the second
fact stands as before: it is that outlet's telling, which complete link could not add
to the first fact (the lone sentence is same-fact with this sentence, not with every
member), and a reader is shown a third outlet agreeing, not one outlet's sentence set
beside two of another's. The first version checked every second membership and cost
compare-basil's shared recall 0.289 → 0.255 (precision 0.961 → 0.963): most second
memberships are a third outlet's, and right.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.compare.pairs import UnitProfile, anchor_numbers
from newsprism.compare.same_fact import SecondCheck
from newsprism.compare.two_facts import states_apart
from newsprism.compare.units import UnitReading

# Off (measured, not shipped): on compare-basil it cost shared precision and recall
# both (0.961 / 0.289 → 0.958 / 0.269; docs/eval-compare.md, session 35): the second
# memberships BASIL holds beside one other outlet's two sentences are mostly right, and
# the parts test reads them too coarsely. On, the seed pair's F4 is no longer shared.
SECOND_PARTS_RULE = False


def second_in_parts(units: UnitReading | None, article: Sequence[str],
                    profiles: Sequence[UnitProfile]) -> SecondCheck | None:  # fmt: skip
    """The check ``complete_link_groups`` applies to a second membership: sentence ``i``
    keeps ``second`` beside ``first`` only when a part of its own links it there, or a
    figure it shares with every other outlet's sentence there (module doc)."""
    if units is None or not SECOND_PARTS_RULE:
        return None
    owner = np.array(article)
    anchored = anchor_numbers(profiles)

    def keep(i: int, first: Sequence[int], second: Sequence[int]) -> bool:
        others = [j for j in second if owner[j] != owner[i]]
        told = {owner[j] for j in first if j != i}
        if not any(owner[j] in told for j in others):
            return True  # an outlet the first fact lacks: its own telling of it
        if others and anchored[i, others].all():
            return True
        return states_apart(units, i, [first], second, owner)

    return keep
