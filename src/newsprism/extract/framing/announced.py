"""Whose word is a flag after a colon that opens a message, or in what a claim is of:
the message's author's, the claimant's.

"The GOP … has a message for Joe Biden: Stop being so radical and divisive" (NeuS raw
row 482, a guest column; session 25, second pass): "so radical" and "divisive" are the
GOP's message, which the outlet sets out after the colon, not its own description of
Biden. The quote extractor takes no colon as a cue without quotation marks, so here, for
one flagged phrase:

- it lies after a colon in the same sentence, and the words just before that colon are
  a noun of a statement or a document and at most its addressee or topic, no verb
  (data/speech_verbs.toml: the speech nouns and the document nouns, "message",
  "warning", "statement", "letter" …), so the colon opens what the noun says, not a
  list or an explanation of the outlet's;
- the noun is held: the object of a verb that voices a statement for its subject (the
  same file's ``voicing`` verbs: "sent a message", "issued a warning") or of "have"
  ("has a message for …": the holder's), with a subject, or it has a possessor ("Scott's
  message for Biden: …");
- the owner is that subject or possessor, as :mod:`.accused` names an accuser (a name,
  or a description of six words at most; a bare pronoun names no one and the word
  stays the outlet's); when the holding verb is itself reported speech, the reporter.

The same holder owns what a statement noun is "of": "former President Donald Trump's
baseless claims of fraud" (CNN, NeuS raw row 460; session 25, second pass): "fraud" is
what Trump claims, "baseless" the outlet's judgement of it. The nouns are the speech
nouns of data/speech_verbs.toml ("claim", "warning", "promise" …) and the nouns of the
charges :mod:`.accused` reads (:data:`CHARGE_NOUNS`); not "criticism of X" or "report
of X", whose "of" names a target or a topic; and only what the "of" itself takes.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsprism.extract.framing.accused import as_written
from newsprism.extract.quotes.lexicon import load_lexicon

HOLDING = frozenset({"have"})  # "has a message for X: …" — the holder's message
COLONS = frozenset({":"})
CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge"})  # "accuse", "allege", "charge"
MAX_GAP = 5  # words between the noun and its colon: "for the new president", no more


def message_noun(doc: Doc, a: int) -> Token | None:
    """The statement or document noun whose colon opens the words holding token ``a``
    (module docstring), if any: the nearest such noun before the colon, with only its
    addressee or topic between them ("a message for Joe Biden:", "a warning to the
    mayor:"), no verb and at most :data:`MAX_GAP` words. The parse is not walked: it
    hangs the colon's words on the noun or on the verb, and the addressee on either."""
    sent = doc[a].sent
    colon = next((t for t in reversed(doc[sent.start : a]) if t.text in COLONS), None)
    if colon is None:
        return None
    lex = load_lexicon()
    nouns = lex.speech_nouns | lex.documents
    for t in reversed(doc[max(sent.start, colon.i - 1 - MAX_GAP) : colon.i]):
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
            return t
    return None


def holder_mention(noun: Token) -> Token | None:
    """Who holds the message: its possessor, or the subject of the verb that voices or
    has it (module docstring); None otherwise."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() not in HOLDING | load_lexicon().voicing_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def announcer(doc: Doc, a: int, reported: Callable[[int], str | None]) -> str | None:
    """Whose word the flag starting at token ``a`` is when it is what a message set out
    after a colon says; ``reported(i)`` is the reported-speech owner of token ``i``
    (the holding verb), tried first."""
    return _holders_word(message_noun(doc, a), reported)


def claim_noun(doc: Doc, a: int) -> Token | None:
    """The statement noun whose "of" takes the words holding token ``a`` ("claims [of
    fraud]"), if any (module docstring)."""
    lex = load_lexicon()
    nouns = lex.speech_nouns | CHARGE_NOUNS
    below = doc[a]
    for head in doc[a].ancestors:
        if head.pos_ in ("VERB", "AUX"):
            return None
        if below.lower_ == "of" and below.dep_ == "prep" and head.lemma_.lower() in nouns:
            return head if head.pos_ == "NOUN" else None
        below = head
    return None


def claimant(doc: Doc, a: int, reported: Callable[[int], str | None]) -> str | None:
    """Whose word the flag starting at token ``a`` is when it is what a held claim is
    of (module docstring); None otherwise."""
    return _holders_word(claim_noun(doc, a), reported)


def _holders_word(noun: Token | None, reported: Callable[[int], str | None]) -> str | None:
    """Who holds ``noun`` (a message or a claim): the reported-speech owner of its
    holding verb, else its holder as written; None when it has no holder."""
    if noun is None:
        return None
    mention = holder_mention(noun)
    if mention is None:
        return None
    return reported(noun.head.i) or as_written(mention)
