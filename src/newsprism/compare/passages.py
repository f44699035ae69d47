"""A passage two outlets both print word for word: the same-fact link ``shared_passage``.

Two outlets that print one statement's wording, a quotation or a wire sentence, share a
long run of words that two accounts in their own words almost never do: on the BASIL
pairs the model leaves under its threshold, such a run added 5 gold pairs and no false
one on 2010–2012, 4 and none on 2013–2014 (docs/eval-compare.md, "What was kept: a
passage printed word for word is one fact").
"""

from __future__ import annotations

from collections.abc import Sequence

# A passage two outlets both print word for word (a quotation, a statement's wording):
# PASSAGE_WORDS running words of which PASSAGE_CONTENT or more are not function words.
PASSAGE_WORDS = 8
PASSAGE_CONTENT = 5
_FUNCTION_WORDS = frozenset("the a an of to in and or for on at by with that this is was be "
                            "he she it they his her their said says mr ms".split())  # fmt: skip


def passages(words: Sequence[str]) -> set[tuple[str, ...]]:
    """The runs of :data:`PASSAGE_WORDS` words of a unit that carry content."""
    runs = (tuple(words[k : k + PASSAGE_WORDS]) for k in range(len(words) - PASSAGE_WORDS + 1))
    return {run for run in runs
            if sum(w not in _FUNCTION_WORDS for w in run) >= PASSAGE_CONTENT}  # fmt: skip
