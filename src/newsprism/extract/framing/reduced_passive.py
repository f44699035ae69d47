"""A bare past participle is a passive: "the idea … — once dismissed as a ridiculous
conspiracy theory — has gained new credence" names no one who dismissed it.

The Washington Post's sentence (NeuS raw row 397; docs/eval-compare.md, session 30,
i12-read38) had "ridiculous conspiracy" given to "idea", the thing dismissed: the parser
made "the idea" the subject of "dismissed", and the accuser and caller finders
(:mod:`.accused`, :mod:`.described`) took the subject for the one who speaks. A past
participle with no auxiliary of its own ("once dismissed as", "long accused of",
"branded a traitor by critics") is a reduced passive: its subject, whatever the parse
says, is what is acted on. Its speaker is the agent of a "by" phrase or nobody
named; with nobody, the word stays the outlet's, as a passive with no agent already
does. A participle with an auxiliary ("had dismissed", "has accused") is active and
keeps its subject; so does one conjoined to another verb ("have attacked and derided
it as …", whose auxiliary and object the parse may hang on the first verb); a present
participle ("dismissing it as …") is left to the finders' own rules.
"""

from __future__ import annotations

from spacy.tokens import Token

AUXILIARIES = frozenset({"aux", "auxpass"})


def reduced_passive(verb: Token) -> bool:
    """``verb`` is a past participle with no auxiliary of its own, no object and not
    conjoined to another verb: a passive whose subject is what is acted on."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB" or verb.dep_ == "conj":
        return False
    return not any(c.dep_ in AUXILIARIES or c.dep_ == "dobj" for c in verb.children)
