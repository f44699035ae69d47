"""Court cases' names and possessive-led "people": tagged spans that name no entity
(session 39, gold/entities-fresh9).

- A case's name, "Mahanoy Area School District v. B.L." (AP, NeuS raw row 485) or
  "Sanchez v. Mayorkas" (row 369), is tagged as one organisation. A case is no entity,
  as a law is not (gold/entities-fresh's README); the row shows a name no body has. The
  parties may be entities of their own, but a span holding both is neither.
- The tagger opens a "person" on the possessive of the word before it: "the House
  Minority Leader’s GOP picks" gives "’s GOP" (row 229), "a freshman’s Snapchat
  F-bombs" "’s Snapchat F-bombs" (485), "the Speaker’s Lobby" "’s Lobby" (154), "his home
  state’s Gazette-Mail" "’s Gazette-Mail" (371); the row reads "s GOP". The words after
  a possessive are the owned thing, a person only when they are a full name ("the
  company’s Tim Cook"), so the span is dropped unless two or more capitalised proper
  nouns, nothing else, follow the possessive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "X v. Y", "X vs. Y": a capitalised word on each side of the versus
_VERSUS = re.compile(r"\b\w[\w.’']*\s+vs?\.\s+[A-Z]")


def case_name(name: str) -> bool:
    """The name is a court case's: "Roe v. Wade", "Sanchez v. Mayorkas"."""
    return _VERSUS.search(name) is not None


def opening_possessive(tokens: Sequence[object]) -> int:
    """How many leading tokens of a span are a possessive ("’s" of "’s GOP")."""
    n = 0
    while n < len(tokens) and tokens[n].tag_ == "POS":  # type: ignore[attr-defined]
        n += 1
    return n


def owned_not_person(tokens: Sequence[object]) -> bool:
    """A PERSON span opening on a possessive whose other words are no full name: one
    word ("’s GOP"), a hyphen ("’s Gazette-Mail") or a common noun ("’s Snapchat
    F-bombs")."""
    start = opening_possessive(tokens)
    if start == 0:
        return False
    rest = tokens[start:]
    return len(rest) < 2 or not all(
        t.tag_ == "NNP" and t.text[:1].isupper() for t in rest)  # type: ignore[attr-defined]
