"""A cue joined to the verb before it by a comma or "then" that the parse left as ``dep``.

"He paused, then added: “But I don't know that.”" (NYT, BASIL c21cb217, session 30):
the small parser makes "added" a ``dep`` of "paused", not a conjunct, so the cue had no
subject and the quote no speaker. Two verbs of one past or present tense joined by a
comma or "then", the second without a subject of its own, are one subject's two acts,
as "paused and added" would be.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["then_joined_head"]

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def then_joined_head(verb: Token) -> Token | None:
    """The verb ``verb`` continues, when the parse hung it on that verb as ``dep`` right
    after a comma or "then", or hung that verb on it as a clause it reports ("She
    paused, then added": "paused" a ``ccomp`` of "added"); else None."""
    return _as_dep(verb) or _as_reported(verb)


def _as_reported(verb: Token) -> Token | None:
    """ "She paused, then added": a clause before the cue, outside quotation marks, with
    a subject of its own and ", then" between it and the cue."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].lower_ != "then" or doc[verb.i - 2].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 3 and c.tag_ in _FINITE and \
                any(s.dep_ == "nsubj" for s in c.children) and \
                not any(t.is_quote for t in doc[verb.sent.start : verb.i]):  # fmt: skip
            return c
    return None


def _as_dep(verb: Token) -> Token | None:
    """ "He paused, then added" parsed with "added" a ``dep`` of "paused"."""
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in _FINITE or head.tag_ not in _FINITE or \
            head.i >= verb.i or verb.i < 2:  # fmt: skip
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.lower_ == "then":
        before = doc[verb.i - 2]
        if before.lower_ in (",", "and"):
            return head
        return head if before.i == head.i else None
    return head if before.text == "," and before.head.i in (head.i, verb.i) else None
