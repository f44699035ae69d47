"""A subject that is "other", "another" or "similar" to something the line does not name.

"Other videos depict similar protests across the nation." (Newsweek, NeuS raw row 192,
session 30, i12-read37) was shown alone as a summary line: other than which videos,
similar to which protests? The sentence before it named them. Such a subject compares
its referent with one named before, so the line leans on a sentence the reader does not
see, as a pronoun subject does (compare/readable.py, reason ``pronoun``).

A subject that says what it is compared with ("Protests similar to those in Paris",
"another vote than the one planned") or names itself in apposition ("The other
candidate, Jane Doe, …") reads alone. "Other than the mayor, nobody spoke" has no such
subject. Only the first sentence's main subject is read, as the other subject rules
read it, and only when it opens the line: words before it may name what it is compared
with ("While some …, other Republicans …").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# modifiers that compare the subject with something named before, by how spaCy attaches
# them: "other" and "similar" as adjectives, "another" as a determiner
_COMPARING = {"other": "amod", "similar": "amod", "another": "det"}
# a subject that is the comparing word itself: "Another said …", "Others …"
_ALONE = frozenset({"another"})


def other_subject_points_back(sentences: Sequence[Any]) -> bool:
    """Whether the first sentence's main subject is compared with a thing the line does
    not name: "other", "similar" or "another" on it with no complement of its own ("to
    …", "than …"), no apposition naming the subject, and no word before it."""
    first = next(iter(sentences), None)
    if first is None:
        return False
    for subject in (c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(t.is_alpha for t in first[: subject.left_edge.i - first.start]):
            continue  # "While some …, other Republicans …": compared inside the line
        if subject.lower_ in _ALONE and not list(subject.children):
            return True
        if any(c.dep_ == "appos" for c in subject.children):
            continue  # "The other candidate, Jane Doe, …": named
        if any(_COMPARING.get(c.lower_) == c.dep_ and not list(c.children)
               for c in subject.children):  # fmt: skip
            return True
    return False
