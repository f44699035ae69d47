"""A government named for its head is the head's, as a count's owner (session 37).

"The administration is supplementing its proposal with 23 executive actions"
(HuffPost) and "lay out 19 separate actions the president could take" (NYT, owner
Obama) count one plan's actions (gold/conflicts-basil 526cabb7); the number rule
compared counts of one owner only, and "administration" was an owner of its own. Read
as the president's when nothing else could be meant: "the Obama administration" is the
named person's; a bare "the administration" is the article's main person only when the
article titles that person "President". Counts only: an act or a status of "the
administration" (a spokesman's, an agency's) is left as it was.

Session 39: "the White House" is the president's the same way (an article titling its main
person "President"; the White House is no governor's nor a foreign head's office), and a
bare "the administration" is also a governor's or a mayor's ("Governor", "Gov.",
"Mayor"). A title after "Vice", "former", "Lt." or "Lieutenant" is no head of the
government ("Vice President Dale Moss" is no administration's head), and for the White
House neither is one after a nationality or a country ("French President …").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_GOVERNMENT = frozenset({"administration"})
_HEADS = r"President|Governor|Gov\.|Mayor"
# words before a title that make it no head of the government, or another one
_NOT_HEAD = frozenset("vice former lt. lieutenant deputy acting".split())  # "ex-": no match
_US = frozenset({"u.s.", "us", "american", "states"})  # "United States President"
# a title (any case) and the capitalised words after it: "President Barack Obama"
_TITLED = r"(\S+\s+)?(?<![\w-])(?i:{titles})\s+((?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w'’-]*)"


def titled_head(text: str, person: str | None, titles: str = _HEADS,
                foreign: bool = True) -> bool:  # fmt: skip
    """Whether ``text`` titles ``person`` (a name key), and no one else, as a head of
    government: one of ``titles`` before a name (up to two given names between), not
    after "Vice", "former", "Lt." …; with ``foreign`` False, a title after another word
    in capitals than "U.S." ("French President …") is left out. Two people so titled
    ("President Biden will meet President Vladimir V. Putin of Russia") leave the head
    unknown."""
    if not person:
        return False
    heads = []
    for m in re.finditer(_TITLED.format(titles=titles), text):
        before = (m[1] or "").strip().lower()
        if before in _NOT_HEAD or (not foreign and (m[1] or "")[:1].isupper()
                                   and before not in _US):  # fmt: skip
            continue
        heads.append(person in re.findall(r"[\w'’-]+", m[2].lower()))
    return bool(heads) and all(heads)


def head_of_government(entity: Callable[[Any], str | None], main_person: str | None,
                       text: str) -> Callable[[Any], str | None]:  # fmt: skip
    """``entity``, but an "administration" token is its head's key when one is named, and
    "the White House" the president's.

    Args:
        entity: who a token names (``frame_subjects._entity`` bound to the claim).
        main_person: the key of the person the article names most (or None).
        text: the article's text, where the main person's title is looked for.
    """

    def read(token: Any) -> str | None:
        if _white_house(token):
            # searched only when a White House is read, not for every claim's frames
            return main_person if titled_head(text, main_person, "President", False) else (
                entity(token))
        if token.lemma_.lower() not in _GOVERNMENT or token.pos_ != "NOUN":
            return entity(token)
        named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named:
            return entity(named[-1])  # "the Obama administration"
        if any(c.lower_ == "the" for c in token.children) and titled_head(text, main_person):
            return main_person
        return entity(token)

    return read


def _white_house(token: Any) -> bool:
    """Whether a token is "House" of "the White House"."""
    return token.lower_ == "house" and any(
        c.lower_ == "white" and c.dep_ == "compound" for c in token.children)
