"""A name the tagger left unnamed, known for a person by the role or partitive before it.

"One of its members, Demetrios Minor, said …": the tagger tags no entity on the name and
"Demetrios" is in no list of given names, so no person was found and the quote was left
unresolved (gold/speakers-basil4, BASIL 450755dd). It is the mirror of
``apposed_name`` ("Rahm Emanuel, the mayor, said"): news style also sets a person's name
off *after* the role it fills ("the agency's spokesman, Ann Vale,") or after a partitive
of people ("one of the protesters, Ann Vale,"). Two or three capitalised proper nouns
that no entity covers, in apposition after such a head and set off by a comma, name a
person; a last word that ends a body's or a place's name ("Kansas City", "the Labor
Department") is no person, and only "one of" is read as a partitive (a plural head has
several names, each the tagger's to find).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from newsprism.extract.quotes.apposed_name import name_chain

__all__ = ["partitive_names"]


def _people_head(head: Token, is_person: Callable[[Token], bool]) -> bool:
    """``head`` is a singular role or person noun, or "one of" a plural of people."""
    if head.lower_ == "one":
        return any(o.dep_ == "pobj" and o.tag_ == "NNS" and is_person(o)
                   for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children)  # fmt: skip
    return head.pos_ == "NOUN" and head.tag_ == "NN" and is_person(head)


def partitive_names(doc: Doc, covered: set[int], is_person: Callable[[Token], bool],
                    not_last: Collection[str]) -> list[tuple[int, int]]:  # fmt: skip
    """(start, end) token indices of each such name (see the module docstring)."""
    out = []
    for tok in doc:
        a = name_chain(tok, covered)
        if a is None or tok.dep_ != "appos" or tok.head.i > a or tok.lower_ in not_last:
            continue
        if any(t.ent_type_ for t in doc[a : tok.i + 1]) or doc[a - 1].text != ",":
            continue
        if _people_head(tok.head, is_person):
            out.append((a, tok.i + 1))
    return out
