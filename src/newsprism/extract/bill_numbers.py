"""A bill named by its chamber's number: "H.R. 4", "H. Res. 601", "S. Con. Res. 14",
"S. 1", "HR 1" (issue 12, session 34).

Why: "The House passed on H. Res. 601, … S. Con. Res. 14, the budget resolution"
(gold/entities-fresh8, neus150, Breitbart) was tagged "H. Res" and "S. Con" PERSON and
shown as two people. A bill's number names no person, place or group. Decision: drop
every mention that lies inside such a number, as ``law_parts`` drops "Title IX" and
``named_kinds.drop_laws_and_roles`` a named law — there is no law row to move it to.
Only the chamber's letters (H, S, H.R., HR), the optional joint / concurrent / resolution
words with their stops, and a number right after are read: "H. Smith", "S. Africa", "the
U.S. 1-0 win" and "Res Publica" stay.
"""

from __future__ import annotations

import re

from newsprism.models import Mention

# "H.R. 4", "HR 1", "H. Res. 601", "H.J.Res. 7", "S. Con. Res. 14", "S. 1"
_BILL = re.compile(r"(?<![\w.])(?:H\.\s?R\.|HR|[HS]\.(?:\s?(?:J|Con|Conc)\.)?(?:\s?Res\.)?)"
                   r"\s?\d+\b")


def bill_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a bill's number, "H.R. 4" and the like."""
    return [m.span() for m in _BILL.finditer(text)]


def drop_bill_numbers(mentions_by_article: dict[str, list[Mention]],
                      texts: dict[str, str]) -> None:
    """Drop, in every report, a mention that lies inside a bill's number."""
    for aid, mentions in mentions_by_article.items():
        spans = bill_spans(texts.get(aid, ""))
        if spans:
            mentions[:] = [m for m in mentions
                           if not any(s <= m.start and m.end <= e for s, e in spans)]
