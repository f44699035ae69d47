"""A demonstrative subject after a fronted phrase points back: "For conservatives and
some media critics, that's part of the larger issue of bias."

:func:`newsprism.compare.readable.subject_points_back` takes a pronoun subject with a
name or a noun before it in the line as readable: "After Trump spoke, he left" names
who "he" is. That holds for a person's pronoun, which can stand for a name in the
opening phrase; it does not hold for "that", "this", "these" or "those" standing alone
as the subject after a fronted phrase set off by a comma. The phrase says for whom,
where or when ("For conservatives …", "In Texas, …", "By Friday, …"); the pronoun
stands for what the sentence before said, which the reader of a summary line does not
see (NeuS raw row 397, The Hill: the line was a summary line, and "that" was the
sentence before's "suspicions that the media overstepped their mark";
docs/eval-compare.md, session 30, i12-read38).

The rule reads only a frame with no clause in it (no verb): "After the Senate voted,
that ended the debate" is left to the existing tests, as is a pointer with a clause
or phrase of its own that says what it is ("Those who voted …", "That of the
governor …").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.pronoun_words import DEMONSTRATIVES

_FRAME_DEPS = frozenset({"prep", "advmod", "npadvmod", "cc", "punct"})
_SAYS_WHICH = frozenset({"relcl", "acl", "prep"})
_SUBJECTS = ("nsubj", "nsubjpass")


def demonstrative_after_frame(sentences: Sequence[Any]) -> bool:
    """Whether the first sentence's main subject is a bare demonstrative pronoun right
    after a comma that closes a fronted phrase without a verb (see the module doc)."""
    first = next(iter(sentences), None)
    if first is None:
        return False
    root = first.root
    pointer = next((c for c in root.children
                    if c.dep_ in _SUBJECTS and c.lower_ in DEMONSTRATIVES), None)  # fmt: skip
    if pointer is None or pointer.i == first.start:
        return False
    if any(c.dep_ in _SAYS_WHICH for c in pointer.children):
        return False  # "Those who voted …": the clause says who
    if pointer.nbor(-1).text != ",":
        return False  # no frame set off: the tests of readable.py judge it
    return _only_frame(first, root, pointer)


def _only_frame(sentence: Any, root: Any, pointer: Any) -> bool:
    """Whether every word before ``pointer`` belongs to a frame of the root (a
    prepositional or adverbial phrase, a conjunction, punctuation) holding no verb."""
    frames = [c for c in root.children if c.i < pointer.i]
    if not frames or any(c.dep_ not in _FRAME_DEPS for c in frames):
        return False
    covered = {t.i for c in frames for t in c.subtree}
    before = range(sentence.start, pointer.i)
    if any(i not in covered for i in before):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for c in frames for t in c.subtree)
