"""A thing's name in someone's words, inside an outlet's report: theirs, not the outlet's.

"U.S. military scrambled fighter jets in response to the Russian Navy conducting what
Moscow officials called its largest exercise in the Pacific Ocean since the end of the
Cold War, CBS News reported." (NeuS raw row 342, gold/speakers-neus): the free relative
"what Moscow officials called …" is a statement of the officials (session 21's
``_what_they_call``), but a report subordinate inside another statement is folded into
it (``_embedded``: "Miller said [Blinken reiterated the support]" is Miller's), so the
officials' name for the exercise was CBS News's. An outlet that reports ("CBS News
reported", "according to a report") relays what others did and said; the words it says
someone called a thing are that someone's, as :mod:`relayed` reads a quotation in marks
inside such a report. So the naming stays a quote of its own when the statement around
it is an outlet's or a report's relay; inside a person's statement ("Smith said Russia
held what officials called …") it stays folded in, as before (session 30).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["names_a_thing"]


def names_a_thing(verb: Token) -> bool:
    """ "what X called Y": a form of "call" with the free relative "what" as its object
    before it and a noun phrase after it."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    return any(c.lower_ == "what" and c.i < verb.i for c in objects) and \
        any(c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in objects)  # fmt: skip
