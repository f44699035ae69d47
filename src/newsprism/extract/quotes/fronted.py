"""A subject the parse swallowed into a fronted phrase (session 21, second pass).

"In an open letter Wednesday to heads of state attending the United Nations General
Assembly, the International Chamber of Shipping (ICS) and other industry groups warned
…": the parse hung "the International Chamber of Shipping … groups" on "Assembly" as its
apposition, so "warned" has no subject and the last name before it stood for the
speaker, after climbing out of the apposition: the Assembly, the letter's addressee.
A phrase opening the sentence with a preposition ("In …", "To …", "At …", "For …") and
closed by a comma is an adverbial of the main clause, so a noun phrase that runs from
that comma right up to a verb without a subject of its own is the verb's subject,
whatever the parse hung it on; a name inside the fronted phrase never speaks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["fronted_subject"]

_NOUNS = ("NOUN", "PROPN", "PRON")
# words a sentence may open with before its fronted phrase ("But in a letter …")
_OPENERS = frozenset({"but", "and", "so", "yet", "still", "also", "then"})
# what closes the fronted phrase: a comma, or the dash that ends an aside inside it
# ("But for all those who … -- including Vanity Fair magazine, which … -- supporters
# noted": session 22)
_CLOSERS = frozenset({",", "--", "—", "–"})


def _opening_phrase(verb: Token, sent: Span) -> Token | None:
    """The prepositional phrase, hung on ``verb``, that opens its sentence."""
    for child in verb.lefts:
        if child.dep_ != "prep" or child.pos_ != "ADP":
            continue
        lead = [t for t in verb.doc[sent.start : child.left_edge.i]
                if not (t.is_punct or t.is_space)]  # fmt: skip
        if all(t.lower_ in _OPENERS for t in lead):
            return child
    return None


def fronted_subject(verb: Token, sent: Span, quoted: list[int]) -> Token | None:
    """The head of the noun phrase between a fronted phrase's closing comma (or dash) and
    ``verb``, when the parse put it inside that phrase; None otherwise.

    ``quoted`` holds, per token, the quotation it sits in (-1 for none): a comma or
    noun inside quotation marks closes no fronted phrase.
    """
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    opener = _opening_phrase(verb, sent)
    if opener is None or opener.right_edge.i != verb.i - 1:
        return None  # the phrase does not run up to the verb: nothing swallowed
    doc = verb.doc
    commas = [t.i for t in doc[opener.i : verb.i] if t.text in _CLOSERS and quoted[t.i] == -1]
    if not commas:
        return None
    phrase = doc[commas[-1] + 1 : verb.i]
    if not len(phrase) or any(quoted[t.i] != -1 or t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end and not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in _NOUNS:
        return None
    return heads[0]
