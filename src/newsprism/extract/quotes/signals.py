"""A cue that is speech only when someone gives it: "signal".

"Officials signaled that the talks would resume" reports what officials let it be
known; "a measure of average new infections … is below the key level of 1, signaling
that cases are expected to decline" (Bloomberg, NeuS raw row 51; session 26) reports
what a figure means, and nobody's words. So a :data:`PERSON_ONLY` cue whose subject is
not a speaker (a person, a group, a body, a name or a pronoun) is no cue. The subject
is the one the extractor gives the cue (``Speakers.subject_of``), so a subjectless
participle ("…, signaling that") is judged by the subject of the clause it hangs on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsprism.extract.quotes.speakers import Speakers

PERSON_ONLY = frozenset({"signal"})
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def thing_signals(verb: Token, subject: Token | None, speakers: Speakers) -> bool:
    """``verb`` is a :data:`PERSON_ONLY` cue whose subject is no speaker (a thing: a
    measure, a figure, a move), so it reports no words."""
    if verb.lemma_.lower() not in PERSON_ONLY or subject is None:
        return False
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in _SPEAKER_TYPES:
        return False
    return not (speakers.is_person_noun(subject) or speakers.is_group(subject)
                or speakers.is_body(subject))  # fmt: skip
