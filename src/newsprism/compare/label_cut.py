"""A description the excerpt cut: the label keeps only what was written whole.

The NeuS-AllSides crawl ends each report mid-sentence with "...". A name set beside a
description at that point, "Mr. Abbott, a staunch Republican who has found..." (NeuS raw
row 340, read in session 35), gave the label-choice row the phrase "Mr. Abbott, a staunch
Republican who has found": words no outlet chose as a label, only the start of a clause
the crawl cut. When the apposition's phrase runs into the cut, the clause inside it (a
relative or participle clause, where the cut fell) is left out, "Mr. Abbott, a staunch
Republican"; an apposition with no such clause, cut in its own noun phrase ("Mr. Abbott,
a staunch..."), is left out whole: only the name's own phrase is a label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.nlp import doc_text
from newsprism.extract.quotes.cut_fragment import ends_at_cut

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["description_end"]

_CLAUSES = frozenset({"relcl", "acl"})


def description_end(doc: Doc, appos: Token, last: int, bare: int) -> int:
    """The token end of a label whose apposition ``appos`` ends at token ``last``: ``last``
    when the text goes on after it; before the apposition's clause when the phrase runs
    into the excerpt's cut; ``bare`` (the name's phrase alone) when no clause is there."""
    end_char = doc[last - 1].idx + len(doc[last - 1])
    if not ends_at_cut(doc_text(doc), end_char):
        return last
    clauses = [c for c in appos.children if c.dep_ in _CLAUSES]
    if not clauses:
        return bare
    stop = min(t.i for t in clauses[0].subtree)
    while stop > appos.i and doc[stop - 1].is_punct:
        stop -= 1  # "a staunch Republican, who …": no comma at the label's end
    return max(stop, appos.i + 1)
