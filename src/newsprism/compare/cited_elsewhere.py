"""A line's citations: an outlet whose sentence backs it in another fact of the same
sentence is cited too.

A summary line renders one sentence (its claim) of one fact, and is cited to the
articles of that fact whose own sentence backs it directly (the citation bar,
:data:`newsprism.compare.story.SUMMARY_BACKING`: same-fact probability at least 0.5,
no reversal on one side only). A sentence can sit in more than one fact (a shared fact
with one outlet, a partly shared fact with another), and an outlet whose sentence backs
the line at that same bar in the other fact was not cited. Session 31 (issue 12, branch
i12-summary10) read NeuS raw row 474: the Epoch Times' lead "The New York Times, The
Washington Post, and NBC News have retracted earlier reporting …" was in a shared fact
with The Hill's lead (probability 0.45: not cited) and a partly shared fact with CNN's
"The Washington Post, The New York Times, and NBC News on Saturday issued significant
corrections, retracting earlier reporting …" (0.79): the line was cited to the Epoch
Times alone.

The bar is not lowered and no sentence is newly compared: only the facts that hold the
line's own sentence are searched, pair by pair with the same ``backs`` test the line's
own fact was. Not a conflict's fact (its sentences disagree), not a fact with a relay
(an outlet that cites another is counted once, :mod:`newsprism.compare.relays`, which
the line's own fact reckons), and only a shared fact's line: a unique line is marked as
one outlet's, a conflict line cites each side already.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim
from newsprism.models import Claim

# False: a line is cited only within its own fact (as before session 31)
CITED_ELSEWHERE_RULE = True


def _claims_by_id(facts: Sequence[AlignedClaim]) -> dict[str, Claim]:
    return {c.id: c for f in facts for c in f.claims}


def _others(claim_id: str, facts: Sequence[AlignedClaim]) -> list[AlignedClaim]:
    """The facts, none a conflict's or with a relay, that hold the sentence."""
    return [f for f in facts if f.status != "conflict" and not f.relays
            and any(c.id == claim_id for c in f.claims)]  # fmt: skip


def cite_backers(summary: list[dict[str, Any]], facts: Sequence[AlignedClaim],
                 backs: Callable[[Claim, Claim], bool] | None) -> None:
    """Add to each one-sentence line the outlets whose sentence, in another fact that
    holds the line's sentence, backs it at the citation bar (in place)."""
    if not CITED_ELSEWHERE_RULE or backs is None:
        return
    by_id = _claims_by_id(facts)
    own = {f.id: f for f in facts}
    for line in summary:
        ids = line.get("claim_ids") or []
        fact = own.get(line.get("claim_id", ""))
        if len(ids) != 1 or ids[0] not in by_id or fact is None or fact.relays:
            continue
        if fact.status != "shared":
            continue  # a unique line stays its outlet's; a conflict line cites each side
        claim = by_id[ids[0]]
        cited = set(line["article_ids"])
        more = {o.article_id for f in _others(claim.id, facts) if f.id != fact.id
                for o in f.claims
                if o.article_id not in cited and backs(claim, o)}  # fmt: skip
        if more:
            line["article_ids"] = sorted(cited | more)
