"""A "by" phrase the parse hung on an active verb is no agent: it names no speaker.

"That cable summarized an emergency meeting the day before by the U.S. Mission in
Benghazi and warned the consulate could not defend against a “coordinated attack.”"
(Fox, BASIL 9879bbc0, gold/speakers-basil10): the parse made "by the U.S. Mission" the
agent of "summarized", whose subject is "That cable"; :meth:`Subjects.subject_of` took
an agent as the speaker before it looked at the subject, so the cable's warning was the
Mission's. An agent names the doer only of a passive ("was reported by the Post") or of
a bare participle ("a report released by the FBI"); a verb with a subject of its own
in the active voice has its doer already, and its "by" phrase belongs to a noun before
it (the meeting held by the Mission), so the subject speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["misplaced_agent"]


def misplaced_agent(verb: Token) -> bool:
    """True when ``verb`` has an active subject of its own (an ``nsubj``, no passive
    auxiliary or passive subject): an agent the parse hung on it is not its doer."""
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"auxpass", "nsubjpass"}
