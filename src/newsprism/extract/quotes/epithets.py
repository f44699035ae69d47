""""The commander in chief": the president, named before, not a general.

"President Joe Biden rejected the notion … Still, the commander in chief, during a
forceful explanation of his pullout plan, conceded it is “highly unlikely” the Afghan
government retains “unified” control" (Washington Examiner, NeuS raw row 274,
gold/speakers-neus5): the role step read the head noun "commander" alone, whose group
in data/roles.toml is "general", found no general named before, and left the words
with no speaker (2 of the gold's wrong). The phrase "commander in chief", bare or
owned by no one ("the commander in chief", not "Ukraine's commander in chief", a
general), is the president's epithet in US news: it takes the "president" group, so the
last person introduced as president speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["epithet_groups"]


def epithet_groups(head: Token, roles: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The "president" role groups when ``head`` is "commander" of a bare "the commander
    in chief"; None otherwise."""
    if head.lower_ != "commander" or "president" not in roles:
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in head.children):
        return None  # "Ukraine's commander in chief", "the Israeli commander in chief"
    doc = head.doc
    after = [t.lower_ for t in doc[head.i + 1 : head.i + 4] if t.text != "-"]
    return roles["president"] if after[:2] == ["in", "chief"] else None
