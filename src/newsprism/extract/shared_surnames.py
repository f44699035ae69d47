"""One surname, two people: "Bill and Melinda Gates", "Barack and Michelle Obama"
(issue 12, session 34).

Why: "Bill and Melinda Gates … make fun of the Gates" (gold/entities-fresh8, neus467)
gave a row "Melinda Gates" holding "Gates": the surname alone was joined to the one
full name the story writes with it, though the story names two people of that surname
and "the Gates" are both of them. A wrong merge, which costs more than a missed one.

Decision: when a report writes two given names joined by "and" before one surname (both
in ``data/given_names.toml``), that surname alone joins **no** person of the story: it
stays a row of its own (the couple, the family). The full names are untouched. A
surname written once with one given name ("Melinda Gates and her foundation"), after a
word that is no given name ("Bell and Melinda Gates"), or after a word the story writes
as a surname ("Warren and Bernie Sanders" beside "Elizabeth Warren") reads as before.
"""

from __future__ import annotations

import re

from newsprism.extract.mention_rules import given_names
from newsprism.models import Mention

_PAIR = re.compile(r"\b([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+) ((?:Mc|Mac|O’|O')?[A-Z][a-z]+)\b")


def shared_surnames(texts: dict[str, str],
                    mentions_by_article: dict[str, list[Mention]]) -> frozenset[str]:
    """The surnames (lower case) the story writes after two given names joined by "and".
    A first word the story writes as someone's surname ("Warren and Bernie Sanders" beside
    "Elizabeth Warren") is that person, not a given name."""
    names = given_names()
    surnames = {m.text.split()[-1] for ms in mentions_by_article.values() for m in ms
                if m.label == "PERSON" and " " in m.text.strip()}
    return frozenset(m.group(3).lower() for text in texts.values() for m in _PAIR.finditer(text)
                     if m.group(1).lower() in names and m.group(2).lower() in names
                     and m.group(3).lower() not in names
                     and m.group(1) not in surnames)  # fmt: skip
