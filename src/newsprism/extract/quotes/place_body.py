"""A body named by a place modifier is that body, described (session 28, i12-fixes36).

"The U.S. military said", "The U.S. embassy in Afghanistan had previously said": the
place (a GPE or LOC entity) only modifies the noun, so it is no speaker
(:mod:`.place_modifier`); session 27 left such a phrase unresolved. When the noun is a
body that speaks as one (the lexicon's ``bodies``: "military", "embassy", "ministry",
"government"), the phrase itself says who spoke: it is shown as the article describes
it ("the U.S. military"), resolved "description".

Its guard: the description is a body's, never a person's. Given as a plain description,
r161's embassy was taken by :func:`.variation.epithet_of` for an epithet of the State
Department spokesman quoted the sentence before (a wrong speaker); a body noun is no
epithet (``Speakers.is_body``), and this rule checks that before describing. Any other
noun ("the Manhattan jurist" with no judge named, "the U.S. code") stays unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.speakers import Speaker, Speakers

__all__ = ["place_body"]


def place_body(speakers: Speakers, head: Token, tokens: list[Token]) -> Speaker | None:
    """The described body ("the U.S. military") when ``head``, modified by a place, is a
    singular body noun; None (unresolved) otherwise."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not speakers.is_body(head):
        return None
    if speakers.people.person_at(head) is not None:
        return None
    return speakers._described(tokens)
