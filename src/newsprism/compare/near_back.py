"""An outlet's possibly-shared sentence of a fact: what withholds its omission (session 35).

A "possibly shared" fact is one outlet's sentence shown beside its nearest sentences of
the other outlets ("near"): the page tells the reader that this outlet may state what
those sentences say. Listing the same outlet, further down, as *leaving out* the fact
those near sentences belong to contradicts the page, and is often false: NeuS raw row
1, the Washington Examiner's "Powell was fully vaccinated and being cared for at Walter
Reed…", possibly shared with Politico's "Powell was fully vaccinated against Covid-19,
his family said…", was listed as leaving out the fact of that very sentence.

``compare.story.omissions`` already withholds a fact from an article that one of the
fact's *own* near rows names. The near rows are one-way (they hang on the one-outlet
fact, pointing at the other outlets' sentences), so the other direction is read here:
the claims that each article's possibly-shared facts point at. An article is not said to
leave out a fact one of whose sentences its own possibly-shared sentence is shown beside.
When in doubt the omission is not listed (precision first).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.compare.align import AlignedClaim

POSSIBLY_SHARED = "possibly_shared"


def pointed_at(facts: Sequence[AlignedClaim]) -> dict[str, set[str]]:
    """For each article, the claim ids its possibly-shared facts are shown beside (their
    near rows' ``claim_id``): the sentences the page says it may state."""
    result: dict[str, set[str]] = {}
    for fact in facts:
        if fact.status != POSSIBLY_SHARED:
            continue
        ids = {row["claim_id"] for row in fact.near if row.get("claim_id")}
        for article_id in fact.article_ids:
            result.setdefault(article_id, set()).update(ids)
    return result


def shown_beside(pointed: dict[str, set[str]], article_id: str, fact: AlignedClaim) -> bool:
    """Whether a possibly-shared sentence of ``article_id`` is shown beside one of
    ``fact``'s sentences (``pointed``: :func:`pointed_at` of the story's facts)."""
    near = pointed.get(article_id)
    return bool(near) and any(c.id in near for c in fact.claims)
