"""Whether a verb's clause complement is a statement, or a relative clause's verb misattached.

``matching.introduces_speech`` asks the parse whether an attribution verb governs a
clause (``ccomp``: "a statement from his office revealed [the plan would fail]"). The
small parser also makes a ``ccomp`` of the verb of a relative clause after the verb's
object: "The Senate majority leader wanted to explain his thinking in greater detail to
the Democrats who've [labored] to cut a … deal" (Politico, NeuS raw row 239, session
26): "labored" hung on "explain", which then read as an attribution verb ("explained"
as endorsement) though nothing is reported: he explains a thing, not a statement.

Such a stray clause has no subject of its own (its subject is the relative pronoun,
hung elsewhere) and a relative pronoun ("who", "which", a WDT "that") stands between
the verb and it. Both are asked: a subjectless ``ccomp`` alone is also what the parse
makes of "contending that government-run public education was “anachronistic”" when
it takes "that" for a determiner (BASIL 2010–2012, HuffPost: a statement, kept).
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def governs_statement(verb: Token) -> bool:
    """``verb`` governs a clause complement (``ccomp``) that is not a relative clause's
    verb misattached (module docstring)."""
    return any(c.dep_ == "ccomp" and not _stray(verb, c) for c in verb.children)


def _stray(verb: Token, clause: Token) -> bool:
    """``clause`` has no subject of its own and a relative pronoun stands between
    ``verb`` and it: a relative clause's verb, not what ``verb`` reports."""
    if any(g.dep_ in _SUBJECT_DEPS for g in clause.children):
        return False
    low, high = sorted((verb.i, clause.i))
    return any(t.tag_ in _RELATIVE_TAGS for t in verb.doc[low + 1 : high])
