"""A country after a group's or rank's adjective, tagged as one organisation (issue 12,
session 35).

"Colin Powell, the first Black U.S. secretary of state" (NeuS raw row 1): the small
tagger reads "Black U.S." as one ORG, and the story's entity rows list an organisation
called "Black U.S.". The words are an adjective ("Black", "Hispanic", "female") and a
country ("U.S.") that together modify a lower-case noun ("secretary"): the only name in
them is the country's.

The rule: a span not tagged a place, whose last words are a country or a US state
(``mention_rules.is_place``), whose every word before them is an adjective (the parse's
``amod`` or ``JJ``, or one of the adjectives that describe a person's group, which
the parser reads as a proper noun when capitalised: "Black" is NNP compound of "U.S."
in "the first Black U.S. trade envoy"), and which modifies a lower-case word right
after it (it is no name of its own there). The mention is then the country, typed GPE.
A body's name with a country in it ("the Royal Saudi Air Force", "Bank of America",
"an Air France flight": "Air" is a noun) is left alone; so is a country named alone.
"""

from __future__ import annotations

from newsprism.extract.mention_rules import is_place

_PLACES = frozenset({"GPE", "LOC"})
_ADJECTIVE_DEPS = frozenset({"amod"})
# adjectives of a person's group, capitalised by custom before a noun: the parser tags
# them NNP then, so its own reading does not tell them from a name's first word
GROUP_ADJECTIVES = frozenset({
    "black", "white", "hispanic", "latino", "latina", "latinx", "asian", "native",
    "indigenous", "arab", "jewish", "muslim", "catholic", "christian", "hindu", "sikh",
    "gay", "lesbian", "transgender", "female", "male", "woman", "women",
})


def adjectives_before_place(ent: object) -> int:
    """How many leading words of ``ent`` are adjectives before a country or state that
    modifies a lower-case word after the span ("Black U.S." of "the first Black U.S.
    secretary": 1); 0 when the span is no such phrase."""
    tokens = list(ent)  # type: ignore[call-overload]
    if ent.label_ in _PLACES or len(tokens) < 2:  # type: ignore[attr-defined]
        return 0
    doc, end = ent.doc, ent.end  # type: ignore[attr-defined]
    if end >= len(doc) or not doc[end].text[:1].islower() or not doc[end].is_alpha:
        return 0  # the span is not a modifier of a common noun after it
    for first in range(1, len(tokens)):
        tail = doc[tokens[first].i : end]
        if not is_place(tail.text):
            continue
        leading = tokens[:first]
        if all(t.dep_ in _ADJECTIVE_DEPS or t.tag_ == "JJ" or t.lower_ in GROUP_ADJECTIVES
               for t in leading):
            return first
        return 0
    return 0
