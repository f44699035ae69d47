"""A summary line that states again what a line already picked states is not added.

Each fact is rendered once, but two facts of the alignment can still hold one
statement: a fact shown "possibly shared" beside a sentence of another fact (the
alignment kept them apart under its same-fact bar), or two sentences the same-fact model
scores above the summary's citation bar (``backs``). Both used to become lines, and the
summary said the same record twice (NeuS raw r365, docs/eval-compare.md "Read as a user,
session 28": the Examiner's lead, "Job openings soared to a record high at the end of
April", opened on top of CNN's "Job openings … soared by nearly a million in April,
setting a record …", a shared fact). Session 28 (i12-summary7, docs/eval-compare.md
"Session 28: a fact said twice in the summary").

A line of a candidate fact states a picked line's fact again when

- one of the two facts is ``possibly_shared`` and its partner shown to the reader (a
  ``near`` sentence worth checking and not the opposite: :func:`newsprism.compare.
  unique.worth_checking`, the test the report uses to show "closest elsewhere"), found
  by a lexical test or at the sure probability (:func:`_sure_partner`), is a sentence
  of the other fact; or
- the candidate line's sentence ``backs`` a sentence of the picked fact from another
  outlet, or the reverse (the same-fact probability at the citation bar, no reversal on
  one side only).

The first line stays (it was picked first: more outlets back it, or it is the lead);
the second is not added. Its outlet is never added to the first line's citation: that
would be right only if the two sentences were one shared fact, never on a "possibly"
(a partner to check is no citation) nor on a score alone, and two lines are never one
fact (each sentence is in one fact, and each fact gives one line). NeuS r333 and r195's
lead cited to one outlet while its shared partner is left out is the own line's
citation (:func:`newsprism.compare.summary._own_line`: no partner backs all of it), not
a repeat.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim
from newsprism.compare.checkable import adds
from newsprism.compare.unique import LEXICAL, SURE_PROBABILITY, worth_checking
from newsprism.models import Claim

# False turns the step off (scripts/summary_repeat_capture.py diffs the summaries)
ENABLED = True
# False drops a repeat even when it adds something checkable (session 28's rule)
ADDS = True

Backs = Callable[[Claim, Claim], bool]


def said_before(line: Mapping[str, Any], summary: Sequence[dict[str, Any]],
                facts: Sequence[AlignedClaim], backs: Backs | None) -> bool:  # fmt: skip
    """Whether ``line`` states again what a line of ``summary`` states (then it is not
    added). A conflict line ("Accounts differ on …") is neither a candidate nor a line
    repeated. Without ``backs`` (no same-fact model: ``summarize``'s default cites every
    article) only the possibly shared partners are read."""
    if not ENABLED or line.get("status") == "conflict":
        return False
    by_claim = {c.id: f for f in facts for c in f.claims}
    mine = by_claim.get(line["claim_ids"][0])
    if mine is None:
        return False
    claim = next(c for c in mine.claims if c.id == line["claim_ids"][0])
    for picked in summary:
        theirs = by_claim.get(picked["claim_ids"][0])
        if picked.get("status") == "conflict" or theirs is None or theirs is mine:
            continue
        if _partners(mine, theirs) or (backs is not None and _backed(claim, theirs, backs)):
            # a repeat that adds a name, figure, date or event clause no picked line
            # has is still a line (session 29, r95: the South's SLBM test)
            return not (ADDS and adds(line["text"], [p["text"] for p in summary]))
    return False


def _partners(one: AlignedClaim, other: AlignedClaim) -> bool:
    """Whether either fact is possibly shared with a sentence of the other: its partner
    shown to the reader (worth checking, not the opposite) is one of the other's."""
    return _shown_partner(one, other) or _shown_partner(other, one)


def _shown_partner(fact: AlignedClaim, other: AlignedClaim) -> bool:
    ids = {c.id for c in other.claims}
    return fact.status == "possibly_shared" and any(
        row.get("claim_id") in ids and _sure_partner(row) for row in fact.near)


def _sure_partner(row: Mapping[str, Any]) -> bool:
    """A partner shown to the reader (worth checking, not the opposite) that a lexical
    test found (a figure, names, key words in common) or the same-fact model gives
    :data:`newsprism.compare.unique.SURE_PROBABILITY`: a partner shown on its score
    alone, under that, was another fact on NeuS raw rows 0–505 (r145: the White House's
    regret beside the landlords' legal challenge, r314: DeSantis's emergency beside the
    rescuers' call, both 0.138; the three right ones 0.057 with a figure, 0.200, 0.206)."""
    probability = float(row.get("probability") or 0)
    return (worth_checking(row) and not row.get("opposite")
            and (row.get("why") in LEXICAL or probability >= SURE_PROBABILITY))


def _backed(claim: Claim, fact: AlignedClaim, backs: Backs) -> bool:
    """Whether the line's sentence and one of the fact's from another outlet state one
    another (``backs``, either way round)."""
    return any(other.article_id != claim.article_id and (backs(claim, other) or backs(other, claim))
               for other in fact.claims)  # fmt: skip

