"""The first half of a cut sentence the parser split inside a list (session 37).

A crawl cuts its excerpt mid-sentence ("… Mitch McConnell (Ky.)..."), and
``claims._before_cut`` drops the sentence the cut ends: what it states is unknown. The
Hill's list of seventeen senators was split by the parser after "Thom Tillis (N.C.)"
(the writer left out a comma, so the abbreviation's stop read as a sentence end), and
the first half, "GOP Sens. Roy Blunt (Mo.), …, Thom Tillis (N.C.)", a list of names with
no verb, stayed a claim and was shown as The Hill's unique fact (docs/eval-compare.md,
"Session 36: a reader's pass over fresh stories", item 4).

The rule: the last sentence kept before the cut is dropped too when it is that cut
sentence's first half — it runs into it on the same line, it ends on an abbreviation's
stop (a word such as "N.C." or "Sen.", bare or before a closing bracket), not on a
sentence's own stop, and it has no verb and no auxiliary, so it states nothing on its
own. Texts without a cut never reach it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.extract.sentence_breaks import is_abbreviation

__all__ = ["CUT_LIST_RULE", "first_half_of_cut"]

# Switch (session 37): off keeps the sentences ``_before_cut`` keeps, as in session 36.
CUT_LIST_RULE = True
_CLOSING = frozenset({")", "]"})


def first_half_of_cut(doc: Doc, text: str, kept: tuple[int, int, int],
                      cut_start: int) -> bool:  # fmt: skip
    """Whether the sentence ``kept`` ((index, start, end) of ``text``), the last before
    the cut-off sentence that starts at ``cut_start``, is the first half of that
    sentence, split by the parser at an abbreviation's stop (module docstring)."""
    if not CUT_LIST_RULE:
        return False
    _, begin, end = kept
    if "\n" in text[end:cut_start] or "\n" in text[begin:end].strip():
        return False
    span = doc.char_span(begin, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.text.strip()]
    while words and words[-1].text in _CLOSING:
        words.pop()
    if not words or not is_abbreviation(words[-1].text):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words)
