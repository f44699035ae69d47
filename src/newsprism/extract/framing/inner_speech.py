"""Whose few quoted words they are when a nearer speech verb inside reported speech says them.

A partial quote takes the speaker of the quote that covers it (:class:`.quoting.Sources`).
When that quote is reported speech (no quotation marks of its own) and, inside its
content, another speech verb governs the quotation, the words are that verb's subject's,
not the outer source's: in "The expert received an email from George Gao, in which Gao
apologized for saying the US was making a “big mistake”, according to correspondence
obtained by the Post", “big mistake” is Gao's words, and the outer source is the
correspondence that reports the apology (session 34's reading of a fresh NeuS story,
where the report gave the words to "correspondence").

The nearer verb's subject (climbing from a subjectless "saying" through "for" or a
complement to the verb that has one) is the speaker when it is a noun phrase: a name as
written ("Gao") or a description ("the company"). A pronoun, or no subject, leaves the
quotation unresolved: a quote given to the wrong person costs more than a missing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsprism.extract.framing.quoting import Sources
from newsprism.extract.framing.results import Span
from newsprism.extract.quotes.lexicon import load_lexicon as load_speech_lexicon

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How a subjectless speech verb hangs on the verb whose subject says it: "apologized for
# [saying]", "went on [saying]", "tried [to say]", "[saying] …, she left".
CLIMB = frozenset({"pcomp", "prep", "xcomp", "advcl", "conj"})
NAME_PARTS = frozenset({"compound", "flat", "det", "amod", "poss", "case"})


def nearer_speakers(doc: Doc, spans: Sequence[Span], sources: Sources) -> list[Span]:
    """``spans`` with the speaker of a nearer speech verb where :func:`inner_speaker`
    finds one, and with no speaker where that verb's subject is no noun phrase."""
    out = []
    for span in spans:
        found = inner_speaker(doc, span, sources)
        out.append(span if found is None else replace(span, speaker=found or None))
    return out


def inner_speaker(doc: Doc, span: Span, sources: Sources) -> str | None:
    """The subject of a speech verb inside the covering reported speech that governs the
    quotation ``span`` ("" when it has none that is a noun phrase); None when there is
    no such verb and the covering quote's speaker stands."""
    reported = sources.reported_at(span.start, span.end)
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if reported is None or tokens is None or not span.speaker:
        return None
    parts = reported.parts or ((reported.start, reported.end),)
    speech = load_speech_lexicon()
    node = tokens.root
    while node.head.i != node.i:  # spaCy makes a new Token object on each access
        node = node.head
        if not any(a <= node.idx < b for a, b in parts):
            return None  # left the reported content: the outer cue's, as before
        if node.pos_ == "VERB" and node.lower_ in speech.forms:
            return _subject_words(_subject(node))
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb a subjectless one hangs on (:data:`CLIMB`)."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in SUBJECTS:
                return child
        if node.dep_ not in CLIMB or node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject_words(subject: Token | None) -> str:
    """The subject as written, with the words that make its name or description ("the
    company", "George Gao"); "" for a pronoun or none."""
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return ""
    left = [t for t in subject.lefts if t.dep_ in NAME_PARTS]
    start = min([t.i for t in left] + [subject.i])
    return subject.doc[start : subject.i + 1].text
