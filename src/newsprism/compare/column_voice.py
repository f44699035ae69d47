"""A column's sentence that holds nothing to check is its writer's voice, not a line.

A unique summary line is shown as a fact one outlet alone reports. A news report's
sentence with nothing checkable is still left in unless it is worded in the outlet's
loaded terms (:mod:`newsprism.compare.colour`): precision first, a report's plain
sentence states what happened. A column (:func:`newsprism.compare.lead.opinion_piece`:
"… (Opinion)", an /opinion/ address) is its writer's argument, and a sentence of it
that names no one, no place or body, gives no figure, date or time, quotes no one and
reports no one's words (:func:`newsprism.compare.colour.checkable`) can only be the
argument itself: "Before the opening ceremony, before even the torch is lit, it's not
going to be OK." (the New York Post's column, NeuS raw row 278, its summary's second
line in session 30's reading). Such a sentence is no line; a column's sentence that
names or dates something ("Last week, nearly every state in the U.S. experienced an
increase in daily coronavirus cases.", the Los Angeles Times' column, row 238) stays.

The charge that names someone ("The saga of Sha'Carri Richardson … has united America in
a way that COVID-19 could not") is not caught: its names are checkable, and telling a
thesis that names its subject from a fact about that subject is a reading of the
predicate, left open (docs/eval-compare.md, session 30, i12-summary9).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprism.compare.colour import checkable, states_an_event
from newsprism.models import Claim

# False shows a column's uncheckable sentences again (the diff of session 30 sets it)
COLUMN_VOICE_RULE = True
# a third person the article names nearby: the summary shows its speaker's name for it
# ("He expressed concern …" → "Joe Manchin III expressed concern …", row 101)
_PERSON = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)
_WORDS = re.compile('["“”]|\\b(?:said|says|told|wrote|writes|according to|tweeted)\\b',
                    re.IGNORECASE)


def column_voice(is_column: Callable[[Claim], bool]) -> Callable[[Claim], bool]:
    """The test for a one-outlet line's claim: its article is a column (``is_column``)
    and its sentence is the writer's (:func:`writers_voice`)."""
    return lambda claim: COLUMN_VOICE_RULE and is_column(claim) and writers_voice(claim.text)


def writers_voice(text: str) -> bool:
    """Whether a column's sentence is its writer's argument: it holds nothing
    :func:`checkable` (nor a person the article names, "he"), or it reports nobody's
    words and its main verb states no done or ongoing act (:func:`newsprism.compare.
    colour.states_an_event`: a linking verb, a modal, a simple present: "Kabul was
    merely the last domino to fall.", "For the international left, sport no longer
    matters …"), or its main subject is the writer ("I", "we") or points back with
    "this" (:func:`_points_here`).
    A dated act ("Last week, nearly every state … experienced an increase"), an
    announced one (:func:`_will`) or someone's words stay."""
    if not (checkable(text) or _PERSON.search(text)):
        return True
    from newsprism.compare.line_parse import parse_line

    sentences = list(parse_line(text).sents)
    if not sentences:
        return False
    root = sentences[0].root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in ("i", "we") or _points_here(c) for c in subjects):
        return True  # the writer ("we will have to reckon …", row 157) or "this …"
    if _WORDS.search(text):
        return False
    return not (states_an_event(root) or _will(root))


def _will(root: object) -> bool:
    """A main verb in the future ("New York City will soon be the first major U.S. city
    to require proof …", row 181): an announced act, not a judgement ("can", "should")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll")
               for c in root.children)  # type: ignore[attr-defined]


def _points_here(subject: object) -> bool:
    """A main subject with "this"/"these" before its noun and no date ("This essential
    picture has not changed in decades.", row 179): in a column, the writer's pointer
    to the argument before, which the line does not show."""
    return subject.ent_type_ not in ("DATE", "TIME") and any(  # type: ignore[attr-defined]
        c.dep_ == "det" and c.lower_ in ("this", "these")
        for c in subject.children)  # type: ignore[attr-defined]  # fmt: skip
