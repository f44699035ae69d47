"""A list is never cut to one of its members (session 27, i12-fixes35).

"Leading scientists, including John Smith and Jane Doe, said …" gave the quote to
"Jane Doe" alone: the opening "Leading" (a participle the parse tags VBG) was read as a
participle clause, so the real subject was skipped, and the fallback took the last name
before the cue. Two guards: a participle that modifies a noun ("Leading scientists",
"Retired officers") opens no clause; and the fallback's name, when it is one member of
a list joined by "and"/"or" or given after "including", stands for no speaker alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["adjective_participle", "one_of_list"]

_INCLUDING = frozenset({"including", "like", "among"})


def adjective_participle(first: Token, verb: Token) -> bool:
    """ "Leading" in "Leading scientists … said": a participle that modifies the cue's
    own subject ("Citing statements made by …, Pelosi said" stays a clause)."""
    return first.dep_ == "amod" and first.head.pos_ in ("NOUN", "PROPN") and \
        first.head.i > first.i and first.head.dep_ == "nsubj" and \
        first.head.head.i == verb.i  # fmt: skip


def one_of_list(token: Token) -> bool:
    """Whether the name headed by ``token`` is one member of a list joined by "and"/"or"
    ("John Smith and Jane Doe") or an example given after "including". A conjunct the
    parse made without such a word ("in Washington, Marc H. Morial, the chief …") is none."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    listed = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.children)
    if listed and (first is not token or any(c.dep_ == "conj" for c in token.children)):
        return True
    return first.dep_ == "pobj" and first.head.dep_ == "prep" and \
        first.head.lower_ in _INCLUDING  # fmt: skip
