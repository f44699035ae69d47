"""An attribution verb that gives or withholds a thing is no attribution: "denied him the right".

The Washington Post's "the Virginia school board that denied him the right to use the
boys' restroom" (NeuS raw row 307, session 31) had "denied" counted as an attribution
verb ("culpability: implies an accusation"): the board refused the student a right; it
made no statement anyone answers. The lexicon's entry for "deny" already names such
objects one by one (``not_followed_by``: entry, access, visa …), and "the right" was
not among them. What tells the use is not the object's word but the verb's frame:

- two objects, a recipient and a thing ("denied him the right", "denied residents a
  hearing"; spaCy's ``dative``, or two ``dobj``), or
- a passive whose subject is the recipient and which keeps its object ("a student who
  was denied access", "she was denied a visa").

An object with a possessive ending owns the next one and is no recipient ("asserts
Chappelle's right", which the parse reads as two objects).

A verb of saying takes a statement as its one object ("denied the allegations",
"denied that he met the envoy", "conceded the point"), never a recipient and a thing;
the lexicon's other verbs in this frame ("conceded them a goal") give or yield, and
report nothing either. So in this frame any lexicon attribution verb is a neutral
use, neither an attribution nor a loaded word (:func:`.matching.verb_use`).
"""

from __future__ import annotations

from spacy.tokens import Token

OBJECTS = frozenset({"dobj", "obj"})
RECIPIENTS = frozenset({"dative", "iobj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "auxpass"})
POSSESSIVES = frozenset({"'s", "’s"})


def gives_or_withholds(verb: Token) -> bool:
    """``verb`` has a recipient and a thing: two objects, or a passive that keeps its
    object (module docstring)."""
    deps = [c.dep_ for c in verb.children if not _possessor(c)]
    objects = sum(d in OBJECTS for d in deps)
    if objects and any(d in RECIPIENTS for d in deps):
        return True
    if objects >= 2:
        return True
    return objects >= 1 and any(d in PASSIVE_SUBJECTS for d in deps)


def _possessor(token: Token) -> bool:
    """An "object" followed by a possessive ending (whatever the parse hangs it on):
    the parse split "asserts Chappelle's right" into two objects (Variety, NeuS raw
    row 5, session 31); the first owns the second and receives nothing."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and (after.tag_ == "POS" or after.lower_ in POSSESSIVES)
