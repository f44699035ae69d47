"""A bare title in a story that names an earlier holder with "then-" joins no one (session 34).

Why: "supporters of then-President Donald Trump … certifying Joe Biden's election as U.S.
president": the story speaks of one office at two times. "then-President Trump" gives
Trump the office (he held it then), and a bare "U.S. president" later joined him as the
story's one holder, although it was said of Biden (fresh8 neus244; NeuS 475 likewise).
Reading "then-" as "former" (another office) was tried first and dropped: the bare title
then fell to the other person the story calls president, and where it meant the
"then-" holder that was a new wrong join (NeuS 59).

Decision (precision first): when any report writes "then-" (or "then ") right before a
title, a bare title of that office ("the president", "U.S. president") in the story
joins **no one**: which holder it means is the reader's to tell. The title right before
a name ("then-President Donald Trump", "President Biden") still gives that person the
office, and titles of other offices are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprism.extract.title_spans import role_article
from newsprism.extract.titles import RoleMention

__all__ = ["past_office", "then_offices"]

_THEN = re.compile(r"\bthen[\s-]+$", re.IGNORECASE)


def _office(role: RoleMention) -> str:
    return role.role.title if role.role else role.cls


def then_offices(texts: Mapping[str, str], roles: Sequence[RoleMention]) -> set[str]:
    """The offices some report writes with "then-" in front ("then-President X")."""
    found = set()
    for role in roles:
        text = texts.get(role_article(role) or "", "")
        start = role.title_start if role.title_start >= 0 else role.start
        if text and _THEN.search(text[max(0, start - 6):start]):
            found.add(_office(role))
    return found


def past_office(role: RoleMention, offices: set[str]) -> bool:
    """Whether a bare title names an office the story also gives a "then-" holder."""
    return role.person is None and _office(role) in offices
