"""A question put to the speaker: "Asked point-blank, “Is that picture you?” Weiner
replied, “…”" (BASIL 2011 Fox, gold/speakers-basil8).

The quotation right after a bare "Asked …," is the question, not the answer: its cue
is "asked", whose subject is an interviewer the sentence does not name as a speaker,
so it gets no quote of its own (no speaker beats a wrong one). The verb after it
("Weiner replied") cues the next quotation only; joined to it, the interviewer's
question was the answerer's words (session 28). Narrow
on purpose: the quotation must end in a question mark, and "Asked" must carry no
question of its own ("Asked whether he would run, “Are you kidding?” he said": there
the quotation is the answer, a rhetorical question).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsprism.extract.quotes.marks import Quotation

__all__ = ["asked_question"]

_OPENERS = frozenset({"when", "after", "once", "then"})
# a complement of "asked" that says what was asked: the quotation is then the answer
_ASKS = frozenset({"whether", "if", "about", "why", "how", "what", "who", "whom", "where",
                   "which", "to", "on", "for", "that", "regarding", "of"})
_MAX_WORDS = 4  # "Asked point-blank,", "Asked again by reporters,": a few words at most


def asked_question(doc: Doc, text: str, q: Quotation) -> bool:
    """Whether ``q`` is the question of a bare "Asked …," frame."""
    if not text[q.parts[0][0] : q.parts[-1][1]].rstrip(" ,.\u2019'").endswith("?"):
        return False
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    mark = span[0]
    words = [t for t in doc[mark.sent.start : mark.i] if not t.is_punct]
    if words and words[0].lower_ in _OPENERS:
        words = words[1:]
    if not words or words[0].lower_ != "asked" or len(words) > 1 + _MAX_WORDS:
        return False
    return not any(t.lower_ in _ASKS or t.tag_ in ("WDT", "WP", "WRB") for t in words[1:])
