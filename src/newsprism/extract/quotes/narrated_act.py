"""A gerund of speaking in a phrase of the narrator's is no statement (session 29).

AP's "Nearly 8 months after declaring “war” on the coronavirus as he took office, Biden
announced …" (NeuS raw row 107) gave Biden a reported statement made of the time phrase
itself, cue included: the parse hangs "declaring" on "after" with "war" as its object,
and the content, starting inside the quotation, was widened to the sentence's start.
Over NeuS raw rows 0–505 a speech gerund under a preposition cued 17 quotes
(``scripts/gerund_cue_scan.py``). Those whose gerund reports a clause ("after saying he
was committed to …", "by saying fully vaccinated people should …") or has a subject of
its own ("with some members warning it would …", "with consensus forecasts predicting
…") state something; the five whose gerund, with no subject, takes only a noun phrase
("In announcing the deal on Wednesday, Mr. Biden said …", "for posting a video", "in
announcing his transfer") say that an act happened, the narrator's setting for the
sentence, not anything said in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["narrated_act"]

_SAID = ("ccomp", "xcomp", "csubj", "parataxis")  # a clause or infinitive: what was said
_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl")


def narrated_act(verb: Token) -> bool:
    """Whether ``verb`` is a gerund governed by a preposition ("after declaring",
    "in announcing", "for posting") with no subject of its own and a noun phrase, not a
    clause, as what it takes: the act as the narrator sets it, no statement."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.dep_ != "prep":
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & set(_SAID) or deps & set(_OWN_SUBJECT):
        return False
    return "dobj" in deps
