"""Reported speech the excerpt cut before it said anything: no statement.

The NeuS-AllSides crawl ends each report mid-sentence with "...". When it cuts a
reported clause right after its subject and auxiliary, "Effective immediately, the
agency says it will..." (NPR, NeuS raw row 451, session 34), the quote was "it will",
given to the agency: two words, so it passed the two-word floor, yet it states nothing
a reader can check. A reported statement whose words end at the excerpt's cut and hold no
content word (a noun, a name, a main verb, an adjective, a number or an adverb: only
pronouns, auxiliaries, determiners, particles, conjunctions and punctuation) is no
statement. A whole clause ("he said he would", "they said it was") is not touched when
the text goes on: the rule reads only a cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsprism.extract.quotes.article import Article

__all__ = ["cut_bare"]

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
CUT_MARKS = ("...", "…")


def cut_bare(art: Article, parts: Sequence[tuple[int, int]]) -> bool:
    """Whether the reported words ``parts`` (character spans of ``art``'s text) end at
    the excerpt's cut (a "..." or "…" and nothing but space after it) and hold no
    content word (:data:`CONTENT_POS`)."""
    if not parts:
        return False
    rest = art.text[parts[-1][1]:].strip()
    if rest not in CUT_MARKS:
        return False
    words = [t for a, b in parts for t in art.tokens_between(a, b)]
    return not any(t.pos_ in CONTENT_POS for t in words)
