"""Two speakers a parse puts in the wrong noun phrase (session 25, gold/speakers-basil6).

- **The one a recording shows speaking.** "… called a New York Times report which
  includes video of him at a 2008 event saying he had served "in Vietnam"" and "using a
  news clip of Prime Minister Benjamin Netanyahu of Israel warning of the risks of a
  nuclear Iran": the parse hangs the participle on the main verb, so the cue took the
  clause's subject (Blumenthal's campaign, the advertisement). A reader hangs it on the
  person the recording is of: a participle with no subject of its own, not set off by a
  comma, right after "<recording> of <person>" (and any phrase hung on it: "of Israel",
  "at a 2008 event") speaks as that person.
- **The one a recording is said to show speaking.** "“The fact is …,” Mr. Netanyahu is
  shown saying." (NYT): the participle hangs on a passive verb of showing or hearing,
  whose subject is the one shown; no subject was found, so the quotation had no cue.
- **A name that closes a prepositional phrase of the subject.** "A blogger on the Web
  site Freedom's Lighthouse said, “…”": the parse made "Freedom's Lighthouse" the
  subject of "said" and "blogger" the subject of a verb inside the quotation. A proper
  name right after a common noun that is a preposition's object, no comma between,
  names that noun ("the Web site Freedom's Lighthouse"); the subject is the noun the
  preposition hangs on, shown with the name (:func:`with_split_name`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["noun_before_name", "recorded_speaker", "shown_speaking", "with_split_name"]

# words a noun phrase with its prepositional phrases is made of, between the person
# and the participle ("of Israel", "at a 2008 event")
_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "ADP", "PART"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# a person named there is the speaker ("the spokesman for the group John Smith")
_NOT_PERSON = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def _recorded(token: Token, recordings: frozenset[str]) -> bool:
    """``token`` is a person that "<recording> of" hangs on: "video of him"."""
    person = token.ent_type_ == "PERSON" or token.lower_ in _OBJECT_PRONOUNS
    prep = token.head
    return person and token.dep_ == "pobj" and prep.lower_ == "of" and \
        prep.head.lemma_.lower() in recordings  # fmt: skip


def recorded_speaker(verb: Token, recordings: frozenset[str]) -> Token | None:
    """The person a recording shows saying ``verb`` (a participle), or None."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    start = verb.sent.start
    for i in range(verb.i - 1, max(start, verb.i - 16) - 1, -1):
        token = verb.doc[i]
        if token.pos_ not in _PHRASE_POS and token.lower_ not in _OBJECT_PRONOUNS:
            return None  # a comma, a verb, a conjunction: the participle is set off
        if _recorded(token, recordings):
            return token
    return None


# passive verbs of showing a recording: "is shown saying", "was heard telling"
_SHOWN = frozenset({"show", "hear", "see", "catch", "film", "record", "videotape", "tape"})


def shown_speaking(verb: Token) -> Token | None:
    """The subject of "<someone> is shown / heard / seen saying", or None."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "xcomp" or head.lemma_.lower() not in _SHOWN or \
            not any(c.dep_ == "auxpass" for c in head.children):  # fmt: skip
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or
                               subject.lower_ in ("he", "she", "they")):  # fmt: skip
        return None
    return subject


def noun_before_name(subject: Token) -> Token | None:
    """The noun whose prepositional phrase a subject name closes, or None: "A blogger
    on the Web site Freedom's Lighthouse said" -> "blogger"."""
    doc = subject.doc
    left = subject.left_edge.i
    if subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_PERSON or left == 0:
        return None
    noun = doc[left - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    holder = noun.head.head
    if holder.pos_ != "NOUN" or holder.i > noun.i or holder.sent.start != subject.sent.start:
        return None
    between = doc[holder.i : left]
    return holder if all(t.pos_ in _PHRASE_POS for t in between) else None


def with_split_name(tokens: list[Token]) -> list[Token]:
    """A speaker phrase that ends on a preposition's object, with the name the parse
    split from it (:func:`noun_before_name`): "A blogger on the Web site" + "Freedom's
    Lighthouse"."""
    last = tokens[-1] if tokens else None
    if last is None or last.pos_ != "NOUN" or last.dep_ != "pobj":
        return tokens
    doc = last.doc
    for token in doc[last.i + 1 : min(len(doc), last.i + 6)]:
        if token.dep_ == "nsubj" and token.left_edge.i == last.i + 1 and \
                noun_before_name(token) is not None:  # fmt: skip
            return [*tokens, *doc[last.i + 1 : token.i + 1]]
    return tokens
