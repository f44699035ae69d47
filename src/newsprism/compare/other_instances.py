"""An act the sentence itself marks as another instance: "released a second report",
"met again", "filed another lawsuit" (issue 12, session 35).

The weekday and calendar rules compare the dates of one act: one verb, one subject, the
same objects (compare/frames.py ``_action``). The objects were keyed by their lemma, so
"The inspector general released the report on Wednesday" and "… released a second
report on Thursday" were one act dated twice: a false conflict, though the second
sentence says in its own words that this is not the act the first dates. The issue's
reader flagged the same kind, "Wednesday" against "Thursday" dating two actions.

Here the act gets a mark when its object carries a word that counts it as one more
("another", "second", "third", "fourth", "separate", "additional", "further")
or the verb carries "again" / "anew" / "once more"; the mark joins the objects, so two
sentences compare only when both mark the act or neither does. It can only remove a
date conflict, never make one. Words that may name the same thing in both reports
("new", "latest", "first") are not marks, nor is "other" ("joined other Republicans
Tuesday" is not a second joining).

Session 38: an act told as coming after an earlier one of a numbered kind is marked too
("met with Senate leaders on Thursday, a day after their first meeting", "passed the
farm bill on Thursday after a second vote"): a "after" / "following" phrase on the verb,
or on its measure of time ("a day after"), whose object carries "first", "earlier",
"previous", "initial" or a word of the list above. A chamber's passage of a bill reads
the mark as well (compare/frames.py ``_action``): "The House passed the farm bill again
on Thursday" was one passage dated twice.
"""

from __future__ import annotations

from typing import Any

_ANOTHER = frozenset("another second third fourth separate additional further".split())
_AGAIN = frozenset({"again", "anew"})
_EARLIER = _ANOTHER | frozenset({"first", "earlier", "previous", "initial"})
_AFTER = frozenset({"after", "following"})
MARK = "(another instance)"


def other_instance(verb: Any) -> frozenset[str]:
    """``{MARK}`` when ``verb``'s act is told as one more of its kind, else empty."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    counted = any(m.lower_ in _ANOTHER for o in objects for m in o.children
                  if m.dep_ in ("det", "amod"))  # fmt: skip
    again = any(c.lower_ in _AGAIN for c in verb.children if c.dep_ == "advmod") or any(
        c.lower_ == "once" and any(g.lower_ == "more" for g in c.children) for c in verb.children)
    return frozenset({MARK}) if counted or again or _after_earlier(verb) else frozenset()


def _after_earlier(verb: Any) -> bool:
    """Whether ``verb`` (or its measure of time, "a day after") carries an "after" phrase
    whose object is numbered or earlier ("after their first meeting", "after a second
    vote"): the act follows one of its kind."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "npadvmod")]
    return any(m.lower_ in _EARLIER and m.dep_ in ("det", "amod")
               for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _AFTER
               for o in p.children if o.dep_ == "pobj" for m in o.children)  # fmt: skip
