"""A measure put in place, and the same measure still to come: a status the outlets can
disagree on (session 31, gold/conflicts-neus2).

The one-off events of ``frames.EVENTS`` happen to a person or a bill, and
``compare/agreements.py`` reads a deal reached. An authority's warning, mandate or ban
is another one-off act: it is put in place once. Two reports of one story can state it
as done ("The U.S. Food and Drug Administration on Monday added a warning to the fact
sheet for Johnson & Johnson's COVID-19 vaccine", Reuters) and as still to come, stated
as the present state ("The Johnson & Johnson vaccine will soon have a new warning from
the Food and Drug Administration", the New York Post, NeuS row 265): by the conflict
golds' timing rule (Grimm's "is expected to be indicted" against "was indicted") that
is a ``status`` conflict, even though time explains it.

Read as a :class:`~newsprism.compare.frames.Status` of event ``measure`` whose patient
is the measure's noun and whose agent is the authority, so the status rules pair it:

- a verb of putting in place (add, issue, impose, attach, adopt, place, put) with the
  measure as its object or passive subject ("added a warning", "a mandate was
  issued"); its agent is the verb's subject or "by X";
- a thing that gets, has or carries a **new** measure ("will soon have a new
  warning from the FDA"): the "new" makes it the measure's arrival, not a standing
  one; its agent is "from X" / "by X";
- a label updated, revised or changed "to warn": a warning put on the label.

Its status is the event rules' own (``frames._polarity``: done, not, expected). The
conflict rules ask two such statuses for one noun, one agent when both are named, and
topical claims (``conflicts``): one story can tell of two warnings. Measures that come
in rounds (sanctions, tariffs) are not read: "imposed sanctions" in April and "will
impose new sanctions" are two acts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from newsprism.compare.agreements import agreement_statuses
from newsprism.compare.legislation import agent_of
from newsprism.extract.initials import initials
from newsprism.extract.nlp import span_text

__all__ = ["EVENT", "MEASURE_NOUNS", "event_statuses", "measure_statuses", "one_authority"]

EVENT = "measure"
MEASURE_NOUNS = frozenset("warning mandate ban requirement curfew moratorium".split())
_PUTTING = frozenset("add issue impose attach adopt place put".split())
_GETTING = frozenset("have get carry receive".split())  # with a "new" measure only
_CHANGING = frozenset("update revise change amend".split())  # a label, "to warn"
_READ = ("done", "not", "expected")  # a wish, a doubt or an open question: no status
_COUNTRY = frozenset({"u.s.", "us", "u.s", "america's"})  # "The U.S. Food and Drug …"


def _measure(verb: Any) -> tuple[Any, Any] | None:
    """(the measure's noun, the token its agent hangs on) of a verb, or None."""
    lemma = verb.lemma_.lower()
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
             and c.lemma_.lower() in MEASURE_NOUNS]  # fmt: skip
    if lemma in _PUTTING and nouns:
        return nouns[0], verb
    if lemma in _GETTING and nouns and nouns[0].dep_ == "dobj" and any(
            c.lower_ == "new" for c in nouns[0].children if c.dep_ == "amod"):
        return nouns[0], nouns[0]
    if lemma in _CHANGING and any(c.dep_ == "dobj" and c.lemma_.lower() == "label"
                                  for c in verb.children) and any(
            c.lemma_.lower() == "warn" and c.dep_ in ("advcl", "xcomp") for c in verb.children):
        return next(c for c in verb.children if c.lemma_.lower() == "warn"), verb
    return None


def _agent(verb: Any, at: Any, entity: Callable[[Any], str | None]) -> str | None:
    """The authority: "by X" or "from X" on ``at``, else the subject of a verb of
    putting (not of "have": "the vaccine will have a warning" is the product)."""
    def key(token: Any) -> str | None:
        return _authority(token, entity)

    for child in at.children:
        if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "from"):
            found = next((key(g) for g in child.children if g.dep_ == "pobj"), None)
            if found:
                return found
    if at is verb and verb.lemma_.lower() not in _GETTING:
        return agent_of(verb, key)  # "the mayor is expected to impose": the mayor
    return None


def _authority(token: Any, entity: Callable[[Any], str | None]) -> str | None:
    """An authority's key: an organisation's initials ("The U.S. Food and Drug
    Administration", "the FDA" → "fda"), since the name key is a name's last word and
    two administrations or two departments would be one; a person or an unnamed body
    as the conflict rules key it ("olsen", "mayor")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ != "ORG":
        return entity(token)
    words = [w for w in ent.text.split() if w.lower() not in _COUNTRY]
    if words and words[0].lower() == "the":
        words = words[1:]
    return initials(" ".join(words)) or " ".join(words).lower() or entity(token)


def measure_statuses(tokens: Iterable[Any], outside: Callable[[Any], bool],
                     polarity: Callable[[Any, Any], str], status: Callable[..., Any],
                     entity: Callable[[Any], str | None]) -> list[Any]:  # fmt: skip
    """The measure statuses of a claim's tokens (words in quotation marks skipped:
    ``outside``), each built by ``status`` (``frames.Status``) with the status
    ``polarity`` reads and the agent ``entity`` names."""
    found = []
    for verb in tokens:
        if not outside(verb) or verb.pos_ != "VERB":
            continue
        read = _measure(verb)
        if read is None:
            continue
        noun, at = read
        state = polarity(verb, verb)
        if state in _READ:
            patient = "warning" if noun.lemma_.lower() == "warn" else noun.lemma_.lower()
            found.append(status(EVENT, verb.text, state, patient, frozenset(),
                                span_text(verb.sent), _agent(verb, at, entity)))  # fmt: skip
    return found


def event_statuses(tokens: Any, outside: Callable[[Any], bool],
                   polarity: Callable[[Any, Any], str], status: Callable[..., Any],
                   entity: Callable[[Any], str | None]) -> list[Any]:  # fmt: skip
    """The statuses of the one-off events outside ``frames.EVENTS``: an agreement
    (compare/agreements.py) and a measure (this module), read by ``frames`` in one call."""
    return [*agreement_statuses(tokens, outside, polarity, status),
            *measure_statuses(tokens, outside, polarity, status, entity)]


def one_authority(x: Any, y: Any) -> bool:
    """Whether two statuses can be one act: any two events but measures, and two
    measures whose authority both reports name, the same ("the mayor imposed a curfew"
    and "the governor is expected to impose a curfew" are two acts; so, for all a
    reader can tell, are a curfew imposed by the mayor and one "expected" of nobody)."""
    if x.event != EVENT and y.event != EVENT:
        return True
    return bool(x.agent) and x.agent == y.agent
