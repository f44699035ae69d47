""""He went on" set off as a cue: "Managers, he went on, “are informed …”".

"Go on" is no speech verb by itself ("went on to win", "went on television", "what went
on"), so it is not in the lexicon; but set off by itself between commas, before a colon,
or after a quotation ("“…,” she went on.") it says the speaker continued speaking, as
"he continued" does (gold/speakers-basil11, NYT 2058ec60). Session 32 counted "he/she
went on" 26 times over BASIL, PolNeAR and NeuS raw, most of them "went on to say / to
win", which this reading leaves alone: the verb must have its particle right after it,
"he", "she" or a name for its subject, no word of its own after it (no object, no "to …",
no "on television"), and punctuation right after the particle. It reads as "continue".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["went_on_cue"]

_AFTER = frozenset({",", ":", ".", "—", "–"})


def went_on_cue(token: Token) -> str | None:
    """"continue" when ``token`` is a parenthetical "went on" (module docstring)."""
    doc = token.doc
    if token.lemma_.lower() != "go" or token.i + 2 >= len(doc):
        return None
    particle, after = doc[token.i + 1], doc[token.i + 2]
    if particle.lower_ != "on" or particle.head != token or after.text not in _AFTER:
        return None
    if particle.dep_ not in ("prt", "advmod", "prep") or any(particle.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not (subjects[0].lower_ in ("he", "she") or
                                  subjects[0].pos_ == "PROPN"):  # fmt: skip
        return None  # "it went on", "the talks went on": an event, not a speaker
    # the quoted words the parse hung on the verb: "he went on, “…”"
    mark = next((t.i for t in doc[token.i + 2 : token.i + 4] if t.is_quote), len(doc))
    if any(token.i + 1 < c.i < mark and c.dep_ != "punct" for c in token.rights):
        return None  # "went on to win", "went on television and said", "went on there"
    return "continue"
