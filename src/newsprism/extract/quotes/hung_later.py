"""A participle after "…," X said, that the parse hung on a verb later in the text.

"“… is insane,” Sanders said, going on to say that the country has spent “hundreds of
years fighting against racism …, to have that debate again, young people do not want to
see that …”" (PolNeAR dev, Politico): the parser hung "going" on "want", the verb of a
clause inside what Sanders went on to say, so "young people" were the speakers of his
words. A participle adjunct takes the subject of the clause it continues, and a
participle set off by a comma right after a finite verb of speech ("Sanders said,
going on …", "Smith told reporters Tuesday, adding …") continues that verb: its subject
speaks. A participle that opens its sentence or stands between a subject and its verb
("Smith, saying he was tired, left") has its head after it by right, and is left as the
parse has it (session 30).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["speech_before"]

_FINITE = ("VBD", "VBZ", "VBP")


def speech_before(verb: Token, speech_base: Callable[[Token], str | None]) -> Token | None:
    """The finite verb of speech whose clause ends at the comma before ``verb``, when
    the parse hung the participle ``verb`` on a verb after its own words."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i <= verb.right_edge.i:
        return None
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    token = verb.doc[verb.i - 2]
    while not (token.tag_ in _FINITE and speech_base(token)) and \
            token.head.i != token.i and token.head.i < verb.i:  # fmt: skip
        token = token.head
    if token.tag_ not in _FINITE or not speech_base(token) or token.right_edge.i >= verb.i:
        return None  # no verb of speech ends right before the comma
    return token
