"""Places written with and without their type word, a place inside a lower-case event,
and a state label in brackets after a person (issue 12, session 31).

Readers of the entity rows found three kinds of place rows the tagger gets wrong:

- one place written with its type word and without it ("the Gaza Strip" … "Gaza",
  "the Golan Heights" … "the Golan"): two rows for one place. The type words kept here
  name a territory, not a district of a town, and the long form must be the story's
  name for the place — written by two reports or more — so a one-off "Las Vegas Strip"
  in a story about the city does not swallow "Las Vegas";
- a country the tagger took into an event whose head noun is lower case ("the Iraq
  war –"): the event is no name (a capitalised "Vietnam War" is, and is left alone),
  the country is;
- a state in brackets right after a senator's name ("Sen. Mark Kelly (Ariz.)"): a
  party/state label, like "D-Ariz.", not a mention of the state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.extract.mention_rules import is_place
from newsprism.models import Mention

PLACE_HEADS = ("strip", "heights", "peninsula")  # type words of a territory
_PLACES = ("GPE", "LOC")
# "Iraq war –": a capitalised place, a lower-case conflict noun, stray punctuation
_EVENT_TAIL = re.compile(r"^(?P<place>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*) "
                         r"(?:war|invasion|occupation|conflict|crisis)\b[\s\W]*$")
_LABEL_AFTER = re.compile(r"^\s*\.?\)")


def cut_event_places(mentions_by_article: dict[str, list[Mention]]) -> None:
    """Turn an EVENT mention "<country> war" (lower-case head) into the country, a GPE.
    ``mentions._relabel`` does so for a span the tagger ends on the noun; this one ends
    on a stray dash ("the Iraq war – days before"), which the tagger took in. Only a
    country or a state is cut out (``is_place``), so "Cold war" is not cut to "Cold"."""
    for mentions in mentions_by_article.values():
        for i, m in enumerate(mentions):
            tail = _EVENT_TAIL.match(m.text) if m.label == "EVENT" else None
            if tail is None or not is_place(tail.group("place")):
                continue
            place = tail.group("place")
            mentions[i] = Mention(m.article_id, m.sentence_index, place, "GPE",
                                  m.start, m.start + len(place))


def _bracket_label(m: Mention, before: Mention | None, text: str) -> bool:
    """A place in brackets, right after a person's name, and nothing else in them."""
    return (m.label in _PLACES and before is not None and before.label == "PERSON"
            and text[before.end : m.start] == " ("
            and _LABEL_AFTER.match(text[m.end : m.end + 3]) is not None)


def drop_bracket_states(mentions_by_article: dict[str, list[Mention]],
                        texts: dict[str, str]) -> None:
    """Drop "(Ariz.)" after "Mark Kelly": the senator's state label, not the state."""
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        mentions[:] = [m for i, m in enumerate(mentions)
                       if not _bracket_label(m, mentions[i - 1] if i else None, text)]


def _reports(group: Sequence[Mention]) -> int:
    return len({m.article_id for m in group})


def _place(group: Sequence[Mention]) -> bool:
    return all(m.label in _PLACES for m in group)


def merge_place_heads(other: dict[tuple[str, str], list[Mention]]) -> None:
    """Move the mentions of a place "X" into "X Strip" / "X Heights" / "X Peninsula"
    when two reports or more write the long form (keys are ``(kind, folded name)``, as
    ``entities._attach_short_names`` writes them; both groups tagged as places)."""
    longs = {key[1]: key for key, group in other.items()
             if key[1].rsplit(" ", 1)[-1] in PLACE_HEADS and _place(group)
             and _reports(group) >= 2}
    for key in [k for k, group in other.items() if _place(group)]:
        target = next((longs[f"{key[1]} {h}"] for h in PLACE_HEADS
                       if f"{key[1]} {h}" in longs), None)
        if target is not None and target != key:
            other[target].extend(other.pop(key))
