"""A part of a law named by its number: "Title IX", "Section 1557", "Article 50",
"Chapter 11" (issue 12, session 33).

Why: "enforce Section 1557 and Title IX's prohibitions" (NeuS r451) was tagged "Title IX"
ORG and shown as an organisation row. A law's numbered part names no person, place or
group. Decision: drop it, as ``named_kinds.drop_laws_and_roles`` drops a named law — the
entity rows are people, places and groups, and there is no law row to move it to. Only a
part word followed by a Roman or Arabic numeral, and nothing else, is read: "Title Nine
Partners" or "Section Records Ltd" stay names.
"""

from __future__ import annotations

import re

from newsprism.models import Mention

PART_WORDS = ("Title", "Section", "Article", "Chapter")
_LAW_PART = re.compile(r"^(?:" + "|".join(PART_WORDS)
                       + r") (?:[IVXLC]+|\d+(?:\([a-z0-9]\))*[A-Za-z]?)$")


def law_part(name: str) -> bool:
    """Whether a name is a numbered part of a law ("Title IX", "Section 230", "Article
    5"), the part word capitalised and the number its only other word."""
    return _LAW_PART.match(name) is not None


def drop_law_parts(mentions_by_article: dict[str, list[Mention]]) -> None:
    """Drop, in every report, a mention that names a numbered part of a law."""
    for mentions in mentions_by_article.values():
        mentions[:] = [m for m in mentions if not law_part(m.text)]
