"""A body named after two people who share a surname, "the Bill and Melinda Gates
Foundation", tagged by its second half only (issue 12, session 34).

Why: "the $50 billion Bill and Melinda Gates Foundation" (gold/entities-fresh8, neus467,
Vox) was tagged "Bill" PERSON and "Melinda Gates Foundation" ORG: a row under a name no
one writes and a stray first name. Foundations, prizes, schools and centres named after
a couple or two siblings are written this way ("the Laura and John Arnold Foundation").

Decision: an ORG mention of three words or more that opens on a given name and follows
"<given name> and " (both names in ``data/given_names.toml``) takes the first given name
and "and" in; a mention inside them (the stray "Bill") goes. ``body_heads``'s
back-extension needs a "the" right before the words and a body's head word; this one
needs neither, because the two given names before one surname already say the words are
one name. "Ruth and Oscar Lindqvist Farms" is one name too; "Paris and Orion Capital"
(Paris no given name here) or "Jim and Ford Motor" (Ford no given name) stay apart.
"""

from __future__ import annotations

import re

from newsprism.extract.mention_rules import given_names
from newsprism.models import Mention

_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:and|&) $")


def join_given_pairs(mentions_by_article: dict[str, list[Mention]],
                     texts: dict[str, str]) -> None:
    """Extend each such ORG mention back over "<given name> and " (module docstring)."""
    names = given_names()
    for aid, mentions in mentions_by_article.items():
        text = texts.get(aid, "")
        for m in [m for m in mentions if m.label == "ORG" and len(m.text.split()) >= 3]:
            before = _BEFORE.search(text[max(0, m.start - 40):m.start])
            if not (before and before.group(1).lower() in names
                    and m.text.split()[0].lower() in names):
                continue
            start = m.start - (len(before.group(0)))
            mentions[:] = [x for x in mentions if not (start <= x.start < m.start)]
            mentions[mentions.index(m)] = Mention(aid, m.sentence_index, text[start:m.end],
                                                  "ORG", start, m.end)
