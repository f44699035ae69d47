"""The particle of a phrasal speech verb, where the parse reads it as an adverb.

"Ryan shot back: “…”", "“…,” Trump shot back.", "Rubio fired back: “…”": the parser
tags "back" an adverb (``advmod``), not a particle (``prt``), so the lexicon's "shoot
back" was never found, and neither was the quote (session 32 counted "shot back" /
"fired back" 22 times over BASIL, PolNeAR and NeuS raw). The adverb is taken as the
particle only when it is the very next word and a child of the verb: "spending shot
back up" hangs "back" on "up", and "shot him back" puts a word between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["particle_base"]


def particle_base(token: Token, particles: dict[str, str]) -> str | None:
    """The phrasal verb ``token`` forms with its particle (``particles``: particle ->
    base, the lexicon's entries for this word), or None."""
    for child in token.children:
        if child.lower_ not in particles:
            continue
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1):
            return particles[child.lower_]
    return None
