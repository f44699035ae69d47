"""Outlets a sentence relays together: "according to CNN and Politico".

A relay (:mod:`newsprism.compare.relays`) names the outlet a sentence passes on. When
the sentence names two or more outlets joined by "and" in the relaying role ("…,
according to CNN and Politico", "CNN and Politico reported that …"), the report rests
on all of them; the first alone ("Washington Examiner cites CNN for this", NeuS r377,
session 30) tells the reader one outlet said what two did. The relay keeps its first
outlet (``relayed_from.outlet``, a public field) and lists them all in
``relayed_from.outlets``, so the notes can name each. The count of independent sources
still reads the first outlet alone (its ``article_id``): a sentence relaying "The New
York Times and The Washington Post" beside one relaying the Times is one source, as
before (NeuS r171); taking the Post's article in the story for it made two, which
would tell the reader more outlets stand behind the fact than do.

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
