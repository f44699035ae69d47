"""Negation a sentence carries in a word other than "not": a negating noun ("failure to
pass the bill", "refusal to testify", "inability to agree", "lack of funding", "absence
of a vote"), a verb or adjective of failing ("failed to pass", "unable to agree"),
"without" ("passed without a vote"), a verb of doing without ("forgo wearing a mask",
"refrain from voting"), "no longer", and a noun under "no" ("there is no
evidence").

The polarity clash of the same-fact decision (compare/pairs.py) reads what a sentence
negates and what it states as so. Before session 18 it read only "not"/"never" and the
cancelling verbs, so "failure to pass … would increase the risk" (NYT) and Fox's
printed quote "To pass this bill … would materially increase the risk" were one shared
fact (issue 12, docs/eval-compare.md "Shared precision audit, session 18"). Failing and
a failure are read alike on both sides, so "failed to pass" against "failure to pass"
states the same thing and does not clash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

NEGATING_NOUNS = frozenset("failure refusal inability lack absence".split())
NEGATING_HEADS = frozenset("fail unable".split())
# Verbs of doing without: "forgo wearing a mask" is "without wearing a mask" ("go
# without", "do without" are read through "without" itself).
DOING_WITHOUT = frozenset("forgo forego skip refrain abstain".split())
# Negative pronouns: "had nothing to do with it", "nobody was hurt", "none of them voted"
# ("no one" is "one" under "no"; "neither" is a pronoun or a determiner).
NEGATIVE_PRONOUNS = frozenset("nothing nobody none neither".split())
# The arcs by which a negative word is the clause's own argument, so negates its verb.
_ARGUMENT_ARCS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
# "nothing but praise", "nothing short of a disaster", "nothing less/more than …": a
# comparison states what follows it, so the pronoun negates nothing.
_COMPARING = frozenset("but short less more than".split())


def is_negated(verb: Any) -> bool:
    """The verb has a negation: "did not vote", "would no longer support" (spaCy hangs
    "no" under "longer", not under the verb), or a negative pronoun as its subject or
    object ("had nothing to do with it" denies as "did not have anything to do with it"
    does: :func:`negates_its_verb`)."""
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and any(
        g.lower_ == "no" for g in c.children)) or negates_its_verb(c)
        for c in verb.children)  # fmt: skip


def is_negative_word(word: Any) -> bool:
    """A negative pronoun or determiner: "nothing", "nobody", "none", "neither", the "one"
    of "no one"; not one that opens a comparison ("nothing but praise", "nothing short
    of", "nothing more than"), which states what follows it."""
    lower = word.lower_
    if lower == "one":
        negative = any(c.lower_ == "no" and c.dep_ in ("det", "neg") for c in word.children)
    elif lower == "neither":
        negative = word.pos_ in ("PRON", "DET", "NOUN")
    else:
        negative = lower in NEGATIVE_PRONOUNS
    return negative and not any(c.lower_ in _COMPARING for c in word.children) \
        and not _hyphened(word)


def _hyphened(word: Any) -> bool:
    """Whether the word is part of a hyphened modifier ("a do-nothing Congress"), which names a
    kind and negates no clause."""
    doc = word.doc
    before = word.i > 0 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_
    after = word.i + 1 < len(doc) and not word.whitespace_ and doc[word.i + 1].text == "-"
    return before or after


def negates_its_verb(word: Any) -> bool:
    """A word that makes its verb's clause a negation: a negative pronoun as the subject
    or object ("nobody was hurt", "had nothing to do with"), or a noun "neither" determines
    there ("neither senator voted"). spaCy labels "nothing" an object, not ``neg``, so the
    readers of "not" missed it (docs/eval-compare.md "Session 22: negative words")."""
    if word.dep_ not in _ARGUMENT_ARCS or _double_negation(word.head):
        return False
    return is_negative_word(word) or any(
        c.dep_ == "det" and c.lower_ == "neither" for c in word.children)


def _double_negation(verb: Any) -> bool:
    """A verb that also takes "without": "none of this would have happened without Glenn"
    states that it happened through him; two negations cancel (BASIL 6f95dcb9, Fox)."""
    return any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children)


def negated_words(tokens: Sequence[Any]) -> list[Any]:
    """The words a negating noun, "fail"/"unable" or "without" governs: the verb of
    "failure to pass", "failed to pass", "without consulting"; the noun of "lack of
    funding", "without a vote". ("no longer" negates its verb: :func:`is_negated`.)"""
    found = []
    for word in tokens:
        lemma = word.lemma_.lower()
        if lemma in NEGATING_NOUNS and word.pos_ == "NOUN":
            found += [c for c in word.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"]
            found += [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        elif lemma in NEGATING_HEADS and word.pos_ in ("VERB", "ADJ"):
            found += [c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        elif word.lower_ == "without" and word.pos_ == "ADP":
            found += [c for c in word.children if c.dep_ in ("pobj", "pcomp")]
        elif lemma in DOING_WITHOUT and word.pos_ == "VERB":
            found += done_without(word)
    return found


def done_without(verb: Any) -> list[Any]:
    """What a verb of doing without leaves undone: the gerund or object of "forgo
    wearing a mask", "skip the mask", the "from"-clause of "refrain from wearing".

    "can forgo wearing a mask" states what "can go outside without wearing a mask"
    does; read as a plain verb it stated "wearing a mask" and clashed with the "without"
    that negates it (session 24, NeuS raw row 489: CBS and the New York Post shown as
    opposites)."""
    found = [c for c in verb.children if c.dep_ in ("xcomp", "dobj")
             and c.pos_ in ("VERB", "NOUN", "PROPN")]  # fmt: skip
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
              for g in c.children if g.dep_ in ("pobj", "pcomp")]  # fmt: skip
    return found


def unstated_nouns(tokens: Sequence[Any]) -> list[Any]:
    """Nouns under "no": "there is no evidence" states no evidence, so it must not clash
    with "claimed without evidence" (both say there is none)."""
    return [t.head for t in tokens
            if t.lower_ == "no" and t.dep_ in ("det", "neg") and t.head.pos_ == "NOUN"]


def governing_verb(word: Any) -> Any:
    """The nearest verb above a negated word ("pass" of "failure to pass … would
    increase": "increase"): where the negation stands, so that a negation in a side
    clause negates that clause only, as for "not" (compare/pairs.py ``_in_statement``)."""
    token = word.head
    for _ in range(len(word.doc)):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT" or token.head is token:
            return token
        token = token.head
    return token


def aims(tokens: Sequence[Any]) -> list[Any]:
    """The "to"-clauses of nouns: "their efforts to get a deal passed", "a plan to cut
    taxes", "the right to build the center" state an aim or a right, not that it
    happened, so what they hold is not stated as so. (df5fe55a: HuffPost's "in their
    efforts to get a deal passed, warning … that inaction would …" does not state the
    passing that Fox's "failure to pass" negates; both warn of not passing.)"""
    return [t for t in tokens if t.dep_ == "acl" and t.head.pos_ == "NOUN"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)]  # fmt: skip
