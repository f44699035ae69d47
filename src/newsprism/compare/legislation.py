"""Who acts on a bill, and when a vote is the bill's passage: read for the conflict rules.

Outlets tell one legislative event in different words: "the House passed the
resolution Tuesday", "House Republicans … for passing a resolution on Tuesday", "The
House resolution … passed Tuesday" and "On Wednesday, the House voted 396-9 on a bill"
are one action of one chamber. The date rule (compare/conflicts.py) compares weekdays
only of one action of one subject, so each wording is read into one key, **pass by a
chamber**, and only when the text names the chamber and the vote carried:

- ``pass``/``approve`` with a bill word as object, as subject ("the bill passed") or as
  the noun the participle modifies ("The House resolution … passed Tuesday");
- ``vote`` on or for a bill with a tally whose first figure is the larger ("voted 396-9
  on a bill"), or "voted to pass/approve" a bill; a vote without a tally, or a tally
  that failed, may be procedural or lost, and is left out;
- the chamber is the subject when it is one ("the House"), or names one ("House
  Republicans"), or the object of "X for passing" ("tweaked House Republicans for
  passing …"), or "by the Senate", or the chamber word on the bill itself ("the House
  resolution") when no agent is named. A committee ("the Senate Judiciary Committee")
  is not its chamber.

Status events on a bill (sign, veto, pass) also get their **agent** (who signs or
vetoes): two outlets that call the same bill "the bill" and "legislation" are about one
bill only when the same named person acts on it, and never when two different people do
(Brewer's veto is not Ducey's "would veto the bill").
"""

from __future__ import annotations

import re
from typing import Any

BILLS = frozenset("bill law measure legislation act resolution amendment budget".split())
PASSAGE_OBJECTS = frozenset({"bill"})  # the object of every passage frame: one bill, folded
CHAMBERS = frozenset("house senate assembly legislature parliament congress".split())
_MEMBERS = frozenset("republican republicans democrat democrats lawmaker member majority "
                     "leader leadership".split())  # fmt: skip
_TALLY = re.compile(r"^(\d{1,3})\s*[-–—]\s*(\d{1,3})$")
_PASSING = frozenset({"pass", "approve"})
# a verb or noun of deciding, when it governs the event: "decided to veto", "her decision
# to veto" state that the event is settled, not that it may happen
_DECIDING = frozenset({"decide", "decision"})
_CLIMB = frozenset("xcomp conj advcl acl dobj pcomp pobj prep".split())


def _is_bill(token: Any) -> bool:
    return token.lemma_.lower() in BILLS


def chamber_of(token: Any) -> str | None:
    """The chamber a phrase names: "the House" → house, "House Republicans" → house;
    "the Senate Judiciary Committee" → None (a committee is not the chamber)."""
    head = token.lemma_.lower()
    if head in CHAMBERS:
        return head
    if head in _MEMBERS or _is_bill(token):
        found = [c.lemma_.lower() for c in token.children
                 if c.dep_ == "compound" and c.lemma_.lower() in CHAMBERS]  # fmt: skip
        return found[0] if found else None
    return None


def _carried_tally(verb: Any) -> bool:
    """Whether the vote's tally says it carried: "voted 396-9" (the larger figure first)."""
    for child in verb.children:
        if child.like_num:
            text = verb.doc[child.i : child.right_edge.i + 1].text.replace(" ", "")
            match = _TALLY.match(text)
            if match and int(match.group(1)) > int(match.group(2)):
                return True
    return False


def _bill_of(verb: Any) -> Any | None:
    """The bill a passing verb acts on, if any: object, subject or the modified noun."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and _is_bill(child):
            return child
    if verb.dep_ == "acl" and _is_bill(verb.head):
        return verb.head
    return None


def passage_chamber(verb: Any) -> str | None:
    """The chamber that passed a bill by this verb, or None when it is not a passage or
    the text does not name the chamber. See the module docstring for the wordings."""
    lemma = verb.lemma_.lower()
    if lemma == "vote":
        xcomp = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _PASSING]
        on_bill = any(c.dep_ == "prep" and c.lower_ in ("on", "for")
                      and any(_is_bill(g) for g in c.children) for c in verb.children)  # fmt: skip
        if not ((xcomp and _bill_of(xcomp[0]) is not None) or (on_bill and _carried_tally(verb))):
            return None
    elif lemma not in _PASSING or _bill_of(verb) is None:
        return None
    return _chamber_agent(verb)


def _chamber_agent(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in CHAMBERS:
            return child.lemma_.lower()  # "the Senate bill passed the House": the House
    for child in verb.children:
        if child.dep_ == "agent":
            return next((chamber_of(g) for g in child.children if g.dep_ == "pobj"), None)
    for child in verb.children:
        if child.dep_ == "nsubj":
            return chamber_of(child)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "the House voted to pass"
        return next((chamber_of(c) for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        return chamber_of(objects[0]) if objects else None
    bill = _bill_of(verb)
    return chamber_of(bill) if bill is not None else None


def decided(token: Any) -> bool:
    """Whether the event is stated as decided: "decided to veto", "announced her decision
    to veto" — not "has not decided whether to veto"."""
    head = token.head
    if token.dep_ not in ("acl", "xcomp") or head.lemma_.lower() not in _DECIDING:
        return False
    if any(c.lower_ in ("whether", "if") for c in token.children):
        return False
    chain = [head, *head.ancestors][:3]
    return not any(c.dep_ == "neg" or c.lower_ in ("no", "not", "never")
                   for t in chain for c in t.children)  # fmt: skip


def agent_of(token: Any, entity: Any) -> str | None:
    """Who does the event: the subject of its verb, found up a chain of infinitives,
    objects and modifiers ("Brewer announced her decision to veto" → Brewer), or "by X".
    None for a pronoun or when no subject is found."""
    current = token
    for _ in range(5):
        for child in current.children:
            if child.dep_ == "agent":
                return next((entity(g) for g in child.children if g.dep_ == "pobj"), None)
            # "The Senate is expected to vote": the raised subject of "expected" votes
            if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and current is not token):
                return entity(child)
        if current.dep_ not in _CLIMB or current.head.i == current.i:
            return None
        if current.dep_ == "xcomp":  # "urged her to veto": the object acts, not the subject
            objects = [c for c in current.head.children if c.dep_ == "dobj"]
            if objects:
                return entity(objects[0])
        current = current.head
    return None
