"""A cue the parse joined to the verb before it with no "and", "but", "or" nor comma.

"At 9.3 million new positions, it was far more than the 8.3 million economists polled
by Refinitiv had predicted — which would have been flat from the revised March job
opening numbers" (CNN, NeuS r365, docs/eval-compare.md "Read as a user, session 28"):
"had predicted" opens a relative clause with no "that" ("the 8.3 million [that]
economists … had predicted"); the small parser made it a conjunct of "was", so the cue
took the main clause's subject ("it", resolved to the Bureau of Labor Statistics) and
the dash's relative clause (CNN's words) as what was predicted. The economists were
skipped because the parse gave them to "than" as its object, never to the cue as its
subject, and a conjunct with no subject of its own takes its head's.

English joins two verbs of one subject with a conjunction or a comma; a conjunct with
neither between it and its head, no subject of its own, and an auxiliary of its own
("had predicted": a verb phrase of its own, right after the noun that is its subject)
is a misparse, and what its cue reports (a noun before it) is not a clause the
extractor can span. No quote (precision first: a miss, not the wrong speaker). A bare
conjunct keeps its head's subject: "Research released this week by four economists
suggests that …" is the main verb after a reduced relative the parse took as the main
one (tests/extract/test_quotes_speaker_phrases.py), and the head's subject is right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["unjoined_conjunct"]

_JOINERS = frozenset({"and", "but", "or", "nor", "yet", "then", ",", ";", "—", "–", "-", "--",
                      "&", "plus", "while"})  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def unjoined_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a conjunct after its head with an auxiliary but no subject of
    its own, and no conjunction nor punctuation between the head's phrase and it."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.i < verb.i for c in verb.children):
        return False
    between = verb.doc[verb.head.i + 1 : verb.left_edge.i]
    return not any(t.lower_ in _JOINERS or t.is_punct for t in between)
