"""The summary's conflict lines, and the line record every summary line is made as.

Split out of :mod:`newsprism.compare.summary` (session 31, issue 12, branch
i12-summary10) when that module reached the house limit: one plain line per conflict
("Accounts differ on the toll: CNN says 60, the Post says 64."), made from the conflict
the alignment found, never from a sentence of one outlet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim


def add_conflict_lines(facts: Sequence[AlignedClaim], outlet: dict[str, str],
                       add: Callable[[dict[str, Any] | None], bool]) -> None:
    """One plain line per conflict of the story, in the facts' order."""
    for fact in facts:
        for item in fact.conflicts if fact.status == "conflict" else ():
            add(conflict_line(fact, item, outlet))


def conflict_line(fact: AlignedClaim, item: dict[str, Any], outlet: dict[str, str]
                  ) -> dict[str, Any]:  # fmt: skip
    """One plain line for one conflict: what it is about and each side's value, the
    outlets that give one value together ("nyt and fox say Tuesday, hpo says
    Wednesday")."""
    sides = item["sides"]
    what = item.get("about") or item["kind"]
    by_value: dict[str, list[str]] = {}
    for s in sides:
        who = by_value.setdefault(s["value"], [])
        name = outlet.get(s["article_id"], s["article_id"])
        if name not in who:
            who.append(name)
    says = ", ".join(f"{' and '.join(who)} {'say' if len(who) > 1 else 'says'} {value}"
                     for value, who in by_value.items())  # fmt: skip
    line = summary_line(f"Accounts differ on {what}: {says}.", fact)
    line["article_ids"] = sorted({s["article_id"] for s in sides})
    line["claim_ids"] = [s["claim_id"] for s in sides]
    foreign = sorted({c.language for c in fact.claims if c.language and c.id in line["claim_ids"]})
    if foreign:  # one side is quoted as written in its own language
        line["language"] = foreign[0]
    return line


def summary_line(text: str, fact: AlignedClaim) -> dict[str, Any]:
    """A summary line: its text, the fact it renders, and (until a caller narrows them)
    the fact's articles as its citations."""
    return {"text": text, "claim_id": fact.id, "status": fact.status,
            "article_ids": fact.article_ids}  # fmt: skip
