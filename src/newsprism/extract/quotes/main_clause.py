"""The sentence's main clause taken into a claim made inside its subject (session 26).

"A San Antonio doctor who wrote a Washington Post op-ed claiming that he had violated
Texas' six-week abortion ban now faces at least two lawsuits …" (CNN, NeuS raw row 77):
the claim ("he had violated Texas' six-week abortion ban") is made inside the subject's
relative clause, and the sentence goes on in the outlet's voice ("now faces …"). The
small parser loses the main verb: it makes the bare participle "claiming" the root,
hangs "faces" on it as a second clause and takes the claim's object ("ban") for that
clause's subject, so the quote's content ran on into "now faces at least two lawsuits".

A bare participle (no auxiliary) is no main verb of a sentence. When the parse gives
one as the root, with a subject that carries a relative or participial clause, and
after its first reported clause a second one with a finite verb and a subject of its
own (no "that"), that second verb is the sentence's main verb: the content keeps the
subject the parse lent it (the first clause's lost object) up to the main verb and its
modifiers ("now") and ends there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["main_clause_ids"]

_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_OBJECTS = frozenset({"dobj", "attr", "oprd"})


def _bare_participle_root(verb: Token) -> bool:
    """The cue is a root "-ing" participle with no auxiliary and a subject before it
    that a relative or participial clause modifies ("A doctor who wrote … claiming")."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBG":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
               and any(m.dep_ in ("relcl", "acl") for m in c.children)
               for c in verb.children)  # fmt: skip


def main_clause_ids(verb: Token, comps: list[Token]) -> set[int]:
    """Token ids of the sentence's main clause the parse put in the content of ``verb``
    (empty when the cue is not such a misparsed root): every word of the later clause
    from its verb's first modifier before it ("now faces …") on; the subject's words
    before that stay the content (and its apposition after the verb goes with the rest)."""
    clauses = sorted((c for c in comps if c.dep_ == "ccomp" and c.i > verb.i),
                     key=lambda c: c.i)  # fmt: skip
    if len(clauses) < 2 or not _bare_participle_root(verb):
        return set()
    first = clauses[0]
    if any(c.dep_ in _OBJECTS for c in first.children):
        return set()  # the claim has its object: the second clause is no main verb lost
    for main in clauses[1:]:
        lefts = list(main.lefts)
        if main.tag_ not in _FINITE or any(c.dep_ == "mark" for c in lefts) or \
                not any(c.dep_ == "nsubj" for c in lefts):  # fmt: skip
            continue  # "… and that the governor signs it": a reported clause of its own
        cut = min([main.i] + [c.left_edge.i for c in lefts if c.dep_ != "nsubj"])
        return {t.i for t in main.subtree if t.i >= cut}
    return set()
