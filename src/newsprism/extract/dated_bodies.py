"""A body named for a day: "the January 6 Select Committee" (session 39).

The tagger reads the day of "the January 6 Select Committee" (The Daily Wire, NeuS raw
row 229) or "the House Jan. 6 Select Committee" (row 12) as a date and tags the rest,
"Select Committee", alone: a row no outlet writes as a name. A month and a day written
right before an organisation whose last word is a body's head (committee, commission …,
:data:`body_heads.HEADS`), after "the" or a mention ending there, are part of the body's
name, as "9/11" is of "the 9/11 Commission". Only a body's head word: "Jan. 6 Capitol
riot" is an event, and an organisation not ending in a head ("the Sept. 11 Fund") is
left as tagged.
"""

from __future__ import annotations

import re

from newsprism.extract.body_heads import HEADS
from newsprism.models import Mention

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
# the day right before the body, after "the"/"The" or a word ending a name ("House")
_DAY = re.compile(r"(?:(?<=\bthe )|(?<=\bThe )|(?<=[A-Za-z] ))(?:" + _MONTHS
                  + r" \d{1,2}|\d{1,2}/\d{1,2}) $")


def extend_back_over_day(mentions_by_article: dict[str, list[Mention]],
                         texts: dict[str, str]) -> None:
    """Extend an ORG mention ending in a body's head word back over the month and day
    right before it (see the module docstring)."""
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        for i, m in enumerate(mentions):
            if m.label != "ORG" or m.text.split()[-1] not in HEADS:
                continue
            day = _DAY.search(text, max(0, m.start - 16), m.start)
            if day is None or any(day.start() <= o.end <= day.end() for o in mentions
                                  if o is not m and o.start >= day.start()):
                continue
            mentions[i] = Mention(article_id, m.sentence_index, text[day.start() : m.end],
                                  "ORG", day.start(), m.end)
