"""A name written as the first half of an "X-era" / "X-style" compound: a modifier, no
mention of the person, place or group (issue 12, session 33).

Why: "reversing a Trump-era rule" (NeuS r451, three reports) was tagged "Trump" ORG and
shown as an organisation row; the name there dates or likens something else ("a
Soviet-style purge", "a Kennedy-esque speech") and says nothing of who acted. The
compound's second half is read from the text right after the mention: a hyphen (or an
en dash) and one of a few words of time or likeness, then no more letters. Other
compounds name an actor and stay ("Iran-backed militias", "Texas-based firm").
"""

from __future__ import annotations

import re

from newsprism.models import Mention

# the second halves that make the name a modifier: a period ("-era") or a likeness
MODIFIER_HALVES = ("era", "style", "esque", "like", "type")
_HALF_AFTER = re.compile(r"^[-\u2013](?:" + "|".join(MODIFIER_HALVES) + r")(?![\w-])",
                         re.IGNORECASE)


def modifier_compound(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the first half of an "X-era" / "X-style"
    compound ("a Trump-era rule"; not "Trump-backed", not "the era of Trump")."""
    return _HALF_AFTER.match(text[end : end + 8]) is not None


def drop_era_compounds(mentions_by_article: dict[str, list[Mention]],
                       texts: dict[str, str]) -> None:
    """Drop every mention that is the first half of a modifier compound: the name is
    not mentioned as a party to the story there, whatever the tagger called it."""
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        mentions[:] = [m for m in mentions if not modifier_compound(text, m.end)]
