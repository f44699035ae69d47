"""A comma apposition inside a speaker phrase is no part of the speaker's name.

``Speakers.phrase`` stops at a comma apposition of the phrase's head ("Jo Roe, a
lawyer, said"), but one hung on a noun further in stayed: "Officials at Homeland
Security Investigations, a division of Immigration and Customs Enforcement, said …"
named the officials with the whole apposition (NYT, PolNeAR dev; gold/speakers-polnear),
a name no reader would write and no other outlet's phrase would match. The apposition
describes the inner noun ("a division of …"), so, like a relative clause there, it is
dropped with the comma that opens it (session 34). An apposition with no comma ("the
agency's spokesman Tom Lee") is the phrase's own words and stays, and so is a proper
noun set off by a comma, a place's state ("Officials in Maricopa County, Arizona",
gold/speakers-neus6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["set_off"]


def set_off(token: Token) -> bool:
    """``token`` heads a comma apposition, or is that comma: dropped from a phrase."""
    if token.dep_ == "punct" and token.text == ",":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and any(_described(c) and c.left_edge.i == nxt.i
                                       for c in token.head.rights)  # fmt: skip
    return _described(token) and token.left_edge.i > 0 and \
        token.doc[token.left_edge.i - 1].text == ","  # fmt: skip


def _described(token: Token) -> bool:
    """An apposition that describes ("a division of …"): a common noun. A proper noun
    there is part of the name ("Maricopa County, Arizona"; "Paris, Texas")."""
    return token.dep_ == "appos" and token.pos_ == "NOUN"
