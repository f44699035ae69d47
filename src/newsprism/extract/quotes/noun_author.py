"""An -ing cue right after a noun of speech is that noun's: its author speaks.

"Democrats … highlighted comments Trump made in 2006 saying he “sort of hopes” the
housing bubble would burst" (AP, PolNeAR train, gold/speakers-fresh35): the parse hung
"saying" on the sentence's main verb ("were echoed by her campaign and Democrats"), so
the words went to the ones who highlighted the comments, not to the man who made them.
With no comma before it, an -ing participle right after a noun phrase modifies that
phrase's last noun, a date aside (", saying" set off by a comma continues the clause:
``Subjects._from_noun``).
When the phrase's head is a noun of speech or a document ("comments", "remarks", "a
statement", "a tweet", "an interview"), the participle says what those words say, so
their author is the speaker: the subject of the clause that makes them ("comments Trump
made", "a statement she issued"), the agent ("remarks made by the senator"), or the
owner ("the governor's remarks", "a letter from X", :func:`.subjects.owner`).

When no author is written ("a recent statement saying …", "comments that aired
saying …") this module says nothing and the older rules stand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from newsprism.extract.quotes.lexicon import SpeechLexicon

__all__ = ["made_by", "noun_author", "speech_noun_before"]

_RELATIVES = {"that", "which", "who", "whom"}
_NOMINAL = ("dobj", "pobj", "nsubj", "nsubjpass", "attr")
_WHEN = ("DATE", "TIME")  # "comments Trump made in 2006 saying": a date is passed over
# "comments [Trump made [in [2006]]]", "a tweet [the senator posted [last [year]]]": a
# few steps up from the word before, through the clause that makes the words only
_CLIMB = 5


def speech_noun_before(verb: Token, lex: SpeechLexicon) -> Token | None:
    """The noun of speech whose phrase ends right before the -ing cue ``verb``, no
    comma or dash between: "comments Trump made in 2006 | saying"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # a clause of its own ("… he saying"): not a participle
    token = verb.doc[verb.i - 1]
    if token.is_punct or token.is_quote:
        return None  # ", saying": set off, the clause's subject speaks
    nouns = lex.speech_nouns | lex.documents | lex.channels
    for _ in range(_CLIMB):
        if (token.pos_ == "NOUN" or token.dep_ in _NOMINAL) and token.lemma_.lower() in nouns:
            return token  # "remarks" as an object, even tagged a verb
        if token.dep_ == "ROOT" or token.head.i > verb.i or \
                (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("relcl", "acl")):  # fmt: skip
            return None  # up to a clause the noun does not hold: "read it aloud saying"
        if token.pos_ in ("NOUN", "PROPN", "PRON") and token.ent_type_ not in _WHEN:
            return None  # "video of him at a 2008 event saying": him, at the event
        token = token.head
    return None


def made_by(noun: Token) -> Token | None:
    """Who made the words a noun of speech names: the subject of a clause on it with no
    relative pronoun as subject ("comments Trump made", "the remarks he delivered"),
    or its agent ("comments made by the senator")."""
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i:
            continue
        for child in clause.children:
            if child.dep_ == "nsubj" and child.lower_ not in _RELATIVES:
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def noun_author(verb: Token, lex: SpeechLexicon,
                owner: Callable[[Token], Token | None]) -> Token | None:  # fmt: skip
    """The author of the noun of speech the -ing cue ``verb`` modifies, or None."""
    noun = speech_noun_before(verb, lex)
    if noun is None:
        return None
    return made_by(noun) or owner(noun)
