"""Citations on the HTML report: which anchor of the page a "stated by X" link opens.

Kept apart from ``report/html.py`` (the page's data as a whole) because both the
summary, the omissions and the fact and quote sections cite through the same anchors:
the exact claim where there is one, else the fact's first mark in that article's
column, else the top of the column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsprism.report._shared import name_articles
from newsprism.report._shared import status as _status
from newsprism.report.partly_view import rest_note
from newsprism.report.relay_view import sources_note
from newsprism.report.truncation_view import fact_cut_note


@dataclass(frozen=True)
class Citation:
    """An outlet name that links to where an article states a fact."""

    label: str
    href: str
    colour: int


# cite(article_id, fact_id=None, claim_id=None): the best anchor for that article.
CiteFn = Callable[..., Citation | None]


@dataclass(frozen=True)
class Citer:
    """The page's anchors, and how to cite an article (for a fact or a claim) with them."""

    index: Mapping[Any, int]  # article id -> column
    labels: Sequence[str]
    colours: Sequence[int]
    names: Mapping[str, str]  # article id -> its label, for "[article id]" in texts
    facts: Sequence[Mapping[str, Any]]
    fact_anchor: Mapping[tuple[int, int], str]  # (fact, column) -> first anchor
    claim_anchor: Mapping[str, str]
    stopped: frozenset[str] = frozenset()  # cut texts that stop mid-sentence (no paywall)
    # fact id -> its quotation's earlier words (report/quote_lead_in.py)
    lead_ins: Mapping[str, str] = field(default_factory=dict)

    @property
    def fact_index(self) -> dict[Any, int]:
        return {fact.get("id"): f for f, fact in enumerate(self.facts)}

    def cite(self, article_id: Any, fact_id: Any = None,
             claim_id: Any = None) -> Citation | None:  # fmt: skip
        """The link for ``article_id``: to the claim, else to the fact in its column,
        else to the column; None for an article not on the page."""
        i = self.index.get(article_id)
        if i is None:
            return None
        href = self.claim_anchor.get(claim_id) if claim_id is not None else None
        f = self.fact_index.get(fact_id)
        href = href or (self.fact_anchor.get((f, i)) if f is not None else None) or f"art-{i}"
        return Citation(self.labels[i], f"#{href}", self.colours[i])

    def fact_refs(self, items: Any) -> list[dict[str, Any]]:
        """Summary lines and omissions: text, status, and who states it, linked."""
        fact_index = self.fact_index
        refs = []
        for item in items or []:
            fact_id = item.get("claim_id")
            found = (self.cite(a, fact_id) for a in item.get("article_ids") or [])
            refs.append({
                "text": name_articles(str(item.get("text", "")), self.names),
                "lead_in": self.lead_ins.get(str(fact_id), ""),  # a quotation's earlier words
                "status": _status(item.get("status")),
                "claim_id": str(fact_id or ""),
                "cites": [c for c in found if c is not None],
                "cut": fact_cut_note(self.facts[fact_index[fact_id]], self.names,
                                     self.stopped)
                if fact_id in fact_index else "",
                "rest": rest_note(item),  # the rest of a partly shared sentence
                "sources": sources_note(item),  # cited outlets that are one source
                "also": self.also_cites(item),
            })  # fmt: skip
        return refs

    def also_cites(self, item: Mapping[str, Any]) -> list[Citation]:
        """The other outlets of a shared line's fact. A summary line is one outlet's own
        sentence, cited only by the outlets that hold its details (compare/summary.py),
        so "shared — Washington Post" read as if nobody else said it; the fact's other
        outlets are named beside it, linked to their own sentences."""
        fact_id = item.get("claim_id")
        if _status(item.get("status")) != "shared" or fact_id not in self.fact_index:
            return []
        cited = set(item.get("article_ids") or [])
        others = [a for a in self.facts[self.fact_index[fact_id]].get("article_ids") or []
                  if a not in cited]  # fmt: skip
        found = (self.cite(a, fact_id) for a in dict.fromkeys(others))
        return [c for c in found if c is not None]
