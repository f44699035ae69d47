"""Whose word a quoted word is when it ends the sentence of someone's statement: theirs.

"a Taliban spokesperson said Tuesday the group would honor women's rights and an
independent media, but within the “frameworks” of Islamic law" (Axios, NeuS raw row
170, session 28): the word in marks is the spokesperson's (the group's terms), not the
writer's distance from it. The quote extractor's reported content stops at the comma
("… and an independent media") and the parse hangs "but within …" on "said", so
:func:`.quoting.find_scare_quotes` saw a word nobody is quoted saying. The sentence
reports speech and the words after the statement add no clause of the writer's own,
so they are the statement's tail and the word a partial quote of its speaker:

- the quotation opens in lower case (a word; a capitalised one may be a name);
- a reported statement (no marks of its own) of the same sentence ends before it, and
  between that statement's end (or its cue's, if later) and the sentence's end there
  is no verb or auxiliary outside the marks: a verbless tail ("but within the
  “frameworks” of Islamic law"); "…, a “reform” critics doubt" has a clause of its
  own and stays a scare quote;
- the statement's speaker is one :mod:`.reported` trusts to own a word: resolved to a
  name, a role, an organisation or a description, the subject of its cue, not a bare
  pronoun.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsprism.extract.framing.reported import (
    REPORTED_OWNERS,
    _pronoun_speaker,
    speaker_is_subject,
)
from newsprism.extract.framing.results import Span
from newsprism.extract.quotes import QuoteSpan

CLAUSE_POS = frozenset({"VERB", "AUX"})


def _verbless_tail(doc: Doc, after: int, span: Span) -> bool:
    """No verb or auxiliary from ``after`` to the end of ``span``'s sentence, the
    quotation's own words aside."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    sent = words.sent
    return not any(t.pos_ in CLAUSE_POS and t.idx >= after
                   and not span.start <= t.idx < span.end for t in sent)  # fmt: skip


def _trusted(doc: Doc, quote: QuoteSpan) -> str | None:
    """The statement's speaker, when :mod:`.reported`'s owners would take the word."""
    who = quote.speaker or quote.speaker_surface
    if not who or quote.resolved not in REPORTED_OWNERS or quote.cue_start is None:
        return None
    if quote.resolved == "none" and _pronoun_speaker(doc, quote):
        return None
    return who if speaker_is_subject(doc, quote) else None


def tail_speaker(doc: Doc, span: Span, quotes: Sequence[QuoteSpan]) -> str | None:
    """The speaker of the reported statement whose verbless tail holds the quoted word
    ``span`` (module docstring), or None."""
    inner = span.text.strip("\"'“”‘’ ")
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if not inner[:1].islower() or words is None:
        return None
    sent = words.sent
    for quote in quotes:
        if quote.kind != "reported" or quote.cue_end is None:
            continue
        end = max(quote.end, quote.cue_end)
        if not sent.start_char <= quote.start < end <= span.start:
            continue
        if _verbless_tail(doc, end, span):
            who = _trusted(doc, quote)
            if who:
                return who
    return None


def split_stated(doc: Doc, scare: Sequence[Span], quotes: Sequence[QuoteSpan]
                 ) -> tuple[list[Span], list[Span]]:  # fmt: skip
    """The scare quotes that stay, and those in a statement's tail, as partial quotes
    (``in_quote``, the statement's speaker as ``speaker``)."""
    kept, stated = [], []
    for span in scare:
        who = tail_speaker(doc, span, quotes)
        if who:
            stated.append(Span(span.start, span.end, span.text, True, who))
        else:
            kept.append(span)
    return kept, stated
