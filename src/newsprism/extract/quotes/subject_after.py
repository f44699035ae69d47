"""A cue after a quotation whose parse gave it two subjects: the one after the marks speaks.

"Nothing the president said “will assuage people's fears,” the Florida senator said."
(USA Today, PolNeAR train, gold/speakers-fresh36): the small parser hangs both
"Nothing" (the subject of the sentence's content, before the quotation) and "senator"
(after it) on the closing "said" as ``nsubj``. The subject step takes the first, which
stands before the quotation, so the cue was refused and the quotation fell to the
relative clause inside the content ("the president said") — the president was shown
as the speaker of the senator's words. English puts the speaker of "“…,” X said" right
before the verb; a verb has one subject, so when the parse gives it a second one after
the quotation, that one is the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["subject_after_quotation"]

_SUBJECTS = frozenset({"nsubj"})


def subject_after_quotation(verb: Token, subject: Token, first: int) -> Token | None:
    """The verb's other ``nsubj``, standing after the quotation (from token ``first``)
    and before the verb, when ``subject`` (the one the subject step found, before the
    quotation) is an ``nsubj`` of the same verb; else None."""
    if subject.dep_ not in _SUBJECTS or subject.head.i != verb.i or subject.i >= first:
        return None
    later = [c for c in verb.lefts if c.dep_ in _SUBJECTS and first <= c.i < verb.i]
    return later[-1] if later else None
