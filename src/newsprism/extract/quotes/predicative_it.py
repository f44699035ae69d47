"""A participle hung on "It was a …" speaks for the clause just before it (session 39,
gold/speakers-fresh39).

"It was a potent one-two punch by the two most prominent women in the Democratic
Party, as Mrs. Clinton echoed the criticism, saying Mr. Trump ''reminds us every day
…''" (The New York Times, 2016): the parse hangs "saying" on "was", whose subject is
the predicative "it", and the extractor gave the words to whatever "it" then stood
for (Donald J. Trump, named in the quotation before). The participle continues the
clause it follows, "as Mrs. Clinton echoed the criticism": she says it.

:func:`clause_before_subject` answers only when all of these hold: the cue is a
participle (VBG) set off by a comma as an adverbial clause of a form of "be" whose
subject is "it" (or an expletive) with a noun predicate ("It was a punch", "It is a
sign"), and another adverbial or conjoined clause of that verb ends right before the
comma with a subject that can speak. A predicative "it" never says anything itself,
so nothing a reader would take is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["clause_before_subject"]

_SUBJECT = ("nsubj", "nsubjpass")


def _predicative_it(head: Token) -> bool:
    """``head`` is "be" with an "it" subject and a noun predicate: "It was a punch"."""
    children = list(head.children)
    return head.lemma_ == "be" and \
        any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in children) and \
        any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in children)  # fmt: skip


def clause_before_subject(verb: Token, speaks: Callable[[Token], bool]) -> Token | None:
    """The subject of the clause ``verb`` (a participle cue) continues, when the parse
    hung it on a predicative "it"; None otherwise."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or head.i == verb.i or \
            verb.doc[verb.i - 1].text != "," or not _predicative_it(head):  # fmt: skip
        return None
    for clause in head.children:
        if clause.dep_ not in ("advcl", "conj") or clause.i >= verb.i or \
                clause.right_edge.i != verb.i - 2:  # fmt: skip
            continue
        subject = next((c for c in clause.children if c.dep_ in _SUBJECT), None)
        if subject is not None and speaks(subject):
            return subject
    return None
