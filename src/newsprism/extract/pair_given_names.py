"""A given name that shares the surname after it: "Bill and Melinda Gates" names Bill
Gates and Melinda Gates (issue 12, session 35).

Why: "Bill and Melinda Gates appear to be divorcing" (NeuS row 467) gave a PERSON row
"Bill": a first name alone, which joins no one and names no one a reader can look up.
Session 34 mended the foundation named after the couple (``given_pair_bodies``) and
kept "the Gates" off either person (``shared_surnames``); this is the couple itself.

Decision: a PERSON mention that is one given name (``data/given_names.toml``), followed
by "and" (or "&") and a given name and a surname that is no given name, with no
capitalised word after the surname, is read as that given name with the surname
("Bill" → "Bill Gates"); its span stays the word the article writes. A first word the
story writes as someone's surname ("Warren and Bernie Sanders" beside "Elizabeth
Warren", "Paul and John Kasich" beside "Rand Paul") or as the given name of someone of
another surname ("Hillary and Tim Kaine" beside "Hillary Clinton") is that person and
stays as it is, as does a name before a body ("Bill and
Melinda Gates Foundation" is read by ``given_pair_bodies``; "Tom and Jerry Show"), and
a first word that is no given name ("Biden and Jill Biden").
"""

from __future__ import annotations

import re

from newsprism.extract.mention_rules import given_names
from newsprism.models import Mention

_AFTER = re.compile(r"^ (?:and|&) ([A-Z][a-z]+) ((?:Mc|Mac|O’|O')?[A-Z][a-z]+)\b(?! [A-Z])")


def give_pair_surnames(mentions_by_article: dict[str, list[Mention]],
                       texts: dict[str, str]) -> None:
    """Write the shared surname onto the first given name of each pair (module docstring)."""
    names = given_names()
    full = [m.text.split() for ms in mentions_by_article.values() for m in ms
            if m.label == "PERSON" and " " in m.text.strip()]
    for aid, mentions in mentions_by_article.items():
        text = texts.get(aid, "")
        for i, m in enumerate(mentions):
            if (m.label != "PERSON" or m.text != text[m.start:m.end] or " " in m.text
                    or m.text.lower() not in names):
                continue
            after = _AFTER.match(text[m.end:m.end + 60])
            if (after and after.group(1).lower() in names and after.group(2).lower() not in names
                    and not _someone_else(m.text, after.group(2), full)):
                mentions[i] = Mention(aid, m.sentence_index, f"{m.text} {after.group(2)}",
                                      "PERSON", m.start, m.end)


def _someone_else(word: str, surname: str, full: list[list[str]]) -> bool:
    """The story writes ``word`` as another person's surname ("Rand Paul" for "Paul and
    John Kasich") or as the given name of someone of another surname ("Hillary Clinton"
    for "Hillary and Tim Kaine"): the word is that person, not the pair's first half."""
    return any(w[-1] == word or (w[0] == word and w[-1] != surname) for w in full)
