"""A headline's own form of an entity the bodies name: kept as a headline form (session 34).

Why: a name a headline writes in a form the bodies also cover adds no row
(``extract/headline_names.py``): a title's "DOJ" beside the bodies' "Justice
Department", a title's "Dems" beside "Democrats", "Va." beside "Virginia". A reader
of the entity rows so never learns that an outlet's headline calls the body's
"Justice Department" "DOJ", and the label-choice table (which reads body phrases) has
no headline words at all.

Decision (precision first: a wrong join is worse than a missing one):

- A headline mention's form goes to **one body row, and only when exactly one body row
  claims it** by one of these readings: the organisation key ("GOP" / "Republican",
  "Dems" / "Democrats"), one US state ("Va." / "Virginia"), an acronym that is exactly
  the initials of a body organisation's or place's name, in either word order, or a
  department's "DO" acronym ("DOJ" / "Justice Department", "HHS"; never the looser "any
  word may skip its letter", which the project keeps for a pair the text makes), or a one-word
  surname of the one body person whose name ends in it and no other body row's name
  holds it ("Biden" in a story with Joe and Hunter Biden, or "Gates" beside the Gates
  Foundation, joins no one). Two rows claiming one form, by one reading or two, give it
  to neither.
- A form written as whole words in any body is left alone: the body's own rules saw it
  there and decided (it is already a row's alias, or was dropped as no name).
- A form already among the row's name and aliases (folded, "the" left out) adds
  nothing.
- The form is kept apart from ``aliases``, in ``Entity.headline_forms`` (article id →
  forms its headline writes): the quotes' speakers, the claims and the cross-language
  index read ``aliases`` and must not see a headline's word, which has no body offset.
  The JSON shows ``headline_forms`` only on a row that has some, so every other row's
  JSON stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from newsprism.extract.entities import _org_key
from newsprism.extract.initials import acronym_letters, initials
from newsprism.extract.name_forms import of_order
from newsprism.extract.states import state_code
from newsprism.models import Entity, Mention

__all__ = ["attach_headline_forms", "label_headlines", "owner_of", "plural_key", "written_in"]

_PLACE_OR_BODY = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def _forms(entity: Entity) -> list[str]:
    return [entity.name, *entity.aliases]


def _fold(text: str) -> str:
    """A form folded for "is it already there": case and a leading "the" left out."""
    folded = text.lower().strip()
    return folded[4:] if folded.startswith("the ") else folded


def plural_key(name: str) -> str:
    """The organisation key, a plural's "s" dropped ("Republicans" and "GOP")."""
    key = _org_key(name)
    return key[:-1] if key.endswith("s") else key


def _by_key(form: str, entity: Entity) -> bool:
    return plural_key(form) in {plural_key(n) for n in _forms(entity)}


def _by_state(form: str, entity: Entity) -> bool:
    code = state_code(form)
    return code is not None and code in {state_code(n) for n in _forms(entity)}


def _by_acronym(form: str, entity: Entity) -> bool:
    """An all-capitals form that is exactly the initials of one of the row's names, in
    the written or the "Department of X" order, or a department's acronym
    (:func:`_department_acronyms`)."""
    if entity.type not in _PLACE_OR_BODY or " " in form or not form.isupper():
        return False
    letters = acronym_letters(form)
    if len(letters) < 2:
        return False
    for name in _forms(entity):
        spelled = {initials(name), initials(of_order(name.lower()))} - {""}
        if letters in spelled | _department_acronyms(name):
            return True
    return False


def _department_acronyms(name: str) -> set[str]:
    """A department's or ministry's usual acronyms, which keep the "of" the exact
    initials leave out: "DO" and its field's initials ("DOJ", "DoD", "MoD" of "Justice
    Department", "Department of Defense", "Ministry of Defence"), and a field's
    initials alone when three letters or more ("HHS" of "Department of Health and Human
    Services"; not "HS" of "Homeland Security")."""
    key = of_order(name.lower().removeprefix("the "))
    for head in ("department", "ministry"):
        if key.startswith(head + " "):
            field = key[len(head) + 1:].removeprefix("of ")
            letters = initials(field) or field[:1]  # one word: its letter
            return {head[0] + "o" + letters} | ({letters} if len(letters) > 2 else set())
    return set()


def _by_surname(form: str, entity: Entity) -> bool:
    return entity.type == "PERSON" and " " not in form and any(
        len(n.split()) > 1 and n.split()[-1] == form for n in _forms(entity))


_READINGS: tuple[Callable[[str, Entity], bool], ...] = (_by_key, _by_state, _by_acronym,
                                                        _by_surname)


def owner_of(form: str, body: Sequence[Entity]) -> Entity | None:
    """The one body row a headline form is a form of, or None (none, or two claim it).
    A surname reading also counts any other row whose name holds the word, so "Gates"
    beside both "Bill Gates" and "Gates Foundation" joins neither."""
    owners = {id(e): e for e in body for read in _READINGS if read(form, e)}
    if len(owners) == 1 and " " not in form:
        (only,) = owners.values()
        if only.type == "PERSON" and any(
                e is not only and form in n.split() for e in body for n in _forms(e)):
            return None
    return next(iter(owners.values())) if len(owners) == 1 else None


def written_in(form: str, bodies: Iterable[str]) -> bool:
    """Whether the form is written, as whole words, in any report's body."""
    pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
    return any(pattern.search(body) for body in bodies)


def attach_headline_forms(mentions: Iterable[Mention], body: Sequence[Entity],
                          bodies: Sequence[str]) -> set[str]:  # fmt: skip
    """Give each body row the headline forms only it claims (the module's rules), in
    ``Entity.headline_forms``, by the article whose headline writes them. Returns the
    headline rows' ids whose forms went to a body row: such a name is no headline-only
    row (a title's "DOJ" beside a body's "Justice Department" is one entity, not two)."""
    joined: set[str] = set()
    for mention in mentions:
        form = mention.text
        if mention.label == "ROLE" or written_in(form, bodies):
            continue
        owner = owner_of(form, body)
        if owner is None:
            continue
        joined.add(mention.entity_id or "")
        if _fold(form) in {_fold(n) for n in _forms(owner)}:
            continue
        written = owner.headline_forms.setdefault(mention.article_id, [])
        if form not in written:
            written.append(form)
    return joined - {""}


def label_headlines(choice: dict[str, Any], entities: Sequence[Entity]) -> dict[str, Any]:
    """Add ``headlines`` (article id → forms its headline writes) to each label-choice
    entity row whose entity has headline forms, so the table shows that an outlet's
    headline calls the body's "Justice Department" "DOJ". Only such rows change; the
    table still lists only entities two outlets describe (its own rule)."""
    forms = {e.id: e.headline_forms for e in entities if e.headline_forms}
    for row in choice.get("entities") or []:
        if row.get("entity_id") in forms:
            row["headlines"] = {a: list(f) for a, f in forms[row["entity_id"]].items()}
    return choice
