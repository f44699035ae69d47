"""A number before a superlative names an exact set (session 38).

"The 500 million doses are destined for the world's 100 poorest countries" (Reuters)
and "donate 500 million doses … to 92 poorer countries" (the Washington Times; NeuS row
359, a gold conflict of gold/conflicts-neus3) give the recipients two sizes. The number
rule compares figures at their stated precision (``quantities_agree``: "100" is a round
100, so 92 agrees with it), which is right for a count told in round figures ("100
people were evacuated") but not for a rank cut: "the 100 poorest countries", "the 10
largest banks", "the top 20 teams" name exactly 100, 10 and 20 members. So a count on a
noun with a superlative (or "top") is exact: against another exact figure of the same
thing it disagrees when the values differ. Two round figures or a hedged one ("about
90") keep their reading.
"""

from __future__ import annotations

from typing import Any

from newsprism.models import Quantity


def rank_cut(noun: Any) -> bool:
    """Whether a counted noun is a rank cut: it has a superlative modifier ("poorest",
    "most populous") or "top" ("the top 20 teams")."""
    for child in noun.children:
        if child.dep_ != "amod":
            continue
        if child.tag_ == "JJS" or child.lower_ == "top":
            return True
        if any(g.dep_ == "advmod" and g.lower_ == "most" for g in child.children):
            return True
    return False


def ranks_differ(x: Any, qa: Quantity, y: Any, qb: Quantity) -> bool:
    """Whether two exact counts of which one is a rank cut (``Counted.ranked``) differ."""
    return ((x.ranked or y.ranked) and qa.qualifier == "exact" and qb.qualifier == "exact"
            and qa.value != qb.value)  # fmt: skip
