"""A phrase that says why someone acts is no part of who they are (issue 12, session 39).

"This letter from a little girl in support of her gay teacher …" (gold/speakers-fresh38,
FNC-1 body 2074): the parse hangs "in support of her gay teacher" on "girl", and the
speaker was shown as "a little girl in support of her gay teacher". The phrase tells
why she wrote, not who she is; a reader names her "a little girl". So a speaker phrase
ends before a preposition "in" whose object is a noun of purpose or stance ("in support
of", "in favour of", "in response to", "in solidarity with", "in protest", "in defence
of", "in memory of", "in honour of"). "A spokesman for the company", "a lawyer in the
case", "residents in the town" keep their phrase: they say who the person is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_act_phrase"]

_PURPOSE = frozenset({
    "support", "favour", "favor", "response", "reply", "answer", "solidarity", "protest",
    "defence", "defense", "memory", "honour", "honor", "opposition", "tribute",
})  # fmt: skip


def is_act_phrase(child: Token) -> bool:
    """``child`` is an "in support of …" phrase hung on a speaker noun (see above)."""
    if child.dep_ != "prep" or child.lower_ != "in":
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _PURPOSE and
               not any(d.dep_ == "det" for d in o.children)
               for o in child.children)  # fmt: skip
