"""A speaker's name in the possessive, as the loaded-words cells print it.

Session 28's reading (docs/eval-compare.md, "Read as a user, session 28", r365) saw
"disincentive (Republicans's)": a plural's possessive takes the apostrophe alone
("Republicans'", "Democrats'", "experts'"). A name ending in one "s" reads the same way
("Chris Coons'", as the truncation notes write "Fox News'"); one ending in "ss" or any
other letter takes "'s" ("Congress's", "Nick Bunker's").
"""

from __future__ import annotations

__all__ = ["possessive"]


def possessive(name: str) -> str:
    """``name`` with its possessive ending; "" for no name."""
    name = name.rstrip()
    if not name:
        return ""
    if name.endswith("s") and not name.endswith("ss"):
        return f"{name}'"
    return f"{name}'s"
