""""according to" right after a verb, of a thing, is a manner, not a source.

"The base also effectively serves as a cap on benefits because they are calculated
according to a worker's contributions over his or her lifetime." (HuffPost, BASIL
576116e5): the benefits are calculated in accordance with the contributions; nobody is
cited. Read as a source, the sentence became a quote whose speaker was "a worker's
contributions over John Rother's or her lifetime" (the pronoun step even rewrote "his"),
a name shown to a reader for words nobody said (gold/speakers-basil4, an unscored span).

"according to" is a manner when it hangs on the verb right before it ("calculated
according to", "vary according to age", "went according to plan") and what follows
names no possible source: no entity, no pronoun, and a head noun that is none of the
lexicon's sources (documents, papers, data, recordings, people, bodies, roles,
channels, offices). "grew 3 percent according to the report", "died, according to
police", "according to Smith" stay sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.lexicon import SpeechLexicon

__all__ = ["manner_according"]


def manner_according(according: Token, pobj: Token, lex: SpeechLexicon) -> bool:
    """True when ``according`` (its "to" object ``pobj``) reads "in accordance with"."""
    if according.i == 0:
        return False
    verb = according.doc[according.i - 1]
    if verb.i != according.head.i or not verb.tag_.startswith("VB"):
        return False  # "rose 3 percent, according to …": set off, or not on a verb
    if pobj.ent_type_ or pobj.pos_ in ("PRON", "PROPN"):
        return False
    lemma = pobj.lemma_.lower()
    sources = (lex.documents | lex.papers | lex.data | lex.recordings | lex.people |
               lex.bodies | lex.individuals | lex.channels | lex.offices | lex.proxies)
    return lemma not in sources and pobj.lower_ not in sources and lemma not in lex.roles
