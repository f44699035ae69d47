"""Named storms: "Tropical Storm Grace", "Hurricane Ida", "Typhoon Haiyan" (session 25).

The tagger calls a storm an organisation ("Tropical Storm Grace" ORG, NeuS raw row 169)
or misses it ("Tropical Depression Grace" in CNN's report of the same row). A storm is
an event, as a holiday is (session 25, i12-entities8): it happens, it acts on no one's
behalf, and its row among the organisations misleads. Its stage changes as it moves
("Tropical Depression Grace", "Tropical Storm Grace", "Hurricane Grace"): one storm, so
the forms share one key, the storm's given name.

A stage word followed by a capitalised word is a storm unless a capitalised word stands
before it ("the National Hurricane Center", "the Atlantic Hurricane Season": a body or a
season whose name holds the stage word) or the word after it is the head of a body's
name ("Hurricane Center", "Hurricane Season").
"""

from __future__ import annotations

import re

__all__ = ["storm_key", "storm_spans"]

_STAGE = (r"(?:(?:Tropical|Subtropical|Post-Tropical|Winter)\s+(?:Storm|Depression|Cyclone)"
          r"|Super\s+Typhoon|Hurricane|Typhoon|Cyclone)")
_STORM = re.compile(r"(?<![\w'’-])" + _STAGE + r"\s+(?P<name>[A-Z][a-z]+)(?![\w'’-])")
_STAGE_KEY = re.compile(r"^" + _STAGE.lower() + r"\s+(?P<name>[a-z]+)$")
# heads of a body's, a season's or a programme's name written after a stage word
_NOT_NAMES = frozenset({"Center", "Centre", "Season", "Seasons", "Hunters", "Hunter",
                        "Warning", "Warnings", "Watch", "Watches", "Relief", "Recovery",
                        "Preparedness", "Week", "Fund", "Program", "Programme", "Alley",
                        "Category", "Force", "Research", "Division", "Office", "Unit"})
_PREVIOUS_WORD = re.compile(r"([\w'’.-]+)\s*$")


def storm_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every storm named in ``text`` (stage words and the name)."""
    found = []
    for match in _STORM.finditer(text):
        if match.group("name") in _NOT_NAMES or _after_capital(text, match.start()):
            continue
        found.append((match.start(), match.end()))
    return found


def _after_capital(text: str, start: int) -> bool:
    """A capitalised word right before, in the same sentence: the stage word is inside
    a longer name ("National Hurricane Center")."""
    before = text[max(0, start - 40) : start]
    if "\n" in before.rstrip(" "):
        before = before[before.rstrip(" ").rfind("\n") + 1 :]
    word = _PREVIOUS_WORD.search(before)
    return bool(word) and word.group(1)[:1].isupper() and not word.group(1).endswith(".")


def storm_key(key: str) -> str:
    """The key a storm's forms merge on: its folded name without the stage ("tropical
    storm grace", "tropical depression grace" -> "grace"); any other key unchanged."""
    match = _STAGE_KEY.match(key)
    if match is None or match.group("name").title() in _NOT_NAMES:
        return key
    return match.group("name")
