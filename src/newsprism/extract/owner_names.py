"""An outlet's or a body's possessive before a person's name: two mentions (session 26).

"CBS’s Steven Portnoy reported from inside the Oval Office" (the Independent, NeuS raw
row 74): the tagger read "CBS’s Steven Portnoy" as one organisation, so the story had
an ORG row of that name and no person to join to the Hill's "Steve Portnoy". The
possessive names whom the person works for ("NBC's Peter Alexander", "Fox News' Peter
Doocy"): the owner is a mention of its own, with the tagger's label, and the words
after the possessive are the person, when they open on a given name and run two or
three capitalised words. A span the tagger already read as a person is left alone (a
name's own possessive is cut elsewhere: ``span_edges.before_possessive``).
"""

from __future__ import annotations

import re

from newsprism.extract.mention_rules import given_names

__all__ = ["owner_and_person"]

_OWNED = re.compile(
    r"^(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?:['’]s|['’]) "
    r"(?P<person>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’.-]*){1,2})$")


def owner_and_person(name: str, label: str, start: int) -> list[tuple[str, str, int, int]]:
    """The (text, label, start, length) pieces of "Owner’s Given Surname" tagged as one
    non-person span: the owner with ``label`` and the person; empty for any other name."""
    match = _OWNED.match(name)
    if label == "PERSON" or match is None:
        return []
    owner, person = match.group("owner"), match.group("person")
    if person.split()[0].lower() not in given_names():
        return []
    return [(owner, label, start, len(owner)),
            (person, "PERSON", start + match.start("person"), len(person))]
