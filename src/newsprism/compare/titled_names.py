"""A role noun set right before a person's name is that person (issue 12, session 35).

News names people after a lower-case role with no comma: "former state treasurer Mark
Ellison was charged", "acting police chief Dana Ortiz resigned". The small parser
often makes the role noun the head of the phrase and hangs the name on it as an
apposition ("treasurer" ← appos "Ellison"), so the subject of the clause is the token
"treasurer". The claim frames key a subject by the name its token stands in
(``frame_subjects._entity``); "treasurer" stands in none, so it was keyed "treasurer",
and the same person written "Ellison" in another report was another subject: "was
charged with four federal crimes" against "no formal charges have been filed" (the
article's person, "ellison") was never one event. Two reports that both wrote the role
first met only by the role word, which two different treasurers share.

Read only where nothing else can be meant: a common noun (not a proper noun, not a
pronoun), an apposition that begins on the very next token (no comma, no other word
between: "the treasurer, Mark Ellison and the mayor" is a list the parser may misread),
and that apposition is a PERSON mention. An apposition after a comma is left as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.models import Mention


def titled_name(token: Any, mentions: Sequence[Mention]) -> Mention | None:
    """The PERSON mention set with no comma right after the role noun ``token`` that the
    parse made the head of the name ("state treasurer | Mark Ellison"), else None."""
    if token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return None
    for child in token.children:
        if child.dep_ != "appos" or child.left_edge.i != token.i + 1:
            continue
        start = token.doc[token.i + 1].idx
        hit = next((m for m in mentions if m.label == "PERSON" and m.start == start
                    and child.idx < m.end), None)  # fmt: skip
        if hit is not None:
            return hit
    return None
