"""What a failed act leaves undone: the verb a failing word governs, and that verb's object.

The polarity clash of the same-fact decision (compare/pairs.py ``_polarity_clash``) sets
what one sentence negates against what the other states as so. For "failed to pass the
bill" it read the verb alone ({pass}), so a failure worded with another verb than the
act ("the legislature failed to garner enough votes to override the veto") negated only
"garner", and the pair with "senators voted to overturn the veto" stood as one fact at
the model's 0.50 (docs/eval-compare.md, session 30, NeuS raw row 236; session 31). The
act that did not happen is the verb with what it takes: "garner … votes", "win
approval", "reach a deal". So a verb that a failing word governs (``negation.
negated_words``: "failed to", "unable to", "failure to", "without") negates its direct
object too (its head noun: "votes" → {vote}).

A verb negated by "not" already gives its object (``pairs._negated_objects``); this
brings the failing words level with it. Both sides of a pair are read alike, so "failed
to garner enough votes" and "fell short of the votes … failed to win enough votes" do
not clash (neither states the votes as won).
"""

from __future__ import annotations

from typing import Any

from newsprism.compare.negation_scope import is_measure


def named_by(word: Any) -> set[str]:
    """A negated word's lemma, with the nouns that name it for a noun ("the delegation's
    trip" → {trip, delegation}); a verb's lemma alone, as a cancelling verb's "to"-clause.
    A measure ("11-day" of "an 11-day war") names nothing (:func:`.negation_scope.is_measure`)."""
    found = {word.lemma_.lower()}
    if word.pos_ in ("NOUN", "PROPN"):
        found |= {t.lemma_.lower() for t in word.children
                  if t.dep_ in ("poss", "compound") and t.pos_ in ("NOUN", "PROPN")
                  and not is_measure(t)}
    return found


def failed_objects(word: Any) -> set[str]:
    """The head of the direct object of a verb a failing word governs: "failed to garner
    enough votes" → {vote}; nothing for a noun ("lack of funding"). Not the nouns that
    name it: in "failed to warn law enforcement officials" the act undone is the warning
    of officials, and "law enforcement" elsewhere ("a breakdown in law enforcement
    intelligence") is not its opposite (NeuS raw row 366, session 31)."""
    if word.pos_ != "VERB":
        return set()
    return {c.lemma_.lower() for c in word.children
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")}  # fmt: skip
