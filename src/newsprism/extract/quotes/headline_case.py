"""A sentence written in headline case is no source of an organisation's full name.

Many article bodies start with their headline ("NRA School Safety Report Recommends
Arming Teachers, Loosening Gun Laws"). Every word capitalised, the tagger reads a run of
it as one organisation, and the one-word "the NRA said" of the body was then shown as
that headline (BASIL 68748e7f, session 30). A name a body sentence spells out in running
text is unaffected.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["in_headline_case"]

# words a headline may leave in lower case ("Sues Colorado Over Marijuana", "Plan to …")
_SMALL = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on",
                    "or", "the", "to", "vs", "via", "with", "from", "into", "over"})


def in_headline_case(span: Span) -> bool:
    """Whether the sentence of ``span`` has five words or more, a verb among them, and
    every word but the small ones capitalised: a headline, not running text."""
    sent = span.sent
    words = [t for t in sent if t.is_alpha]
    if len(words) < 5 or not any(t.pos_ in ("VERB", "AUX") or t.tag_ == "VBZ" for t in sent):
        return False
    return all(t.text[:1].isupper() or t.lower_ in _SMALL for t in words)
