"""A speech verb that opens its sentence, the speaker's name right after it: "Added Gibbs:".

"Added Gibbs: “I think you would really have to ask somebody who says … ”" (HuffPost,
BASIL df5fe55a), "Continued Stone: “So …”", "Said Comey, “…”": English may front the
verb and invert its subject before a quotation set off by a colon or a comma. The
parse reads the fronted verb as an adjective of the name ("Added" an ``amod`` of
"Gibbs", "Gibbs" the root), so the verb had no subject and the quotation no cue
(gold/speakers-basil12).

Read only in that exact shape: the verb the first word of its sentence (after an "And"
or "But"), capitalised, a speech verb of the lexicon; then a name of one to four
capitalised words (a title such as "Sen." among them), no other word; then a colon or a
comma right before the opening mark. The last word of the name is the speaker. "Said to
be …", "Added costs …" and "Asked about it, Smith said" have no name and mark in that
shape and stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["fronted_speaker"]

_OPENERS = frozenset({"and", "but"})
_MARKS = frozenset({"“", '"', "``", "‘"})
_MAX_NAME = 4


def fronted_speaker(verb: Token) -> Token | None:
    """The last word of the name right after ``verb`` when ``verb`` opens its sentence
    and the name is followed by a colon or a comma and an opening quotation mark."""
    sent = verb.sent
    lead = [t for t in verb.doc[sent.start : verb.i] if not t.is_space]
    if len(lead) > 1 or (lead and lead[0].lower_ not in _OPENERS) or not verb.is_title:
        return None
    name: list[Token] = []
    for tok in verb.doc[verb.i + 1 : min(sent.end, verb.i + 2 + _MAX_NAME)]:
        if tok.text in (":", ","):
            return _closed(name, tok)
        if not tok.is_title or tok.pos_ not in ("PROPN", "NOUN") or tok.is_quote:
            return None
        name.append(tok)
    return None


def _closed(name: list[Token], punct: Token) -> Token | None:
    """The name's last word, when the name ends in a proper noun and an opening mark
    follows the colon or comma."""
    doc = punct.doc
    if not name or name[-1].pos_ != "PROPN" or punct.i + 1 >= len(doc):
        return None
    return name[-1] if doc[punct.i + 1].text in _MARKS else None
