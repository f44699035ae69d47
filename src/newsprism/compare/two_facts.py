"""A sentence that states two shared facts is a member of both (session 26).

Complete link (:func:`newsprism.compare.same_fact.complete_link_groups`) puts each
sentence in one fact, the strongest first, and lets a sentence join a second only when
its partner there was left alone. A sentence that states two things each told by other
outlets ("As president, I'll end Obama's war on religion and I'll fight against liberal
attacks on our religious heritage") then stays out of the second fact even when it is
same-fact with every sentence in it ("And I'll fight against liberal attacks on our
religious heritage," in two other outlets): the gold pairs it loses are counted as
"linked, lost in grouping" in docs/eval-compare.md, "Session 26: where recall is lost".

The rule: a sentence joins a second fact of several outlets when it is at or above the
threshold with every member of it (complete link still holds), and when the part of
it that links it there is one of its fact units (:mod:`newsprism.compare.units`) apart
from the part that links it to its first fact: two parts, two facts. A sentence that
links to both facts through the same words ("It's about some phony ideal" against
Santorum's two "phony ideal" remarks) or as a whole sentence is one statement, and
stays in one fact.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.compare.units import UnitReading


def join_second_facts(groups: list[list[int]], probability: np.ndarray, threshold: float,
                      article: Sequence[str], units: UnitReading) -> list[list[int]]:  # fmt: skip
    """``groups`` with each sentence that states a second fact added to it (module doc);
    a fact a sentence joins keeps its order of first member, the sentence added last."""
    owner = np.array(article)
    allowed = probability >= threshold
    several = [g for g in groups if len(set(owner[g])) > 1]
    home: dict[int, list[list[int]]] = {}
    for group in several:
        for i in group:
            home.setdefault(i, []).append(group)
    out = {id(g): list(g) for g in groups}
    for target in several:
        members = out[id(target)]
        for i in sorted(home):
            if i in members or not allowed[i, members].all():
                continue
            if states_apart(units, i, home[i], members, owner):
                members.append(i)
    return [out[id(g)] for g in groups]


def states_apart(units: UnitReading, i: int, firsts: Sequence[Sequence[int]],
           second: Sequence[int], owner: np.ndarray) -> bool:  # fmt: skip
    """Whether sentence ``i`` links to ``second``'s members of other articles through
    one unit of it that overlaps none of the units linking it to its first facts."""
    there = _parts(units, i, [j for j in second if owner[j] != owner[i]])
    if there is None or len(there) != 1:
        return False
    start, end = next(iter(there))
    for first in firsts:
        here = _parts(units, i, [j for j in first if owner[j] != owner[i]])
        if here is None or any(a < end and start < b for a, b in here):
            return False
    return True


def _parts(units: UnitReading, i: int, partners: Sequence[int]) -> set[tuple[int, int]] | None:
    """The character spans of sentence ``i``'s units that link it to ``partners`` (the
    best unit pair of each); None when one of them links through the whole sentence."""
    spans = set()
    for j in partners:
        mine, _ = units.pool.parts(i, j, units.matrix)
        if mine is None:
            return None
        spans.add((mine.start, mine.end))
    return spans
