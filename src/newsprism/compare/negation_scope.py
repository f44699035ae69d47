"""Two words the polarity veto misread as negated or as stated (session 39, i12-reader39).

The polarity veto (:func:`newsprism.compare.pair_vetoes._polarity_clash`) sets what one
sentence negates or cancels against what the other states as so. A reader's pass over
fresh stories found it keeping apart two reports of one fact, and the report then said
the other outlet's sentence "negates or cancels" this one:

- **A measure is not a name of the thing undone.** AP's "Israel and Hamas agreed to a
  cease-fire Thursday, halting a bruising 11-day war …" cancels the war, and with it
  "day" of "11-day" (a compound noun, :func:`newsprism.compare.failed_acts.named_by`),
  which the New York Post's "… to bring to an end more than 10 days of devastating
  hostilities" states: the two were opposites (NeuS raw row 417). A noun that carries a
  number ("11-day", "two-year", "5-mile") measures the thing; it does not name it, so
  it is not undone with it (:func:`is_measure`).
- **The subject of a negated verb is not stated as so.** Al Jazeera's "he would not send
  any delegation to Washington …" negates the delegation; the other seed's "Prime
  Minister Netanyahu decided the delegation would not leave" was read as stating it,
  since a negated verb's subject stays outside the negation ("Netanyahu canceled the
  trip" states Netanyahu). Two sentences that both put the delegation under a negation
  state no opposites, so the subject of a verb negated by a negation word is left out of
  what its sentence states (:func:`negated_subjects`). A negated cancelling verb ("the
  delegation did not cancel its trip") affirms, so its subject stays stated.

Switches: :data:`MEASURE_RULE`, :data:`NEGATED_SUBJECT_RULE`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.compare.events import CANCELLING

MEASURE_RULE = True  # off: "11-day" of "an 11-day war" is undone with the war
NEGATED_SUBJECT_RULE = True  # off: "the delegation" of "would not leave" is stated as so
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def is_measure(noun: Any) -> bool:
    """A noun that carries its own number ("day" of "11-day", "year" of "two-year"):
    it measures the noun it modifies rather than naming it."""
    return MEASURE_RULE and any(c.dep_ == "nummod" for c in noun.children)


def negated_subjects(tokens: Sequence[Any], negated: set[int]) -> set[int]:
    """The token indices of the subjects' head nouns (and the nouns that name them, as
    :func:`~newsprism.compare.failed_acts.named_by` reads a noun) of the verbs a
    negation word negates (``negated``), a cancelling verb's excepted."""
    if not NEGATED_SUBJECT_RULE:
        return set()
    found: set[int] = set()
    for verb in tokens:
        if verb.i not in negated or verb.lemma_.lower() in CANCELLING:
            continue
        for subject in verb.children:
            if subject.dep_ in _SUBJECTS and subject.pos_ in ("NOUN", "PROPN"):
                found.add(subject.i)
                found |= {t.i for t in subject.children if t.dep_ in ("poss", "compound")
                          and t.pos_ in ("NOUN", "PROPN")}  # fmt: skip
    return found
