"""What a count with no named subject belongs to: the noun it describes (session 26).

A count's subject is the named doer of its clause ("Obama signed 23 executive actions").
Many counts have none: "a lawsuit involving as many as 1.5 million women", "the lawsuit
that covers 1.5 million women", "block a lawsuit … on behalf of up to 1.6 million
women" (BASIL 2058ec60, two golds' conflict pairs). Each counts the women *of the
lawsuit*: the common noun the counted phrase modifies through a participle, a relative
clause or a preposition. Two such counts of one thing held by one noun are one count,
as "a 48-page indictment" is (the counted thing named with what it is of).

Only these routes are read, so the holder is the noun the count describes, not any
noun of the sentence: the counted noun is the object of a participle or relative
clause on the holder ("lawsuit involving N women", "lawsuit that covers N women"), or
the object of a preposition on it ("a class of N women"). A preposition phrase on a
verb is read as describing the verb's object ("block a lawsuit on behalf of N women":
the parser's usual attachment of a phrase English leaves ambiguous), and a fixed
phrase's noun ("on behalf of", "as part of": a bare noun, no determiner or modifier) is
climbed through, not taken.
"""

from __future__ import annotations

from typing import Any

_CLAUSES = ("acl", "relcl")
_MAX_STEPS = 6  # women → of → behalf → on → block: a fixed phrase is four arcs


def count_holder(noun: Any) -> str | None:
    """The lemma of the common noun a counted noun describes, or None.

    Args:
        noun: the counted noun's token ("women" of "1.5 million women").
    """
    current = noun
    for _ in range(_MAX_STEPS):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "pobj":
            current = head  # the preposition
            continue
        if current.dep_ == "prep":
            return _prep_holder(current, head)
        if current.dep_ == "dobj" and head.dep_ in _CLAUSES:
            current = head  # "involving N women", "that covers N women"
            continue
        if current.dep_ in _CLAUSES:
            return _common(head)
        return None
    return None


def _prep_holder(prep: Any, head: Any) -> str | None:
    """The holder of a preposition phrase: its noun, unless that noun is a fixed
    phrase's ("behalf" of "on behalf of"), or the object of the verb it hangs on."""
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and _bare(head, prep):
        return _holder_above(head)
    if head.pos_ == "NOUN":
        return _common(head)
    if head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
        return _common(objects[0]) if objects else None
    return None


def _bare(noun: Any, prep: Any) -> bool:
    """A noun with nothing on it but the phrase's preposition: a fixed phrase's noun
    ("on behalf of", "as part of", "in front of"), not "a group of" or "the class of"."""
    return all(c.i == prep.i for c in noun.children)


def _holder_above(noun: Any) -> str | None:
    """Climb a fixed phrase's noun ("behalf", pobj of "on") to what the phrase hangs on."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    head = prep.head
    if head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
        return _common(objects[0]) if objects else None
    return _common(head) if head.dep_ != "pobj" else None


def _common(token: Any) -> str | None:
    """A common noun's lemma; a name, a pronoun or a number holds nothing read here."""
    return token.lemma_.lower() if token.pos_ == "NOUN" else None
