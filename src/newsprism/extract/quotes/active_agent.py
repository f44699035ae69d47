"""A "by" phrase the parse hung on an active verb is no agent: it names no speaker.

"That cable summarized an emergency meeting the day before by the U.S. Mission in
Benghazi and warned the consulate could not defend against a “coordinated attack.”"
(Fox, BASIL 9879bbc0, gold/speakers-basil10): the parse made "by the U.S. Mission" the
agent of "summarized", whose subject is "That cable"; :meth:`Subjects.subject_of` took
an agent as the speaker before it looked at the subject, so the cable's warning was the
Mission's. An agent names the doer only of a passive ("was reported by the Post") or of
a bare participle ("a report released by the FBI"); a verb with a subject and a
direct object of its own in the active voice has its doer already, and its "by" phrase
belongs to the object (the meeting held by the Mission), so the subject speaks. A
verb with a subject and an agent but no object is the participle of a reduced relative
the parse took for a finite verb ("Research released this week by four economists
suggests …": "released" with the subject "Research"): its agent is still the maker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["misplaced_agent"]


def misplaced_agent(verb: Token) -> bool:
    """True when ``verb`` has an active subject and a direct object of its own (no
    passive auxiliary or passive subject): an agent the parse hung on it is not its
    doer."""
    deps = {c.dep_ for c in verb.children}
    return {"nsubj", "dobj"} <= deps and not deps & {"auxpass", "nsubjpass"}
