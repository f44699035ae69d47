"""A possessive "their" or "its" that points back out of a summary line (session 24).

National Review's "We honor their story." (NeuS raw row 497), one sentence cut out of
Biden's four-sentence statement, became the summary line "According to Joe Biden, “We
honor their story.”": whose story is named only in the sentences before (the
Armenians). The pronoun tests of :mod:`newsprism.compare.readable` read subjects ("he",
"they", "that"), not a possessive on an object.

A possessive "their"/"its" points back when nothing before it in the line could be what
it stands for: no noun or name other than a person's (a person is "his" or "her", and
the speaker a line is attributed to is one), and no "they"/"them"/"it" (whose own
antecedent the subject tests judge). "Armenians honour their dead" and "The company
raised its prices" name theirs; "We honor their story" does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsprism.pronoun_words import POSSESSIVE_ANTECEDENT_PRONOUNS

__all__ = ["demonstrative_points_back", "possessive_points_back"]

_POSSESSIVES = frozenset({"their", "its"})


def possessive_points_back(tokens: Iterable[Any]) -> bool:
    """Whether a possessive "their"/"its" in ``tokens`` (the parsed line) has nothing
    before it that it could stand for, nor its clause's subject after it ("by taking
    their oaths of office, lawmakers swear …": theirs)."""
    candidate = False
    for token in tokens:
        if token.lower_ in _POSSESSIVES and token.dep_ == "poss":
            if not (candidate or any(_could_own(s) for s in _subjects_after(token))):
                return True
        elif _could_own(token):
            candidate = True
    return False


def _subjects_after(token: Any) -> list[Any]:
    """The subjects, after ``token``, of the clauses above it up to its sentence's root."""
    found = []
    head = token
    while True:
        found += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i]
        if head.head.i == head.i:  # the root (a new Token object each time: no "is")
            return found
        head = head.head


def _could_own(token: Any) -> bool:
    """A word a later "their"/"its" can stand for: a noun or a name that is not a
    person's, or a pronoun that stands for one."""
    if token.lower_ in POSSESSIVE_ANTECEDENT_PRONOUNS:
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    # people named together are "their" ("Biden and Harris announced their plan")
    return token.ent_type_ != "PERSON" or bool(token.conjuncts)


_DISTAL = frozenset({"that", "those"})
# what a noun takes to say which one it is: "that pain which …", "those words of his"
_SAYS_WHICH = frozenset({"relcl", "acl", "prep"})


def demonstrative_points_back(tokens: Iterable[Any]) -> bool:
    """Whether the line holds "that"/"those" as the determiner of a noun that nothing
    after it defines ("We see that pain.", "Those words were repeated"): which pain is
    in a sentence the reader does not see. Found when the "their" line of NeuS raw row
    497 was left out and the summary fell back to the quotation's next sentence. "this"
    and "these" are left out ("this week" is a date, "this decision" often the line's
    own news)."""
    for token in tokens:
        if token.lower_ in _DISTAL and token.dep_ == "det" and token.head.pos_ == "NOUN" \
                and not any(c.dep_ in _SAYS_WHICH for c in token.head.children):  # fmt: skip
            return True
        if _object_pointer(token):
            return True
    return False


def _object_pointer(token: Any) -> bool:
    """ "this"/"that"/"these"/"those" standing alone as a verb's object ("We do this not
    to cast blame …"): what was done is in the sentence before. Not a relative "that"
    ("the bill that he signed"), nor one that announces what follows ("said this:")."""
    if token.lower_ not in _DISTAL | {"this", "these"} or token.dep_ != "dobj":
        return False
    if token.head.dep_ == "relcl" or any(c.dep_ in _SAYS_WHICH for c in token.children):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or following.text not in (":", "—")
