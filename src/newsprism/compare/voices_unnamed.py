"""A word that is no person shown as a voice: "reports", "government data", "Friday".

The quote extractor takes the subject of a saying verb for its speaker, so "Reports
said …", "… according to reports" (NeuS raw rows 83, 153, 302), "government data
show …" and "multiple outlets reported" became voices in "whose voices each outlet
quotes", each "heard only" in its outlet as if it were a person the other side never
asked. And a day's name became a speaker where the subject was a day's record:
"Friday’s report from the Labor Department showed …" gave the voice "Friday" (rows 27,
264, 277).

Decision (session 35, i14-voices35), written in docs/eval-framing.md:

- a record or a body of unnamed people — reports, data, outlets, media, polls,
  documents, sources — is an *unnamed source*: a kind of voice, not a named one. Its
  row stays (the outlet does lean on it, and that is worth seeing) with
  ``"unnamed_source": true``, and it is never "heard only": who stands behind it the
  words do not say, so whether the other side heard the same is unknown;
- a day's name alone as a speaker is read the same way: the subject was that day's
  record (the quote keeps its words as written, "Friday’s report from …", in
  ``quotes``). Dropping the row was tried and left: it hid the outlet's source.

People written so as not to be named ("two people familiar with the development") are
unnamed sources too (:mod:`.voices_anonymous`, session 36). Named voices and described
people ("a senior official", "leading scientists") are left to :mod:`.labels_voices`.
"""

from __future__ import annotations

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.labels_voices import description_head, modified_head, sourced
from newsprism.compare.voices_anonymous import anonymous_people

VOICES_UNNAMED_RULE = True  # off: every speaker is a voice, as before
# head nouns (singular) of a record or of people the article does not name
SOURCE_NOUNS = frozenset({
    "report", "reporting", "data", "outlet", "media", "document", "record", "poll",
    "survey", "source", "filing", "statistic", "estimate", "news",
})  # fmt: skip
_CALENDAR = frozenset(WEEKDAYS)  # not months: "May" is a surname too


def _head(speaker: str) -> str | None:
    """The speaker's head noun, singular, in lower case: "report" for "Reports" and
    "reports", "data" for "government data"."""
    words = speaker.split()
    if len(words) == 1:
        word = words[0].strip(".,;:'’\"()").lower()
        return description_head(word) or word
    return description_head(speaker) or modified_head(speaker)


def non_person(speaker: str, entity_id: str | None) -> bool:
    """Whether a voice is an unnamed source, not a named one (module doc). A linked
    entity is a name, and a record that names its source ("a report in The New York
    Times") is that name's: both left alone."""
    if not VOICES_UNNAMED_RULE or entity_id is not None or sourced(speaker):
        return False
    return (speaker.strip().lower() in _CALENDAR or _head(speaker) in SOURCE_NOUNS
            or anonymous_people(speaker))  # "two people familiar with …": voices_anonymous.py
