"""A definite noun points back to one earlier mention, not to what "and" joined to it.

"… after weeks of talks between President Joe Biden’s administration and Sen. Shelley
Moore Capito (R-W.Va.) came to an end. … The administration also said it was working
with Democratic leaders …" (HuffPost, NeuS raw row 364, session 34): "The
administration" was resolved to its earlier mention, and that mention was described
with the words joined to it by "and" (``Speakers._whole``, right for a speaker phrase
itself: "Democrats and Republicans in Congress said"), so the administration's words
were given to "President Joe Biden’s administration and Sen. Shelley Moore Capito
(R-W.Va" — the other side of the talks. "The administration", "the agency", "the
spokesman" name the thing the noun names: when a definite noun is resolved through an
earlier mention of the same noun (same lemma and number), that mention's own phrase
speaks, without the other nouns "and" joined to it ("the agencies said" after "the
transit agencies and the drivers' unions" is the agencies). A phrase that speaks itself
("Teachers and parents said") keeps its conjuncts: this rule reads back-references only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.speakers import Speaker, Speakers

__all__ = ["earlier_alone"]


def earlier_alone(speakers: Speakers, earlier: Token, depth: int) -> Speaker:
    """The speaker of ``earlier`` (the earlier mention a definite noun points back to),
    as ``speakers.speaker_from`` resolves it; but when that speaker is a description
    that took in what "and" joined to ``earlier``, the description of ``earlier``'s own
    phrase."""
    inner = speakers.speaker_from(earlier, depth=depth + 1)
    if inner.resolved != "description" or not _joined(earlier):
        return inner
    own = speakers._described(speakers.phrase(earlier))
    return inner if own.name == inner.name else own


def _joined(token: Token) -> bool:
    """``token`` has a noun joined to it by "and"."""
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children) and any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)
