"""Whose word a quoted word is when it names what someone calls for: the caller's.

"Eighteen prominent scientists … are calling for a “transparent” and “data-driven”
probe" (the New York Post, NeuS raw row 434; session 27): the two words set in marks are
the scientists' (their letter asks for a transparent, data-driven investigation), not
the writer's distance from them. The quote extractor takes no quote here (no clause is
said), so :func:`.quoting.find_scare_quotes` saw a word nobody is quoted saying and
showed it as a scare quote. A sentence that reports what its subject asked for reports
speech (the lexicon's rule for "Mickey Mouse" in a sentence that reports what a source
said), so the word is a partial quote of that subject:

- the quotation opens in lower case (a word; a capitalised one may be a programme's
  name, "“Medicare for All”", and stays as it was);
- its words are, through modifiers only (adjectives, compounds, coordination), the
  object of a verb of asking (:data:`OBJECT_VERBS`: "urged a “fair” review") or what a
  verb of asking is "for" (:data:`FOR_VERBS`: "calling for a “transparent” probe");
  any other verb or clause on the way ends the walk: "unveiled its “reform”" reports no
  speech and stays a scare quote;
- the verb has a subject (its own, or, for the second verb of a coordination, the
  first's); the caller is that subject as written (:func:`.accused.as_written`: a name
  or a short description, a name's "of" part kept; a bare pronoun names no one and the
  speaker is left empty).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprism.extract.framing.accused import as_written
from newsprism.extract.framing.results import Span

FOR_VERBS = frozenset({"call", "ask", "appeal", "plead", "press", "clamor", "clamour"})
OBJECT_VERBS = frozenset({"urge", "demand", "request", "propose", "recommend", "promise",
                          "pledge"})  # fmt: skip
MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod", "conj", "nummod",
                           "advmod", "punct", "hmod", "det"})  # fmt: skip


def asking_verb(token: Token) -> Token | None:
    """The verb of asking whose object (or "for") holds ``token`` through modifiers
    only (module docstring), if any."""
    current = token
    for _ in range(12):  # a noun phrase, not a sentence: a few steps at most
        head = current.head
        if head is current:
            return None
        if current.dep_ == "dobj" and head.pos_ == "VERB":
            return head if head.lemma_.lower() in OBJECT_VERBS else None
        if current.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
            verb = head.head
            ok = verb.pos_ == "VERB" and verb.lemma_.lower() in FOR_VERBS
            return verb if ok else None
        if current.dep_ not in MODIFIER_DEPS:
            return None
        current = head
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the first verb's for the second of a coordination."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.dep_ == "nsubj":
            return subject
    return None


def caller(doc: Doc, span: Span) -> tuple[bool, str | None]:
    """(the quoted word names what a subject asks for, that subject as written)."""
    inner = span.text.strip("\"'“”‘’ ")
    if not inner[:1].islower():
        return False, None
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False, None
    content = [t for t in words if not t.is_punct]
    if not content:
        return False, None
    verb = asking_verb(content[0])
    if verb is None:
        return False, None
    subject = _subject(verb)
    if subject is None:
        return False, None
    return True, caller_words(subject)


def caller_words(subject: Token) -> str | None:
    """The caller as written (:func:`.accused.as_written`), with the "of" part of a
    name the parse hangs on its head kept: "New York City Board of Elections" (National
    Review, NeuS raw row 299), not "New York City Board"."""
    words = as_written(subject)
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if words is None or of is None or subject.pos_ != "PROPN":
        return words
    tail = subject.doc[of.i + 1 : of.right_edge.i + 1]
    if 0 < len(tail) <= 4 and all(t.text[:1].isupper() or t.lower_ in ("and", "&")
                                  for t in tail):  # fmt: skip
        return f"{words} {subject.doc[of.i : of.right_edge.i + 1].text}"
    return words


def split_called_for(doc: Doc, scare: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """The scare quotes that stay, and those that are a caller's words, as partial
    quotes (``in_quote``, the caller as ``speaker``)."""
    kept, called = [], []
    for span in scare:
        asked, speaker = caller(doc, span)
        if asked:
            called.append(Span(span.start, span.end, span.text, True, speaker))
        else:
            kept.append(span)
    return kept, called
