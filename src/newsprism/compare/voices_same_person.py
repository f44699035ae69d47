"""One person under two forms of the name: "Frank McKenzie" and "Kenneth F. McKenzie Jr.".

CNN's "Gen. Frank McKenzie, the commander of US Central Command" and Fox's "Marine
Corps Gen. Kenneth F. McKenzie Jr." (NeuS raw row 135, session 31) are one general, who
goes by his middle name; the entity linker kept two entities, and ``voices_heard``
showed each "heard only" in its outlet: two claims, both false. Whether two such names
are one person the words cannot prove, but they can tell that they may be: the same
surname (a generational suffix aside), and a given name of one that the other's given
names hold, whole or as its initial ("F." of "Frank"). Two full given names that differ
("John Smith", "Jane Smith") are two people. Each name must open on a given name
(``data/given_names.toml``) or an initial, so that a body's name ("Virginia Supreme
Court", "Supreme Court") is not read as a person's. As the rest of
:mod:`.labels_voices`, this only withholds an "only".
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.extract.mention_rules import given_names

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PART = re.compile(r"[A-Za-z][A-Za-z'’-]*\.?")


@lru_cache(maxsize=4096)
def _parts(name: str) -> tuple[tuple[str, ...], str] | None:
    """(given names without their stops, surname) of a capitalised personal name of two
    parts or more; None otherwise. Cached: ``voices_heard`` asks it of every pair of a
    story's voices (47,500 times for about 150 names at 50 articles, session 32)."""
    parts = [p.rstrip(".") for p in _PART.findall(name)]
    parts = [p for p in parts if p.lower() not in SUFFIXES]
    if len(parts) < 2 or any(not p[:1].isupper() for p in parts):
        return None
    if len(parts[0]) > 1 and parts[0].lower() not in given_names():
        return None  # a body's name, or a given name the list lacks
    return tuple(parts[:-1]), parts[-1]


def _given_match(a: str, b: str) -> bool:
    """The same given name, or an initial of the other's ("F" and "Frank")."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def may_be_one_person(first: str, second: str) -> bool:
    """Two different written names with one surname whose given names agree somewhere
    (module docstring)."""
    one, two = _parts(first), _parts(second)
    if one is None or two is None or first == second or one[1] != two[1]:
        return False
    return any(_given_match(a, b) for a in one[0] for b in two[0])
