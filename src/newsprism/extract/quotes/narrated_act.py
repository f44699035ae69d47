"""A gerund of speaking in a phrase of the narrator's is no statement (session 29).

AP's "Nearly 8 months after declaring “war” on the coronavirus as he took office, Biden
announced …" (NeuS raw row 107) gave Biden a reported statement made of the time phrase
itself, cue included: the parse hangs "declaring" on "after" with "war" as its object,
and the content, starting inside the quotation, was widened to the sentence's start.
Over NeuS raw rows 0–505 a speech gerund under a preposition cued 17 quotes
(``scripts/gerund_cue_scan.py``). Those whose gerund reports a clause ("after saying he
was committed to …", "by saying fully vaccinated people should …") or has a subject of
its own ("with some members warning it would …", "with consensus forecasts predicting
…") state something, and so does a noun phrase holding a clause ("by recounting a time
when Mr. Romney gave money …", BASIL 2012); a gerund with no subject that takes only a
plain noun phrase after a preposition of time or occasion ("In announcing the deal on
Wednesday, Mr. Biden said …", "in announcing his transfer") says that an act happened,
the narrator's setting for the sentence, not anything said in it. "by emphasizing
economic fairness" (PolNeAR dev) says what was said: "by", "for", "on" are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["narrated_act"]

_SAID = ("ccomp", "xcomp", "csubj", "parataxis")  # a clause or infinitive: what was said
_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl")
# Prepositions that set a time or an occasion ("after declaring", "in announcing"). Not
# "by", "for", "against", "on": "started off by emphasizing economic fairness" (PolNeAR
# dev) tells what she said, "focused on repeating the theme" what they did.
_SETTING = frozenset({"after", "before", "since", "upon", "in", "while", "until", "following"})


def narrated_act(verb: Token) -> bool:
    """Whether ``verb`` is a gerund governed by a preposition of time or occasion
    ("after declaring", "in announcing") with no subject of its own and a noun phrase,
    not a clause, as what it takes: the act as the narrator sets it, no statement."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.dep_ != "prep" \
            or verb.head.lower_ not in _SETTING:  # fmt: skip
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & set(_SAID) or deps & set(_OWN_SUBJECT):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "in recounting a time when Mr. Romney gave money …" (BASIL 2012's "by recounting",
    # in another setting): a clause inside the object tells what was said
    return bool(objects) and not any(t.pos_ in ("VERB", "AUX") for o in objects
                                     for t in o.subtree)  # fmt: skip
