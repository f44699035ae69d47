"""An inverted cue whose speaker comes after a long title: “…,” said Indeed Hiring Lab
director of research Nick Bunker.

The inverted-cue rule (:meth:`Subjects._inverted_subject`) takes the capitalised word
right after the verb; here that word is "Indeed", a company's name the small parser
reads as the adverb, and the speaker was shown unresolved (NeuS r365, the Examiner,
docs/eval-compare.md "Read as a user, session 28"). When the words after the verb run,
with no punctuation and no finite verb, through a role noun of ``roles.toml``
("director") to a person's name that ends the sentence or is closed by a comma, the
name speaks; the company and the title before it describe the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

__all__ = ["name_after_title"]

_MAX_TITLE = 8  # words between the verb and the name: company, role, "of research"
_ENDS = frozenset({".", ",", "!", "?", ";", ":"})


def name_after_title(verb: Token, roles: Collection[str]) -> Token | None:
    """The head of the person's name after a title that follows ``verb``, or None."""
    doc = verb.doc
    sent_end = verb.sent.end
    for ent in doc.ents:
        if ent.start <= verb.i + 1 or ent.start > verb.i + 1 + _MAX_TITLE:
            continue
        if ent.label_ != "PERSON" or not (ent.end >= sent_end or doc[ent.end].text in _ENDS
                                          or doc[ent.end].is_quote):  # fmt: skip
            return None
        title = doc[verb.i + 1 : ent.start]
        if any(t.is_punct or t.is_quote or t.tag_ in ("VBD", "VBZ", "VBP", "MD")
               or t.ent_type_ == "PERSON" for t in title):  # fmt: skip
            return None
        if not any(t.lower_ in roles for t in title):
            return None
        return ent[-1]
    return None
