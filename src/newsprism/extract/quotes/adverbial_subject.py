"""In a sentence before a he/she, the main clause's subject outranks an adverbial clause's.

"When Mr. Biden went after Mr. Romney's infamous remark …, Mr. Ryan reminded the vice
president of his own propensity for gaffes. “I think the vice president very well knows
…,” he said with a gotcha smile." (NYT, BASIL b5eefefb, gold/speakers-basil2): "he" is
Ryan, the subject of the sentence's main clause. The pronoun step ranked the subjects
of an earlier sentence by position only, so the subject of the "When …" clause that
opens it (Biden) came first; a later check then saw that Biden is the "vice president"
the words speak of, and the quotation was left unresolved.

Centering (and Hobbs' search, which :class:`coref.Coref` already follows within the
pronoun's own sentence) ranks the subject of the main clause above one inside an
adverbial clause ("When/After/Because/If … ,"): the main clause says what the sentence
is about. This module says whether a mention sits inside such a clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from newsprism.extract.quotes.people import Person

__all__ = ["earlier_rank", "in_adverbial_clause"]


def earlier_rank(doc: Doc) -> Callable[[Person], tuple[bool, bool, int]]:
    """The order of an earlier sentence's mentions for a he/she: subjects first, a main
    clause's before an adverbial clause's, then by position."""
    return lambda p: (not p.subject, in_adverbial_clause(doc[p.token]), p.token)


def in_adverbial_clause(token: Token) -> bool:
    """True when ``token`` lies inside an adverbial clause of its sentence ("When Mr.
    Biden went after …, Mr. Ryan reminded …": Biden)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl":
            return True
        node = node.head
    return False
