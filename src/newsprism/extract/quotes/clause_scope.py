"""What a reported clause covers when the parse hangs the narrator's words on the cue.

Session 28's reading (docs/eval-compare.md, "Read as a user, session 28") found three
quotes whose words were not the speaker's; two are about the clause's reach:

- "Schumer reportedly asked for unanimous consent to advance the bill and no members of
  either party objected" (NeuS r344): the parse hangs the second main clause ("no
  members … objected") on "asked" as its clause. A request ("asked for X") reports no
  clause; a clause after "and"/"but" that the parse hung on a word of the cue's own
  object, with no "that", is the narrator's next statement, not what was asked.
- "Death Valley … reached 124 degrees …, making it the hottest place in the country
  and, as experts suggested, perhaps the most blistering spot in the world" (r333): an
  "as X suggested" parenthetical right after "and"/"but"/"or" covers its own conjunct
  (what follows it), not the sentence (the 124 °F is the Examiner's).

Precision first: both rules only take words away from a quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["coordinated_clause", "own_conjunct", "without_dangling_join"]

_JOINS = frozenset({"and", "but"})
_CONJUNCTIONS = frozenset({"and", "but", "or"})


def coordinated_clause(verb: Token, comp: Token) -> bool:
    """Whether ``comp``, a clause the parse gave ``verb``, is a main clause joined after
    the cue's own object: the only clause, after the verb, no "that" nor other mark,
    right after an "and"/"but" that the parse hung on a word of another phrase of the
    verb (not on the verb: "said X and that Y" keeps both, decision of session 21)."""
    if comp.dep_ != "ccomp" or comp.i < verb.i:
        return False
    if sum(c.dep_ == "ccomp" for c in verb.children) != 1:
        return False
    if any(c.dep_ == "mark" for c in comp.children):
        return False
    start = comp.left_edge.i
    if start == 0:
        return False
    join = verb.doc[start - 1]
    if join.lower_ not in _JOINS or join.dep_ != "cc" or join.head.i == verb.i:
        return False
    own = {t.i for c in verb.children if c.i != comp.i and verb.i < c.i < start
           for t in c.subtree}  # fmt: skip
    return join.head.i in own


def own_conjunct(verb: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` (the sentence around an "as X said" cue) cut to what follows the cue
    when the cue opens a conjunct ("…, and, as experts suggested, perhaps …"); else
    ``tokens`` unchanged."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    before = left - 1
    while before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or doc[before].lower_ not in _CONJUNCTIONS:
        return tokens
    after = [t for t in tokens if t.i > right and not (t.i == right + 1 and t.text == ",")]
    return after if any(not t.is_punct for t in after) else tokens


def without_dangling_join(tokens: list[Token]) -> list[Token]:
    """``tokens`` (sorted) less a last "and"/"but"/"or" whose conjunct was cut off (the
    object's "and" of the Schumer sentence, once its clause is the narrator's)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words or words[-1].lower_ not in _CONJUNCTIONS or words[-1].dep_ != "cc":
        return tokens
    return [t for t in tokens if t.i < words[-1].i]
