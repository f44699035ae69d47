"""A passage two outlets both print word for word: the same-fact link ``shared_passage``.

Two outlets that print one statement's wording, a quotation or a wire sentence, share a
long run of words that two accounts in their own words almost never do: on the BASIL
pairs the model leaves under its threshold, such a run added 5 gold pairs and no false
one on 2010–2012, 4 and none on 2013–2014 (docs/eval-compare.md, "What was kept: a
passage printed word for word is one fact").

A run that only says who reported it and when ("…week, the New York Times reported on
Monday") is two outlets citing one source, not one statement: the days before it can
differ ("by early next week" / "as soon as the end of this week", NeuS row 470, session
30). In a run that holds a verb of reporting (:data:`REPORTED`), that verb and the words
of the calendar (:data:`CALENDAR`) do not count as its content; a statement's own time
("cut taxes this year and next") still does.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS

# A passage two outlets both print word for word (a quotation, a statement's wording):
# PASSAGE_WORDS running words of which PASSAGE_CONTENT or more are not function words.
PASSAGE_WORDS = 8
PASSAGE_CONTENT = 5
_FUNCTION_WORDS = frozenset("the a an of to in and or for on at by with that this is was be "
                            "he she it they his her their said says mr ms".split())  # fmt: skip

# verbs of reporting as printed: a run holding one may be only a report's frame
REPORTED = frozenset("say says told tells reported reports report announced announces wrote "
                     "writes according citing cited added noted stated tweeted confirmed".split())
# words of the calendar, not a statement's content inside a report's frame (session 30)
CALENDAR = frozenset(
    "week weekend today yesterday tonight tomorrow morning afternoon evening night "
    "early earlier late later next last this month year day".split()
) | frozenset(WEEKDAYS) | frozenset(MONTH_NAMES)


# a word outside both sets is outside their union: built once, not per run (session 37)
_FRAMED = _FUNCTION_WORDS | REPORTED | CALENDAR


def _content(run: tuple[str, ...]) -> int:
    """The run's content words; in a report's frame, without the reporting and the day."""
    skipped = _FRAMED if REPORTED.intersection(run) else _FUNCTION_WORDS
    return sum(w not in skipped for w in run)


# A curly apostrophe read as the straight one: "I’ll" and "I'll" are one word, so one
# statement printed by two outlets in two typefaces is one passage (session 37; the ad of
# BASIL 3db93526 is printed "I’ll" by one outlet and "I'll" by two). Measured, it changes
# no output on any compare, conflict or speaker gold, the 13 BASIL 2010–12 triplets in no
# gold or NeuS raw rows 0–505 (4 rows gain a passage link that no decision turns on). With
# session 36's wider mood rule it joined NeuS row 275 wrongly ("sought to clarify his
# argument that '…'"); the mood rule as kept (compare/mood_quoted.py) does not
# (docs/eval-compare.md, "Session 37: …").
APOSTROPHES_AS_ONE = True


def passages(words: Sequence[str]) -> set[tuple[str, ...]]:
    """The runs of :data:`PASSAGE_WORDS` words of a unit that carry content."""
    if APOSTROPHES_AS_ONE:
        words = [w.replace("\u2019", "'") for w in words]
    runs = (tuple(words[k : k + PASSAGE_WORDS]) for k in range(len(words) - PASSAGE_WORDS + 1))
    return {run for run in runs
            if _content(run) >= PASSAGE_CONTENT}  # fmt: skip
