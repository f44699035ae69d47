"""A body's name with "and" inside is one name, not the first of two conjuncts.

"The Gay and Lesbian Alliance Against Defamation has asked …" was given to "Gay" (the
parser coordinated "Gay" with "Alliance" and the tagger found no entity), and "The
Central and East European Coalition said …" to "East European Coalition" (the tagger's
entity starts after "and"). Both are one title-case name: "the", capitalised words
joined by "and" (and "of", "for", "against", "on", "&"), and after the "and" a noun
for a body that speaks as one (data/speech_verbs.toml, ``bodies``, or "alliance"). Two people or two
parties ("Smith and Jones", "the Democrats and Republicans") have no such noun and are
left to the joint-speaker rules; a phrase with a person's name in it is never widened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["and_name"]

_JOINS = frozenset({"and", "&", "of", "for", "against", "on"})
# a body's name word not in ``bodies``: made one there, "alliance" turned "The U.S.
# nonprofit group EcoHealth Alliance" (NeuS row 108) from a name into a description
_NAME_WORDS = frozenset({"alliance"})


def _title(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _edges(head: Token) -> tuple[int, int]:
    """The run of title-case words and joining words around ``head`` in its sentence."""
    doc, sent = head.doc, head.sent
    left = head.i
    while left - 1 >= sent.start and (_title(doc[left - 1]) or doc[left - 1].lower_ in _JOINS):
        left -= 1
    right = head.i
    while right + 1 < sent.end and (_title(doc[right + 1]) or (
            doc[right + 1].lower_ in _JOINS and right + 2 < sent.end
            and _title(doc[right + 2]))):  # fmt: skip
        right += 1
    while left < head.i and not _title(doc[left]):
        left += 1  # a run opens on a capitalised word
    return left, right


def and_name(head: Token, name: tuple[int, int], bodies: frozenset[str]
             ) -> tuple[str, int, int] | None:  # fmt: skip
    """The whole name (text, start, end), as written, when the speaker's ``name``
    (character span) lies inside a body's name with "and" inside, else None."""
    doc = head.doc
    left, right = _edges(head)
    if doc[left].lower_ == "the":
        left += 1
    elif left == 0 or doc[left - 1].lower_ != "the":
        return None  # "Smith and Jones": no article, no body's name
    words = doc[left : right + 1]
    ands = [t.i for t in words if t.lower_ in ("and", "&")]
    if not ands or not _title(words[0]) or not _title(words[-1]):
        return None
    nouns = bodies | _NAME_WORDS
    if not any(t.lower_ in nouns and t.i > ands[0] and t.tag_ == "NNP" for t in words) or \
            any(t.ent_type_ == "PERSON" for t in words):  # fmt: skip
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    if not (start <= name[0] and name[1] <= end):
        return None  # the same span is taken as written: a name joined word by word
    # from its proper nouns ("Bread Pastry Alliance") drops the "and"
    return doc.text[start:end], start, end
