"""Step 4b's verbs of accusing: the words in marks of what one accuses another of are
the accuser's.

"Ryan accused Obama of “projecting weakness” with his foreign policy" (Fox, BASIL
b5eefefb), "Boehner … chided Obama …, accusing the president of having “wasted another
week.”" (Fox, BASIL cad4bba5), "South Korea accused the North's leader … of “fanatic
recklessness.”" (PolNeAR dev): the marked words are the accuser's, as in "dismissed the
plan as “reckless”", but "accuse" reports no words (data/speech_verbs.toml leaves out
verbs whose complement is a noun phrase), so nothing was quoted and the words had no
speaker (gold/speakers-basil10; 11 such sentences in BASIL 2010–12, PolNeAR dev and NeuS
raw rows 0–505). :mod:`worded` reads them with every guard of its verbs of speaking
about a thing (asserted, active, in the quotation's sentence, under no speech verb, a
subject of its own or the clause's for an "-ing" participle, not "they", not a title or
a lone scare word); this module adds one of its own.

Only an active "accuse" with its object: "X accused Y of …". The person accused is
never the speaker, and the passive or the bare participle ("was accused of being a
“traitor”", "Trump, accused of …") names no accuser, so no one's words are quoted there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ACCUSING", "accuses_someone"]

# "accused Obama of “projecting weakness”": what the object is accused of is worded
ACCUSING = frozenset({"accuse"})


def accuses_someone(verb: Token) -> bool:
    """True unless ``verb`` is a verb of accusing without its object ("was accused of",
    "accused of" as a modifier): only "X accused Y of …" has an accuser to quote."""
    if verb.lemma_.lower() not in ACCUSING:
        return True
    return any(c.dep_ == "dobj" for c in verb.children) and \
        not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)  # fmt: skip
