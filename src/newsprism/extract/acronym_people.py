"""An acronym is no one's surname: "UN" is not Kim Jong Un.

Entity linking joins a one-word mention to the person whose surname it folds to, and
retypes it PERSON when the model had tagged it an organisation or a place ("Pelosi"
read as an event). Folding drops case, so BBC's "a breach of UN resolutions" (ORG)
became "un", the last word of "Kim Jong Un", and the entity table said BBC names Kim,
which it never does (docs/eval-compare.md, "Session 23").

The rule: a word of two to five capital letters (stops allowed: "UN", "U.N.", "NATO",
"JCS") joins a person by surname only when one of that person's full names writes its
last word the same way, in capitals ("KIM JONG UN" in an all-capitals text). A person's
initials written as such ("JFK", "AOC") never reach this path, since initials are not a
surname; they are left as they are (no row joins them to the person), a decision kept
because such initials are rare in news text and a wrong join costs more than a missing
one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["is_acronym", "surname_written_as"]

_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,5}")


def is_acronym(text: str) -> bool:
    """Two to five capital letters, each optionally followed by a stop ("UN", "U.N.")."""
    return bool(_ACRONYM.fullmatch(text.strip()))


def surname_written_as(text: str, full_names: Iterable[str]) -> bool:
    """Whether a one-word mention may join a person by surname: always, unless it is an
    acronym that none of the person's full names ends with, written the same way."""
    if not is_acronym(text):
        return True
    word = text.strip()
    return any(name.split()[-1:] == [word] for name in full_names)
