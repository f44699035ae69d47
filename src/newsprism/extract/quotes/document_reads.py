"""A document that "reads" its words: "“…,” the letter reads", "“…,” reads a statement
from his office", "The memo reads: “…”" (session 31).

"Read" is no verb of speech: a person who reads reads someone else's words ("he declared,
reading out the apology"). Said of a document, it gives the document's wording, as "the
statement said" does; the extractor did not know it, so the quotation had no cue and was
left out or, worse, taken as the rest of the sentence before it ("Lerner announced her
plans … in a letter from her lawyer. “She has not committed any crime …,” the letter
addressed to Chairman Darrell Issa reads": the lawyer's letter was given to Lerner).

Only a finite form of a verb of ``[documents] verbs`` in ``data/speech_verbs.toml``
("read", "reads"), only with a subject that is a document noun of the lexicon (a
statement, a letter, a memo, a report, a post …) and with no object of its own after
it: "a sign reads", "the headline reads", "it read" and "he reads the statement" are
left as they were. A document the parse made the object of a subjectless "read" right
after a closing mark ("“…,” read the police report obtained by the Daily News", FNC-1
body 2486, gold/speakers-fresh38, session 38) is that verb's subject. The document
then speaks for its owner as for any other cue.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["document_reading", "reading_phrase"]

_FINITE = frozenset({"VBZ", "VBD", "VBP"})
_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "prt"})
_PHRASE = frozenset({"DET", "ADJ", "NUM", "PROPN", "PART"})  # before a noun phrase's head


def document_reading(verb: Token, verbs: Collection[str], documents: Collection[str],
                     qid: Sequence[int]) -> Token | None:  # fmt: skip
    """The document noun that ``verb`` ("reads", a form of one of ``verbs``) has as its
    subject, else None.

    The subject is the verb's own (before it, or after it: "reads a statement from"), or,
    when the parse lost it, the noun phrase that stands alone between a closing
    quotation mark and the verb ("“…,” the letter addressed to X reads": "letter" parsed
    as the subject of "addressed")."""
    if verb.tag_ not in _FINITE or verb.lemma_.lower() not in verbs or qid[verb.i] != -1:
        return None
    children = list(verb.children)
    if (inverted := _inverted(verb, children, documents)) is not None:
        return inverted
    if any(c.dep_ in _OBJECTS and c.i > verb.i and qid[c.i] == -1 for c in children):
        return None  # "reads the statement", "read that …": a reader's act
    own = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own[0] if _document(own[0], documents) else None
    return _lost_subject(verb, documents, qid)


def _inverted(verb: Token, children: list[Token], documents: Collection[str]) -> Token | None:
    """ "“…,” read the police report obtained by the Daily News": the verb right after a
    closing quotation mark, with no subject of its own, and a document noun parsed as its
    object: the document reads the words (a reader's act has a reader for subject)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or not before.is_quote or any(c.dep_ in ("nsubj", "nsubjpass")
                                                    for c in children):  # fmt: skip
        return None
    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    return objects[0] if objects and _document(objects[0], documents) else None


def _document(noun: Token, documents: Collection[str]) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in documents


def _lost_subject(verb: Token, documents: Collection[str], qid: Sequence[int]) -> Token | None:
    """The document noun that opens the words between a closing mark and ``verb``."""
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and qid[i] == -1 and not doc[i].is_quote:
        i -= 1
    if i < verb.sent.start or not doc[i].is_quote:
        return None  # no quotation right before the phrase
    words = [t for t in doc[i + 1 : verb.i] if not t.is_punct]
    head = next((t for t in words if t.pos_ not in _PHRASE), None)
    if head is None or not _document(head, documents):
        return None
    if any(t.pos_ not in _PHRASE for t in words[: words.index(head)]):
        return None
    return head


def reading_phrase(verb: Token, verbs: Collection[str], documents: Collection[str],
                   qid: Sequence[int]) -> set[int]:  # fmt: skip
    """The token ids from a reading document's noun phrase to ``verb`` when the phrase
    stands before it, so that a cue after a quotation may have the parse's stray words
    between (``“…,” the letter addressed to X reads``); empty otherwise."""
    subject = document_reading(verb, verbs, documents, qid)
    if subject is None or subject.i > verb.i:
        return set()
    return set(range(subject.left_edge.i, verb.i))
