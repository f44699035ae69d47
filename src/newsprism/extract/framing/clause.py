"""Whether a verb's clause complement is a statement: the clause has its own subject.

``matching.introduces_speech`` asks the parse whether an attribution verb governs a
clause (``ccomp``: "a statement from his office revealed [the plan would fail]"). The
small parser also makes a ``ccomp`` of a verb inside a relative clause after the verb's
object: "The Senate majority leader wanted to explain his thinking in greater detail to
the Democrats who've [labored] to cut a … deal" (Politico, NeuS raw row 239, session
26): "labored" hung on "explain", which then read as an attribution verb ("explained"
as endorsement) though nothing is reported: he explains a thing, not a statement. A
reported statement is a clause with a subject ("revealed [the plan] would fail",
"warned [it] would fail"); a ``ccomp`` without one is such a stray verb. Quoted and
fronted statements ("“Going forward,” she explained") are read by the checks after it
(a quote mark or a comma before the subject).
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def governs_statement(verb: Token) -> bool:
    """``verb`` governs a clause complement (``ccomp``) that has a subject of its own."""
    return any(c.dep_ == "ccomp" and any(g.dep_ in _SUBJECT_DEPS for g in c.children)
               for c in verb.children)  # fmt: skip
