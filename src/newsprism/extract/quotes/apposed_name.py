"""A name the tagger left unnamed, known for a person by the title set beside it.

"Rahm Emanuel, the mayor of Chicago and Mr. Obama's former chief of staff, … said":
the tagger tags no entity on "Rahm Emanuel", and "Rahm" is in no list of given names
(people.py ``_given_named``), so the speaker was shown as the appositive's words, "the
mayor of Chicago", instead of the name (BASIL 526cabb7, session 30). Two or three
capitalised proper nouns that no entity covers, set off by a comma before a role noun
in apposition, name a person: the role is what news style writes after a person's name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

__all__ = ["name_chain", "role_apposed_names"]


def _apposed_role(tok: Token, is_role: Callable[[Token], bool]) -> bool:
    """``tok`` has a role noun in apposition after it, set off by a comma."""
    doc = tok.doc
    return any(c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN" and is_role(c)
               and doc[c.left_edge.i - 1].text == "," for c in tok.children)  # fmt: skip


def name_chain(tok: Token, covered: set[int]) -> int | None:
    """The first token of a name of two or three capitalised proper nouns that ``tok``
    heads (its compounds before it), none of them in ``covered``; None otherwise."""
    if tok.i in covered or tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return None
    chain = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    a = chain[0].i if chain else tok.i
    words = tok.doc[a : tok.i + 1]
    if not 2 <= len(words) <= 3 or any(t.i in covered or not t.is_title for t in words):
        return None
    return a


def role_apposed_names(doc: Doc, covered: set[int],
                       is_role: Callable[[Token], bool]) -> list[tuple[int, int]]:  # fmt: skip
    """(start, end) token indices of each such name (see the module docstring)."""
    out = []
    for tok in doc:
        a = name_chain(tok, covered)
        if a is not None and not any(t.ent_type_ for t in doc[a : tok.i + 1]) and \
                _apposed_role(tok, is_role):  # fmt: skip
            out.append((a, tok.i + 1))
    return out
