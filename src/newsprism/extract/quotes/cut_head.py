"""Words the excerpt cut inside a noun phrase, before its noun: no quote (session 37).

Session 37's reader's pass (NeuS row 495, CBN): the crawl ends `Vice President Kamala
Harris claims the crisis has no quick...`, and the reported quote read "the crisis has
no quick". The words have a main verb, so :mod:`.cut_fragment` kept them, and no
condition opener ends them (:mod:`.cut_condition`); but the object's noun is what the cut
took ("no quick fix"? "no quick end"?), so what Harris claims is not in the words. A
fact-checker cannot check a claim whose object is missing.

Rule: quote words of one sentence that end at the excerpt's cut on a determiner or a
possessive ("it would undermine the...", "it was his..."), or on an adjective right
after one ("has no quick...", "This is a reasonable..."), are no quote when that opened
noun phrase is the object or complement of the quote's own main verb: what the quote
states is the missing noun. A phrase cut deeper in the words — in a prepositional
phrase, a relative or purpose clause ("passing the resolution, which would keep
the...", "to address the level of migrant encounters and to facilitate a...") — leaves
the main statement whole, and the quote stays: the first version, without the object
test, dropped 15 quotes over the NeuS raw crawl, and 3 of them (with 4 more arguable)
were such checkable statements. An adjective with no determiner before it is a
predicate of its own ("the vaccine is safe...") and stays; so does every quote the text
goes on from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.cut_condition import one_sentence

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = ["CUT_HEAD_RULE", "ends_before_head"]

# Switch (session 37): off keeps such words a quote, as in session 36.
CUT_HEAD_RULE = True
_OPENS_PHRASE = frozenset({"DT", "PRP$", "WP$", "PDT"})  # "the", "no", "his", "whose", "all"
_INSIDE_PHRASE = frozenset({"det", "amod", "poss", "predet", "compound", "nummod", "advmod"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "acomp", "dative"})


def ends_before_head(text: str, start: int, words: Sequence[Token]) -> bool:
    """Whether quote ``words`` (of one sentence, beginning at ``start``, already known to
    end at the cut) end on a word that opens a noun phrase, or on an adjective right
    after one, so that the phrase's noun is what the cut took (module docstring)."""
    if not CUT_HEAD_RULE:
        return False
    kept = [t for t in words if not t.is_punct and not t.is_space]
    if not kept:
        return False
    last = kept[-1]
    opened = last.tag_ in _OPENS_PHRASE or (
        last.pos_ == "ADJ" and len(kept) > 1 and kept[-2].tag_ in _OPENS_PHRASE)
    return opened and _object_of_main_verb(last, kept) and one_sentence(text, start, last)


def _object_of_main_verb(last: Token, kept: Sequence[Token]) -> bool:
    """Whether the noun phrase ``last`` ends is the object or complement of the main
    verb of the quote words ``kept`` (the word whose head lies outside them)."""
    inside = {t.i for t in kept}
    phrase = last
    while phrase.dep_ in _INSIDE_PHRASE and phrase.head.i in inside and phrase.head is not phrase:
        phrase = phrase.head
    verb = phrase.head
    return phrase.dep_ in _OBJECTS and verb.i in inside and (
        verb.head.i not in inside or verb.head is verb)
