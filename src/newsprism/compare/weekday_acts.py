"""What a sentence's weekday dates, for the ``date_disjoint`` veto (issue 12, session 29).

The same-fact veto ``date_disjoint`` (compare/pairs.py) keeps apart two sentences whose
weekdays differ: "the House voted on Wednesday" / "the Senate is expected to begin on
Thursday". It read the weekdays alone, so it also set a court's Wednesday ruling against
the Thursday of the president's reaction to it (NeuS raw row 125: CNN "The Supreme
Court on Wednesday night formally denied a request … to freeze the state law" and Fox
"President Biden on Thursday slammed the Supreme Court's overnight ruling to allow
Texas' … law … to remain in effect": one ruling, told by one outlet on its day and by
the other under the day of a statement about it).

A weekday on a verb of saying or reacting ("warned on Thursday", "slammed … Thursday"),
or on a statement noun ("In a strongly worded statement Thursday, the president
reacted"), dates what someone said, not the event the sentence tells. So the veto
does not hold when all the weekdays of one sentence date statements by someone the
other sentence does not name, and all of the other sentence's weekdays date acts that
are no statement, by a doer the statement's sentence names ("the Supreme Court's
overnight ruling"): the two days then date two acts, the event and a statement about
it. Two statements (two weekdays on verbs of saying or of making public) stay apart,
and so does a statement by someone the other sentence names ("prompted President Joe
Biden on Wednesday to use a word" / "President Biden on Thursday slammed …": two
statements of one man, two days), a statement whose speaker is a pronoun, and an event
whose doer the statement does not name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.events import SPEECH, referents
from newsprism.compare.frames import _verb_of, subject_token
from newsprism.models import Mention

# verbs that react to an event in words: the day on them is the statement's
REACTING = frozenset("react slam blast criticize criticise condemn praise applaud welcome "
                     "decry denounce lambaste hail fault deride rebuke".split())  # fmt: skip
# verbs of making something known: "made public Thursday", "released on Monday" date the
# report, as a verb of saying does (NeuS r230: a letter "made public Thursday" and the
# senators' reply "wrote a letter … on Wednesday" are two statements, kept apart)
PUBLISHING = frozenset("release publish disclose reveal unveil issue post leak".split())
SAYING = SPEECH | REACTING | PUBLISHING
# nouns of a statement: "in a statement Thursday", "in remarks on Wednesday"
STATEMENT_NOUNS = frozenset("statement remarks remark interview speech address briefing "
                            "tweet post comment comments conference".split())  # fmt: skip


@dataclass(frozen=True)
class WeekdayAct:
    """One weekday of a sentence and what it dates: a statement (``said``) or an act that
    is no statement, and the keys of its speaker or doer (``e:`` entity id, ``n:`` a
    name, ``c:`` a common noun's lemma; empty when it is a pronoun or missing)."""

    weekday: str
    said: bool
    speaker: frozenset[str] = frozenset()


def weekday_acts(tokens: Sequence[Any], mentions: Sequence[Mention]) -> tuple[WeekdayAct, ...]:
    """The weekdays of a sentence (a date or time entity, as the conflict rule reads
    them), each with whether it dates a statement and whose."""
    found = []
    for token in tokens:
        if token.lower_ not in WEEKDAYS or token.ent_type_ not in ("DATE", "TIME"):
            continue
        verb = _verb_of(token)
        said = (verb.lemma_.lower() in SAYING or _on_statement_noun(token, verb)
                or _made_public(verb))
        found.append(WeekdayAct(token.lower_, said, _speaker(verb, mentions)))
    return tuple(found)


def _on_statement_noun(token: Any, verb: Any) -> bool:
    """Whether the weekday hangs on a statement noun below its verb ("in a strongly
    worded statement Thursday")."""
    current = token.head
    while current.i != verb.i and current.head.i != current.i:
        if current.pos_ == "NOUN" and current.lemma_.lower() in STATEMENT_NOUNS:
            return True
        current = current.head
    return False


def _made_public(verb: Any) -> bool:
    """"made public", "made available": a report's day."""
    return verb.lemma_.lower() == "make" and any(
        c.lower_ in ("public", "available") for c in verb.children)


def _speaker(verb: Any, mentions: Sequence[Mention]) -> frozenset[str]:
    """Who makes the statement: the subject's story entity or name, else a common
    noun's lemma ("the president"), with every name inside the subject's phrase ("The
    Democrats, led by Sens. Sheldon Whitehouse and Chris Coons": a sentence that names
    Whitehouse names the speaker); nothing for a pronoun."""
    subject = subject_token(verb)
    if subject is None or subject.pos_ == "PRON":
        return frozenset()
    keys = set(referents(subject, mentions))
    if not keys and subject.pos_ == "NOUN":
        keys = {f"c:{subject.lemma_.lower()}"}
    for token in subject.subtree:
        if token.i != subject.i and token.pos_ == "PROPN":
            keys |= referents(token, mentions)
    return frozenset(keys)


def names_speaker(speaker: frozenset[str], entities: set[str], lemmas: set[str],
                  text: str) -> bool:  # fmt: skip
    """Whether a sentence names a speaker: its entity, its name as written, or its
    common noun."""
    for key in speaker:
        kind, value = key[:2], key[2:]
        if (kind == "e:" and value in entities) or (kind == "c:" and value in lemmas):
            return True
        if kind == "n:" and value.split()[-1] in text.lower():
            return True
    return False


def statement_only(acts: Sequence[WeekdayAct], other: Sequence[WeekdayAct],
                   entities: set[str], lemmas: set[str], text: str,
                   own: tuple[set[str], set[str], str]) -> bool:  # fmt: skip
    """Whether every weekday of ``acts`` dates a statement by a speaker the other
    sentence (its ``entities``, ``lemmas`` and ``text``) does not name, and every
    weekday of ``other`` dates an act that is no statement, by a doer the statement's
    sentence names (``own``: its entities, lemmas and text): the one sentence tells an
    event on its day, the other a statement about it on another. A statement that does
    not name the event's doer is not shown to be about that event (NeuS r89: "The NAACP
    … on Thursday warned Democratic leaders" and "A draft proposal … ricocheted across
    Washington Sunday night" keep their veto)."""
    if not acts or not other or any(a.said for a in other):
        return False
    if not all(a.said and a.speaker and not names_speaker(a.speaker, entities, lemmas, text)
               for a in acts):  # fmt: skip
        return False
    return all(o.speaker and names_speaker(o.speaker, *own) for o in other)


def two_acts_lifted(units: Sequence[Any], disjoint: np.ndarray) -> np.ndarray:
    """``disjoint`` (both sentences write a weekday, none the same) less the pairs whose
    days date two acts (:func:`statement_only` either way round). ``units``: the
    sentences' profiles (compare/pairs.py ``UnitProfile``: ``weekday_acts``,
    ``entities``, ``lemmas``, ``text``)."""
    out = disjoint.copy()
    for i, j in zip(*np.nonzero(np.triu(disjoint, k=1)), strict=True):
        a, b = units[i], units[j]
        mine, theirs = (a.entities, a.lemmas, a.text), (b.entities, b.lemmas, b.text)
        if (statement_only(a.weekday_acts, b.weekday_acts, *theirs, mine)
                or statement_only(b.weekday_acts, a.weekday_acts, *mine, theirs)):
            out[i, j] = out[j, i] = False
    return out
