"""One counted thing named by two nouns: "19 separate actions the president could take"
/ "a plan … that includes 23 steps he took" (issue 12, session 30).

Why: the number rule (compare/conflicts.py) compares two counts only of one counted
thing, read as the counted noun's lemma, so two outlets that count one plan's parts as
"actions" and as "steps" were never compared. Folding any two counted nouns adds far
more false pairs than real ones (session 19: 28 pairs, 1 real), so only nouns that are
one word for the same kind of thing are folded: the parts of a course of action
("action", "step", "move"; WordNet's *step* "any maneuver made as part of progress
toward a goal"). Every other check of the rule stays: one owner, topical overlap, the
same prospect (a plan's count against the count done), disagreement beyond stated
precision. "measure" is no member: it is also a bill (compare/legislation.py).
"""

from __future__ import annotations

# noun lemma → the one word it is compared as
_ONE_THING = {"step": "action", "move": "action"}


def counted_as(thing: str) -> str:
    """The counted thing as the number rule compares it: a plain noun of one kind
    folded to one word ("step" → "action"); a thing with a qualifier ("page of
    indictment") or any other noun as read."""
    return _ONE_THING.get(thing, thing)
