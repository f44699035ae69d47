"""Words the excerpt cut just after a word that opens a condition or a limit: no quote.

Session 36's reader's pass (NeuS row 152, New York Daily News): the crawl ends `Fauci
said it will be impossible to get a grip on the pandemic until...`, and the reported
quote read "it will be impossible to get a grip on the pandemic until". The words have a
predicate, so :mod:`.cut_fragment` kept them; but what they state is held back by the
clause the cut took away ("until most people are vaccinated"): read without it they say
the opposite of a bounded claim. A fact-checker cannot check, or fairly show, a claim
whose condition is missing.

Rule: quote words that end at the excerpt's cut (:func:`.cut_fragment.ends_at_cut`) with
one of :data:`OPENERS` as their last word are no quote; so are quote words the parser
ended just before such a word when only that word and the cut follow ("the dock is safe
for ferries but..."). Only a quote of one sentence: in "I stand behind my decision.
After..." the cut takes nothing from the sentence before, which a reader can check (over
the NeuS raw crawl, rows 0–505, four such quotes of several sentences stay).

The words are a closed list, not a part of speech: the parser reads a clause opener with
nothing after it as a preposition or a conjunction by chance. Words the text goes on
from are never touched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = ["OPENERS", "ends_on_opener", "one_sentence", "opener_before_cut"]

# words that open a condition, a time limit, an exception or a contrast
OPENERS = frozenset({
    "until", "unless", "if", "because", "although", "though", "while", "whereas",
    "before", "after", "since", "except", "but", "yet", "without", "when", "once",
    "lest", "till",
})


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+\S")


def ends_on_opener(text: str, start: int, words: Sequence[Token]) -> bool:
    """Whether quote ``words`` that begin at ``start`` end (punctuation aside) on a word
    that opens a condition or limit, with no sentence end in the text before it (the
    article's text, not the words: a quote of two parts, "“I stand behind my decision,”
    he said. “After...", has whole sentences between them)."""
    last = next((t for t in reversed(words) if not t.is_punct and not t.is_space), None)
    if last is None or last.lower_ not in OPENERS:
        return False
    return one_sentence(text, start, last)


def one_sentence(text: str, start: int, last: Token) -> bool:
    """Whether the text from ``start`` to the end of the word ``last`` holds no sentence
    end: a quote of one sentence, which the cut can leave without its ending."""
    return not _SENTENCE_END.search(text[start : last.idx + len(last.text)])


_OPENER_THEN_CUT = re.compile(r"[\s,]*(?P<word>[A-Za-z]+)\s*(?:\.\.\.|…)\s*$")


def opener_before_cut(text: str, start: int, end: int) -> bool:
    """Whether after the one-sentence quote words ``text[start:end]`` the text holds only
    one of :data:`OPENERS` and the cut."""
    m = _OPENER_THEN_CUT.fullmatch(text, end)
    return m is not None and m["word"].lower() in OPENERS and \
        not _SENTENCE_END.search(text[start:end])  # fmt: skip
