"""Heard on one side only? Not for a described voice whose own words another report
quotes under a speaker the quote extractor could not resolve.

Seven Capitol Police officers sued Trump (NeuS raw row 147, session 29): Axios's
"the lawsuit alleges that Trump …" is resolved to "Seven Capitol Police officers",
while AP's "The suit in federal court in Washington alleges Trump “worked with white
supremacists …”" keeps no speaker (``speaker_resolved`` "none"). ``voices_heard``
counted only resolved quotes, so the officers were "heard only" in Axios though AP
quotes their suit. A described voice (no entity) is therefore not "only" when another
report has an unresolved quote written with a head noun one of the voice's own written
forms has ("suit": "the lawsuit", "The suit in …"). A pronoun ("he", "they") is no
head: it says nothing of who spoke. As :func:`.labels_voices.titled_elsewhere`, this
withholds a claim and makes none: the two may be different suits, but the other side
is not shown silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsprism.compare.labels_voices import description_head, modified_head
from newsprism.pronoun_words import (
    DEMONSTRATIVES,
    PERSONAL_OBJECTS,
    PERSONAL_SUBJECTS,
    POSSESSIVE_ANTECEDENT_PRONOUNS,
)

# Words that stand for someone without naming a kind: never a head to compare.
PRONOUNS = frozenset({*PERSONAL_SUBJECTS, *PERSONAL_OBJECTS, *DEMONSTRATIVES,
                      *POSSESSIVE_ANTECEDENT_PRONOUNS, "it", "we", "i", "you",
                      "one"})  # fmt: skip
# One head for a document's two common names: "the lawsuit" is "the suit".
SAME_HEAD = {"lawsuit": "suit"}


def first_source(written: str) -> bool:
    """The first "from"/"in"/"by" of ``written`` opens a name ("a report in The New
    York Times", "data from the Alabama Department of Public Health"): the voice is that
    name. :func:`.labels_voices.sourced` looks at any of them, which makes "The suit in
    federal court in Washington" a source's; here only the first counts."""
    first = re.search(r"\b(?:from|in|by)\s+(\S+)(?:\s+(\S+))?", written)
    if first is None:
        return False
    word = first.group(2) if first.group(1).lower() == "the" and first.group(2) else first.group(1)
    return word[:1].isupper()


def noun_head(written: str) -> str | None:
    """The head noun of a voice as written ("suit" for "The suit in federal court in
    Washington", "officer" for "Seven Capitol Police officers"), or None for a name, a
    sourced description ("a report in The New York Times") or a pronoun."""
    if first_source(written):
        return None
    head = description_head(written) or modified_head(written)
    return None if head is None or head in PRONOUNS else SAME_HEAD.get(head, head)


def unnamed_elsewhere(entity_id: str | None, own_written: Iterable[str], article_id: str,
                      unnamed: Iterable[tuple[str, str]]) -> bool:
    """A described voice of ``article_id`` (no entity) one of whose written forms has
    the head noun of an unresolved quote's speaker in another article. ``unnamed`` are
    (article id, speaker as written) of the story's quotes with no speaker."""
    if entity_id is not None:
        return False
    heads = {noun_head(w) for w in own_written} - {None}
    if not heads:
        return False
    return any(a != article_id and noun_head(w) in heads for a, w in unnamed)
