"""Outlets a sentence relays together: "according to CNN and Politico".

A relay (:mod:`newsprism.compare.relays`) names the outlet a sentence passes on. When
the sentence names two or more outlets joined by "and" in the relaying role ("…,
according to CNN and Politico", "CNN and Politico reported that …"), the report rests
on all of them; the first alone ("Washington Examiner cites CNN for this", NeuS r377,
session 30) tells the reader one outlet said what two did. The relay keeps its first
outlet (``relayed_from.outlet``, a public field) and lists them all in
``relayed_from.outlets``, so the notes can name each.

Only conjuncts joined by "and" count: "CNN or Politico" says which one might have.
"""

from __future__ import annotations

from typing import Any

__all__ = ["joined_names"]


def joined_names(noun: Any) -> list[Any]:
    """The later conjuncts of ``noun`` when they are joined to it by "and" ("CNN and
    Politico", "CNN, Politico and Axios"), in text order; [] otherwise."""
    if noun.dep_ == "conj":
        return []  # a later name of the list, not its head
    later = [c for c in noun.conjuncts if c.i > noun.i]
    if not later:
        return []
    ccs = [t.lower_ for c in (noun, *later) for t in c.children if t.dep_ == "cc"]
    return later if ccs and all(cc == "and" for cc in ccs) else []
