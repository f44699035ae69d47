"""A speech verb that already has a thing as its object says nothing further on.

"America's employers added 850,000 jobs in June, well above the average … and a sign
that companies may be having an easier time …" (NeuS raw row 292, AP): "added" is a
speech verb ("he added that …"), and the content step takes a "that"-clause the parse
hung on a phrase after it as its displaced content (``Content._displaced_clause``:
"said in one of a series of messages that …"). Here the verb has its own direct object,
"jobs": it is the verb of adding jobs, not of speaking, and the clause belongs to its
noun ("a sign that …", "evidence that …"), the writer's own inference. So the quote was
given to "America's employers" (session 31).

A verb whose object is the person spoken to ("told the crowd at his rally that …") keeps
the displaced clause: that object is the hearer, not what was said, and the lexicon's
addressee verbs say which verbs take one. So does a clause that hangs on an object that
is a noun of words ("denied the notion that a shakeup was coming": the lexicon's speech
and others' nouns); an object of another noun ("added 266,000 jobs …, and a sign that
…", parsed as a second object) is no one's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["has_thing_object"]

_OBJECT_TAGS = frozenset({"NOUN", "PROPN", "NUM"})


def has_thing_object(verb: Token, base: str, addressee_verbs: frozenset[str],
                     clause_noun: Token | None = None,
                     word_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether ``verb`` governs a direct object that is a thing, not its hearer, while
    the noun ``clause_noun`` the "that"-clause hangs on is no object of words of the verb.

    A pronoun object ("said it", "added this") is left out: it may stand for the words.
    """
    if base in addressee_verbs or (clause_noun is not None and clause_noun.head.i == verb.i
                                   and clause_noun.dep_ == "dobj"
                                   and clause_noun.lemma_.lower() in word_nouns):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in _OBJECT_TAGS and c.i > verb.i
               for c in verb.children)
