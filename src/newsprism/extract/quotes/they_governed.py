"""A "they" in a clause hung on a plural speaker's cue is that speaker.

"Proponents, including the United States Conference of Mayors, have urged Congress to
leave the program intact, although they say they support some of the changes" (NYT,
PolNeAR dev; read for gold/speakers-polnear): the proponents say so. But "they" takes
only a subject that the group test knows ("Democrats", "residents") or people named
together, and "proponents" is neither, so the search went on to earlier sentences and
gave the words to "Critics of the EB-5 program", the side opposed (session 34).

English settles it inside the sentence: a subject pronoun in a clause subordinate to
a clause ("although", "because" — an adverbial clause — or a complement, "said they
…") stands for that clause's plural subject when nothing else in between could. The
rule is kept narrow, to a place where it cannot pick a thing: the governing verb is a
speech cue (its subject is a speaker already, "Proponents … have urged"), the subject is
a plural noun written before the pronoun, and the clauses are direct (one step from the
cue's clause). Everything else is read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["governing_speaker", "governs"]

GOVERNED_DEPTH_RULE = True  # off: the cue's subject is read as any antecedent (session 34)

_SUBORDINATE = ("advcl", "ccomp")
_SUBJECTS = ("nsubj", "nsubjpass")


def governing_speaker(they: Token, speech_base: Callable[[Token], str | None]
                      ) -> Token | None:  # fmt: skip
    """The plural subject of the speech cue whose clause ``they``'s clause hangs on,
    or None."""
    verb = they.head
    if they.lower_ != "they" or they.dep_ not in _SUBJECTS or verb.dep_ not in _SUBORDINATE:
        return None
    cue = verb.head
    if speech_base(cue) is None:
        return None
    subject = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > they.i or subject.pos_ not in ("NOUN", "PROPN") or \
            subject.tag_ not in ("NNS", "NNPS"):  # fmt: skip
        return None
    return subject


def governs(they: Token, found: Token, reader: Any) -> int:
    """1 when ``found`` is the plural subject of the speech cue ``they``'s clause hangs
    on (:func:`governing_speaker`), else 0: the speaker reader then reads it at the
    cue's own depth, so that a bare plural the group test does not know
    ("Proponents") is described as the cue describes it, not left unresolved (session
    35; session 34 left it unresolved, its hook then wanting room in a full module).
    ``reader``: any step with ``speech_base``."""
    if not GOVERNED_DEPTH_RULE:
        return 0
    subject = governing_speaker(they, reader.speech_base)
    return int(subject is not None and subject.i == found.i)
