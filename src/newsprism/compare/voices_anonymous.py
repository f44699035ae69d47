"""People the article will not name: "two people familiar with the development".

The Washington Post's "according to two people familiar with the development" (NeuS
raw row 404, session 36) was "heard only in the Washington Post" in "whose voices each
outlet quotes", while The Hill ("according to The Washington Post") and the
Washington Examiner ("according to multiple reports") carried the same news. The
session-35 rule (:mod:`.voices_unnamed`) reads a record or a source noun ("a source
familiar with …", "reports") as an *unnamed source*, never "only", because who stands
behind it the words do not say; a person noun with the same anonymising words did not
reach it, since its head noun is "people", "person" or "official".

Here a described voice is an unnamed source when its words say the outlet withholds
the name: a person noun ("people", "person", "official", "aide", "insider", …) with

- a qualifier of access written after it: "familiar with", "with knowledge of",
  "knowledgeable about", "briefed on", "close to", "in the room"; or
- a clause of anonymity: "who spoke on condition of anonymity", "who requested
  anonymity", "who asked not to be named", "not authorized to speak"; or
- "anonymous" or "unnamed" before it ("an anonymous official").

A described voice without such words ("a senior administration official", "leading
scientists") is a kind of person the outlets may share, and stays with the head-noun
rules of :mod:`.labels_voices`; a linked entity is a name, never an unnamed source.
"""

from __future__ import annotations

import re

VOICES_ANONYMOUS_RULE = True  # off: only session 35's record and source nouns are unnamed

# a person the writer describes rather than names (head nouns, singular and plural)
PERSON_NOUNS = frozenset({
    "people", "person", "persons", "official", "officials", "aide", "aides", "insider",
    "insiders", "individual", "individuals", "staffer", "staffers", "adviser",
    "advisers", "advisor", "advisors", "member", "members", "employee", "employees",
    "diplomat", "diplomats", "lawmaker", "lawmakers", "ally", "allies", "associate",
    "associates", "confidant", "confidants", "executive", "executives",
})  # fmt: skip
_ACCESS = re.compile(
    r"\b(?:familiar with|with (?:direct )?knowledge of|knowledgeable (?:about|of)|"
    r"briefed on|close to|in the room|privy to|"
    r"(?:who )?(?:spoke|speaking) (?:on|under) (?:the )?condition of anonymity|"
    r"(?:who )?(?:requested|asked for|granted|were granted|was granted) anonymity|"
    r"(?:who )?asked not to be (?:named|identified)|"
    r"not authori[sz]ed to (?:speak|discuss|comment))\b"
)
_UNNAMED_BEFORE = re.compile(r"\b(?:anonymous|unnamed|unidentified)\b")


def anonymous_people(speaker: str) -> bool:
    """``speaker`` is a person noun the article writes with words that withhold the
    name ("two people familiar with the development", "an anonymous official")."""
    low = speaker.lower()
    words = re.findall(r"[a-z]+", low)
    at = next((n for n, w in enumerate(words) if w in PERSON_NOUNS), None)
    if not VOICES_ANONYMOUS_RULE or at is None:
        return False
    before, after = " ".join(words[:at]), " ".join(words[at + 1 :])
    return bool(_UNNAMED_BEFORE.search(before) or _ACCESS.search(after))
