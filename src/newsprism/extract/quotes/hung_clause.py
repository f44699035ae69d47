"""A second cue whose "that"-clause the parse hung on the first cue.

"Hotline On Call says the nature of the decision is a "closely guarded secret" and
reports that "even his top advisors … say they don't know which direction he will
take."" (HuffPost, BASIL 74708dbf, gold/speakers-basil6): the small parser makes
"reports" a conjunct of the adjective "secret" and hangs its "that"-clause on "says" as
a second clause. So "says" reported both clauses as one content, and "reports", with no
clause of its own and a head that is no verb, reported nothing and had no subject
(session 26 found it only as part of the first quote).

The rule: a speech verb with no subject, no clause and no object of its own, joined by
"and"/"but" and followed right away by "that" (a conjunction) opening a clause with a
subject that the parse hung as a clause on an earlier speech verb of the same sentence,
is the next statement of that verb's speaker: the clause is its content, not the first
verb's, and it shares the first verb's subject (as "said A and added that B" does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["cut_ids", "hung_clause", "lender"]

_OWN = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "csubj"})


def _bare(verb: Token) -> bool:
    """A conjoined verb form with nothing of its own: no subject, clause nor object."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBD", "VBP") and \
        not any(c.dep_ in _OWN for c in verb.children)  # fmt: skip


def hung_clause(verb: Token, speech: Callable[[Token], str | None]) -> Token | None:
    """The "that"-clause right after ``verb`` that the parse hung on an earlier speech
    verb (``speech`` tells one), when ``verb`` is a bare conjoined speech verb after
    "and"/"but"; else None."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or verb.i == 0 or not _bare(verb) or speech(verb) is None:
        return None
    if doc[verb.i - 1].lower_ not in ("and", "but"):
        return None
    that = doc[verb.i + 1]
    clause = that.head
    if that.lower_ != "that" or that.tag_ != "IN" or that.dep_ != "mark" or \
            clause.dep_ != "ccomp" or clause.i <= verb.i:  # fmt: skip
        return None
    first = clause.head
    if first.i >= verb.i or speech(first) is None or first.sent.start != verb.sent.start:
        return None
    if verb.i not in {t.i for t in first.subtree}:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return clause


def lender(verb: Token, speech: Callable[[Token], str | None]) -> Token | None:
    """The earlier speech verb whose subject ``verb`` shares under :func:`hung_clause`."""
    clause = hung_clause(verb, speech)
    return None if clause is None else clause.head


def cut_ids(first: Token, tokens: list[Token], speech: Callable[[Token], str | None]) -> set[int]:
    """Token ids to cut from the content of ``first``: each later bare speech verb whose
    hung clause is ``first``'s, with that clause and the "and"/"but" before the verb."""
    out: set[int] = set()
    for tok in tokens:
        clause = hung_clause(tok, speech) if tok.i > first.i else None
        if clause is not None and clause.head.i == first.i:
            out |= {tok.i - 1, tok.i} | {t.i for t in clause.subtree}
            out |= {t.i for t in tok.subtree}
    return out
