"""A speaker set off from its cue by a participle phrase, which the parse loses.

"At that March 2 event, …, Blumenthal, advocating for troops returning from war, clearly
says, “We have learned …”" (Fox, BASIL 85475456): the parser hangs "Blumenthal" on the
place before it as an apposition and makes "says" a parataxis with no subject, so the
quote had no speaker. English puts the subject before such a phrase: a person's name,
then a comma, a phrase that opens with a participle ("advocating", "speaking to
reporters", "asked about it") and a comma right before the verb (an adverb of the verb
may stand between), is the verb's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["subject_before_participle"]

MAX_PHRASE = 12  # tokens of the participle phrase between the two commas


def subject_before_participle(verb: Token) -> Token | None:
    """The person's name before ", <participle phrase>, [adverb] verb", or None."""
    doc, sent = verb.doc, verb.sent
    j = verb.i - 1
    while j > sent.start and doc[j].dep_ == "advmod" and doc[j].head.i == verb.i:
        j -= 1
    if j <= sent.start or doc[j].text != ",":
        return None
    k = j - 1
    while k > sent.start and j - k <= MAX_PHRASE and doc[k].text != ",":
        k -= 1
    if doc[k].text != "," or k + 1 >= j or doc[k + 1].tag_ not in ("VBG", "VBN"):
        return None
    name = doc[k - 1] if k > sent.start else None
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return name
