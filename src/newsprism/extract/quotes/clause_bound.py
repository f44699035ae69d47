"""The people a subject pronoun cannot stand for: those named in its own clause.

Binding's principle C: a subject "he" or "she" never stands for a name its own clause
holds as object or complement ("he told Hannity" is not Hannity, "she thanked Smith"
not Smith). The same-sentence search already passes over such a name before the
pronoun (:meth:`.coref.Antecedents._same_sentence`), but the name usually comes after
it, and the antecedent from a sentence before: after "Hannity asked Trump how high the
wall would be.", the person named first is the likeliest "he" by the Hobbs order, yet
"“…,” he told Hannity" rules him out, and Trump is the one left. Before this rule such
a quote went to the person it was told to (PolNeAR train, session 35).

Only names of the pronoun's clause itself count, not of a clause set into it ("he told
Hannity, at the event where Trump spoke" leaves Trump open), and only names outside
quotation marks: the words quoted are the speaker's, not the writer's naming.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.people import People

__all__ = ["clause_names", "clause_of"]

_SUBJECT = ("nsubj", "nsubjpass")


def clause_of(token: Token) -> Token:
    """The verb whose clause a token is in (the token itself for a verb)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def clause_names(pronoun: Token, people: People, qid: list[int]) -> set[str]:
    """The fullest names (``People.referent``) of the persons named in the clause of a
    subject pronoun outside quotations; empty for any other pronoun."""
    if pronoun.dep_ not in _SUBJECT or qid[pronoun.i] != -1:
        return set()
    doc, own = pronoun.doc, clause_of(pronoun)
    sent = pronoun.sent
    return {people.referent(p).text for p in people.persons
            if sent.start <= p.token < sent.end and p.token != pronoun.i
            and qid[p.token] == -1 and clause_of(doc[p.token]).i == own.i}  # fmt: skip
