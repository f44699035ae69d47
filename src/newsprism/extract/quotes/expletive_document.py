"""A passive cue with an empty "it" says its words in the document it names (issue 12,
session 39).

"In a statement released by Mars' new publicist, Jacqueline Pryor, it has been
announced that Kershov was fired …" (gold/speakers-fresh38, FNC-1 body 207): the cue's
subject is the "it" of a passive, which stands for nothing, and the words stayed
unresolved. The one who announced is the document the clause opens with, and through it
whoever released it. So when a passive verb of speech has "it" as its subject and an
"in" phrase whose object is a document noun ("In a statement …", "in a letter …"), that
document is read as the speaker phrase; the document rules then give it its owner,
signer or maker, or show it as described. An active "it" ("In its report, it said")
is a pronoun and is left to the pronoun rules.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["expletive_document"]


def expletive_document(verb: Token, documents: Collection[str]) -> Token | None:
    """The document noun that speaks for a passive cue whose subject is an empty "it",
    or None (see the module docstring)."""
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() in documents:
                return obj
    return None
