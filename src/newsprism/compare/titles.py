"""A person's title in apposition after the name: "Raide Jadallah, the assistant chief of
operations for Miami-Dade Fire Rescue," / "Ray Jadallah, chief of operations at
Miami-Dade Fire Rescue".

Why: two outlets that give one person the same office, once with a rank below it
("assistant", "deputy", "acting", "interim", "associate", "vice") and once plain, cannot
both be right: the assistant chief of operations is not the chief. A past title
("former", "ex-") is read but never clashes: one story can hold reports written before
and after a person left an office, and "former" is often written where "then-" is
meant, so a false conflict would cost more than the missed one (decision, session 14).
Only the **same office** is compared: the title without those words (its core, "chief
of operations") must be the same, and when both name the body ("for / at / of
Miami-Dade Fire Rescue") it must be the same body. Two different offices ("chief of
staff" / "spokesman") are no clash: a person holds several.

Read by pattern from the text right after a person's mention: a comma, an optional
article, the title words ending in an office noun of :data:`_HEADS` with an optional
lower-case "of X", then a comma, full stop, bracket, dash or a preposition naming the
body. "then-" titles state the office at the time told and are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RANKS = frozenset({"assistant", "deputy", "acting", "interim", "associate", "vice"})
PAST = frozenset({"former", "ex"})
_HEADS = ("chief|director|chairman|chairwoman|chair|president|secretary|commissioner|"
          "manager|administrator|superintendent|editor|spokesman|spokeswoman|spokesperson|"
          "counsel|minister|leader|coordinator|adviser|advisor|treasurer|prosecutor|"
          "sheriff|mayor|governor|ambassador|whip|speaker|officer|attorney|principal|"
          "dean|captain|commander|inspector|supervisor|executive")  # fmt: skip
# the same heads as a set, for reading a role's initials ("IG": inspector general;
# extract/named_kinds.py)
ROLE_HEADS = frozenset(_HEADS.split("|"))
# a company's offices by their initials ("the CEO of X", session 30): titles, but no
# role heads (a role's initials are read from ROLE_HEADS' words)
_INITIALS_HEADS = "ceo|cfo|coo"
# a word of a body's name, on one line: "Miami-Dade", "U.S.", "Fire"; a full stop ends it
_ORG_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w&'’-]*)"
_TITLE = re.compile(
    r"^ *, *(?:(?i:the|a|an) +)?"
    r"(?P<title>(?:[A-Za-z][\w-]* +){0,3}?(?i:ex-)?(?i:" + _HEADS + "|" + _INITIALS_HEADS + r")"
    r"(?: +of +(?!(?:the|for|at|with|in|to|and)\b)[a-z]+)?)"
    r"(?=\s*[,.;)—–]|\s+-\s| +(?:for|at|of|with|in) +(?P<org>(?:the )?" + _ORG_WORD
    + r"(?: (?:" + _ORG_WORD + r"|of|and))*))"
)
_ARTICLES = frozenset({"the", "a", "an"})
_FUNCTION = frozenset("who which that was is has had been be and or said says his her their "
                      "its also now still once not as".split())  # fmt: skip
_REACH = 120


@dataclass(frozen=True)
class Title:
    """One title as written, with its modifiers, its core office and the body named."""

    core: str  # "chief of operations"
    mods: frozenset[str]  # {"assistant"}; empty for the plain office
    body: str  # "miami-dade fire rescue"; "" when not named
    text: str  # as written: "the assistant chief of operations"


def title_after(text: str, end: int) -> Title | None:
    """The title in apposition right after a name ending at ``end``, or None."""
    match = _TITLE.match(text[end : end + _REACH])
    if match is None:
        return None
    mods: set[str] = set()
    core: list[str] = []
    for word in match.group("title").lower().split():
        if word.startswith("then-") or word == "then":
            return None  # the office at the time told
        if word.startswith("ex-"):
            mods.add("ex")
            word = word[3:]
        if word in _FUNCTION:
            return None  # "Jones, who was president": a clause, not an apposition
        if word in RANKS | PAST:
            mods.add(word)
        elif word not in _ARTICLES:
            core.append(word)
    body = re.sub(r"^the\s+", "", (match.group("org") or "").lower()).strip(" .,")
    written = text[end : end + match.end("title")].lstrip(" ,")
    return Title(" ".join(core), frozenset(mods), body, written)


def titles_clash(a: Title, b: Title) -> bool:
    """Two titles of one person that cannot both hold: the same office, once plain and
    once ranked below it (never a past title), of the same body when both name one."""
    if a.core != b.core or a.mods == b.mods:
        return False
    if (a.mods | b.mods) & PAST:
        return False  # a past title: the office may have changed between the reports
    if a.mods and b.mods:
        return False  # "deputy" / "acting deputy": left alone
    return not (a.body and b.body and a.body != b.body)
