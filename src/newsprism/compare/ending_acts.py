"""Two reports of one ending are not opposites (session 35, i12-open35).

The polarity veto (:func:`newsprism.compare.pair_vetoes._polarity_clash`) reads a noun a
cancelling verb governs ("abandoned … talks", "blocked an … program") as *not* so, and
sets that sentence against any sentence that states the noun as so. When the other
sentence states the same noun's end with another verb ("… talks … have officially
broken down", "invalidated an … initiative …, a ruling that places the program in
jeopardy"), the two tell one ending, and the veto keeps them apart as opposite: NeuS raw
rows 364 (the Washington Times against Axios) and 248 (Vox against the WSJ), read in
session 34, where the hedge had to say "negates or cancels what this one states, or the
reverse" of two accounts of one end.

Rule: a sentence whose statement (its main predicate, or under "X said" the reported
clause's; :func:`newsprism.compare.statement_parts._main_predicates`) is an ending or a
failure — a cancelling verb, or a verb of :data:`ENDING` (with its particle where the
verb alone ends nothing: "break down", "call off", "strike down"), or "come to an end"
— and is not negated, *ends* something. Two sentences that both end something are not
read as opposite by the polarity veto: an ending against an ending is at worst two
endings of two things, never "one states what the other cancels". A negated ending
("did not end the talks", "never collapsed") ends nothing and still clashes, and so
does an ending of an end ("refused to block the law": the law stands).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.compare.events import CANCELLING
from newsprism.compare.stance import refuses_a_stop

ENDING_RULE = True  # off: the veto reads every cancelling verb against every statement
# verbs whose own sense is an end, an undoing or a failure
ENDING = CANCELLING | frozenset(
    "end terminate invalidate overturn nullify annul void quash kill sink torpedo derail "
    "collapse fail stall dissolve repeal overrule vacate disband discontinue".split())
# verbs that end only with their particle ("break down", "call off", "strike down")
ENDING_PARTICLES = {"break": {"down", "off", "up"}, "call": {"off"}, "strike": {"down"},
                    "shut": {"down"}, "fall": {"apart", "through"}, "throw": {"out"},
                    "walk": {"away"}, "pull": {"out"}}  # fmt: skip
# nouns of an end that "come to" / "grind to" make a statement of ("came to an end")
END_NOUNS = frozenset("end halt close standstill".split())


def is_ending(verb: Any) -> bool:
    """Whether a verb token states an end: an ending verb, an ending verb with its
    particle, or "come/grind to an end"."""
    lemma = verb.lemma_.lower()
    if lemma in ENDING:
        return True
    children = list(verb.children)
    if any(c.lower_ in ENDING_PARTICLES.get(lemma, ()) and _particle(c) for c in children):
        return True
    return lemma in ("come", "grind") and any(
        c.dep_ == "prep" and c.lower_ == "to"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in END_NOUNS for p in c.children)
        for c in children)


def _particle(word: Any) -> bool:
    """A particle, or a preposition or adverb standing alone as one ("fell through",
    "fell apart": the parser's tag varies; "fell through the ice" is no particle)."""
    return word.dep_ in ("prt", "advmod") or (
        word.dep_ == "prep" and not any(c.dep_ == "pobj" for c in word.children))


def ends_something(predicates: Sequence[Any], negated: set[int]) -> bool:
    """Whether one of a sentence's main predicates is an ending that no negation takes
    back (``negated``: the token indices of the verbs with a negation)."""
    if not ENDING_RULE:
        return False
    return any(is_ending(p) and p.i not in negated and not _ends_an_end(p)
               for p in predicates if p.pos_ in ("VERB", "AUX"))


def _ends_an_end(verb: Any) -> bool:
    """An ending verb that takes another end, or a request for one ("refused to block
    the law", "denied a motion for a stay", :func:`newsprism.compare.stance.
    refuses_a_stop`): the two undo each other, the thing stands, so the sentence ends
    nothing and "The court blocked the law" is still its opposite."""
    return refuses_a_stop(verb) or any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and is_ending(c) for c in verb.children)
