"""Outlets cited together as one account: "according to CNN and Politico".

"Biden asked for $1 trillion …, according to CNN and Politico." (Washington Examiner,
NeuS r377, read in session 30): the quote's speaker was "CNN", Politico dropped, so the
reader was told one outlet said what two did. People or bodies named together as a
clause's subject already speak as their list ("Hamas and Egypt said", :func:`~newsprism.
extract.quotes.phrases.names_joined`); the object of "according to" is the same list in
another place, and it speaks the same way: "CNN and Politico", as one speaker string.

Only bare proper names joined by "and" count (as for a subject): "according to the
Times and the Post" keeps its first name, and "according to officials and Politico" or
"according to CNN or Politico" is no joint account.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsprism.extract.quotes.phrases import bare_names

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["according_object", "joint_account"]


def according_object(token: Token) -> bool:
    """Whether ``token`` is the object of "according to" ("… according to CNN")."""
    to = token.head
    return token.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def joint_account(head: Token, items: Sequence[Token]) -> bool:
    """Whether ``items`` (``head`` and its conjuncts) are names cited together after
    "according to": the head a proper name with no article, the rest bare names."""
    if len(items) < 2 or not according_object(head) or head.pos_ != "PROPN":
        return False
    if any(c.dep_ == "det" for c in head.children):
        return False
    return bare_names(items[1:])
