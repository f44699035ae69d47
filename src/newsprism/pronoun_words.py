"""English personal and demonstrative pronouns: the one list the line readers build from.

The opener test (compare/openers.py: "Like him, …", "Despite it, …", "Given that, …"),
the readability tests (compare/readable.py: a line whose subject or first word points
back, "He added …", "That would be the end of it", "…,” she said"), the summary's
pronoun subject (compare/summary.py) and the event tuples (compare/events.py: a
person's "he", "she") each listed these words apart until session 24; each wants a
different set, so each builds its own from these and keeps the words it had. Lower case
throughout: every caller lowers first or matches without case. The possessive test
(compare/possessive.py) keeps here, since session 25, the words a later "their"/"its"
can stand for.
"""

from __future__ import annotations

# A person's subject pronouns: "he", "she" (not "it", a thing's, nor "they", a group's).
PERSON_SUBJECTS: tuple[str, ...] = ("he", "she")
# The personal subject pronouns a line may open on ("it" apart: often an expletive,
# "it's not enough to …").
PERSONAL_SUBJECTS: tuple[str, ...] = (*PERSON_SUBJECTS, "they")
PERSONAL_OBJECTS: tuple[str, ...] = ("him", "her", "them")
POSSESSIVES: tuple[str, ...] = ("his", "her", "their", "its")
DEMONSTRATIVES: tuple[str, ...] = ("this", "that", "these", "those")
# Pronouns (and pronoun-like quantifiers and relatives) a later possessive "their"/"its"
# can stand for: "Many are now reaching their breaking point", "it raised its prices".
# What each stands for in turn is the subject tests' to judge (compare/possessive.py).
POSSESSIVE_ANTECEDENT_PRONOUNS: frozenset[str] = frozenset({
    "they", "them", "it", "themselves", "itself", "many", "some", "most", "all", "both",
    "others", "few", "several", "each", "those", "these", "none", "either", "neither",
    "everyone", "everybody", "anyone", "someone", "somebody", "nobody", "who", "which",
    "that"})
