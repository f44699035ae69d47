"""Words the excerpt cut before they made a statement: no quote, whatever their kind.

The NeuS-AllSides crawl ends each report mid-sentence with "...". Session 34
(:mod:`.cut_bare`) dropped reported words cut with no content word at all ("the agency
says it will..."). A reader's pass over fresh stories (session 35) found two more of one
kind that pass that test because one word carries content: "Fauci confirmed that new..."
gave the reported quote "that new" (an adjective), and a quotation the crawl cut after
three words, "“Today we are...", became a direct quote of its own (an adverbial noun).
Neither states anything a reader can check.

A quote of any kind whose words end at the excerpt's cut is kept only when they hold a
predicate (a main verb, or an auxiliary with a complement: "it is among the
unvaccinated") or at least :data:`MIN_CONTENT` content words: a cut noun phrase with
enough in it ("called for an immediate ceasefire in Gaza...") still says what was asked
for. Words the text goes on from are never touched: the rule reads only a cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.cut_bare import CONTENT_POS, CUT_MARKS
from newsprism.extract.quotes.cut_condition import ends_on_opener, opener_before_cut
from newsprism.extract.quotes.cut_head import ends_before_head

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article

__all__ = ["MIN_CONTENT", "cut_fragment", "ends_at_cut"]

MIN_CONTENT = 3
_MARKS = "\"'“”‘’«»,"  # closing quotation marks and a comma may stand before the cut
_COMPLEMENTS = frozenset({"attr", "acomp", "oprd", "prep"})


def ends_at_cut(text: str, end: int) -> bool:
    """Whether words ending at ``end`` run into the excerpt's cut: after them only
    quotation marks, a comma and the "..." (or "…") that ends the text, or the words
    themselves end the text with it."""
    rest = text[end:].strip().strip(_MARKS).strip()
    if rest in CUT_MARKS:
        return True
    return not rest and text[:end].rstrip().rstrip(_MARKS).endswith(CUT_MARKS)


def _predicate(words: Sequence[Token]) -> bool:
    """A main verb, or an auxiliary (a copula) with a complement of its own."""
    return any(t.pos_ == "VERB" or (t.pos_ == "AUX" and any(
        c.dep_ in _COMPLEMENTS for c in t.children)) for t in words)


def cut_fragment(art: Article, parts: Sequence[tuple[int, int]]) -> bool:
    """Whether the quote words ``parts`` (character spans of ``art``'s text) end at the
    excerpt's cut with no predicate and fewer than :data:`MIN_CONTENT` content words, or
    on a word that opens the condition the cut took away (:mod:`.cut_condition`), or
    inside a noun phrase before its noun (:mod:`.cut_head`)."""
    if parts and opener_before_cut(art.text, parts[0][0], parts[-1][1]):
        return True
    if not parts or not ends_at_cut(art.text, parts[-1][1]):
        return False
    words = [t for a, b in parts for t in art.tokens_between(a, b)]
    content = sum(t.pos_ in CONTENT_POS for t in words)
    return (not _predicate(words) and content < MIN_CONTENT) or \
        ends_on_opener(art.text, parts[0][0], words) or \
        ends_before_head(art.text, parts[0][0], words)
