"""The organisation a speaker's description names ("a Pentagon official": the Pentagon).

Split from :mod:`.speakers` (session 27, module size); used by its description step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsprism.extract.quotes.subjects import ORG_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["org_in"]


def org_in(ents: Sequence[Span], clean_name: Callable[[Span], tuple[int, int, str]],
           tokens: list[Token], head: Token) -> tuple[str, int, int] | None:
    """The organisation named in a description's tokens: the one whose name holds the
    head, else one whose name modifies the head; (name, start, end) or None."""
    ids = {t.i for t in tokens}
    best = None
    for ent in ents:
        if ent.label_ in ORG_LABELS and ent.start in ids:
            s, e, text = clean_name(ent)
            if ent.start <= head.i < ent.end:
                return text, s, e
            # a name that modifies the head ("a Pentagon official"), not one inside
            # its complement ("observers in Arizona")
            root = _root_past_article(ent)
            if best is None and root.dep_ in ("compound", "poss", "nmod") and \
                    root.head.i == head.i:  # fmt: skip
                best = (text, s, e)
    return best


def _root_past_article(ent: Span) -> Token:
    """The name's root, a leading "the" left out: in "the Wall Street Journal editorial
    board" the parse hangs "the" on "board", so "the" is the span's root and the name
    ("Journal", ``nmod`` of "board") was not seen to modify the head (Politico,
    gold/speakers-fresh36: the board stayed unresolved)."""
    if len(ent) > 1 and ent[0].dep_ == "det" and ent[0].head.i >= ent.end:
        return ent[1:].root
    return ent.root
