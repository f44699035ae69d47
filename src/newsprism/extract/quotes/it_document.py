"""An "it" that speaks right after a document was named stands for that document, not
for an organisation named further back.

"Labrador says this about himself on his website: “Born to a single mother …” “His
mother worked many different jobs to make ends meet,” it says." (Fox, BASIL c99adbdd,
gold/speakers-basil10): "it" is the website. :meth:`Antecedents.antecedent_it` reads
only subjects, so it passed over the website (the object of "on") and over the
sentences whose subject is the man ("he" cannot be "it") and gave the words to
"Congress", the subject of a clause five sentences up. Every such "it" then named an
organisation that never said them.

So when the pronoun's sentence (before it) or the narrative sentence before holds a
document noun outside the quotations that is not a subject ("in a statement", "on his
website", "in the letter"), an organisation further back is no antecedent: the pronoun
stays unresolved (a reader sees the quote with no speaker rather than the wrong one).
A body that is the subject of those close sentences still wins ("The board said in a
statement … It added": the board), as before. Resolving "it" to the document itself, or
to the document's owner, is left undone: which of them speaks is not always clear
("cited a report … it said" is the report, "said in a statement … it added" the
statement's owner).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Step

__all__ = ["document_near"]

# places a text is published that are not in the lexicon's document nouns
_PUBLISHED_ON = frozenset({"website", "site", "blog", "page"})
_SUBJECT = ("nsubj", "nsubjpass")


def document_near(step: Step, token: Token, close: set[int]) -> bool:
    """True when a sentence of ``close`` (the pronoun's own, before it, and the narrative
    one before) names a document outside the quotations, not as a subject."""
    for n in close:
        for t in step.sents[n]:
            if n == step.sent_of[token.i] and t.i >= token.i:
                break
            if t.pos_ == "NOUN" and step.qid[t.i] == -1 and t.dep_ not in _SUBJECT and \
                    t.tag_ in ("NN", "NNP") and (t.lemma_.lower() in step.lex.documents
                                                 or t.lemma_.lower() in _PUBLISHED_ON):  # fmt: skip
                return True
    return False
