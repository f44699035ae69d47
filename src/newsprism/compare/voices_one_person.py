"""One person, one voice: a bare name the story's entity rows give to a named person is
that person's voice (session 35, i14-voices35).

``voices_heard`` keys a voice by its entity and its words. The quote resolver gives
a quote's speaker an entity only when the mention under the speaker is linked; a bare
re-mention it leaves unlinked ("Zients said …", The Epoch Times, NeuS raw row 80, while
the story's entity row "Jeffrey Zients" lists "Zients" among its forms) made a voice of
its own, "heard only" in its outlet beside "Jeffrey Zients" in the same article: one
man, two voices, and a false "only". The entity linker has already decided that "Zients" is Jeffrey
Zients (the entity's ``aliases``); this module only uses that decision, it makes no new
one:

- a voice with no entity whose words are a form (an alias) of exactly one person
  entity of the story is that person's voice; a form two persons share joins neither;
- a one-word voice no entity lists is the person whose full name opens with it when
  exactly one person of the story's entities does, the rule the label rows use for a
  given name alone (``labels._given_name_owner``: "Tedros" and "Tedros Adhanom
  Ghebreyesus"); no surname guess is made beyond what the linker merged;
- one entity quoted under two written forms is one voice, shown under its most quoted
  form (the entity's name on a tie).

A non-person word the extractor took for a speaker is :func:`non_person` (module
:mod:`.voices_unnamed`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from newsprism.extract.titles import fold
from newsprism.models import Entity

Key = tuple[str | None, str]
VOICES_ONE_PERSON_RULE = True  # off: each written form and entity is a voice, as before


def person_of(speaker: str, persons: Sequence[Entity]) -> Entity | None:
    """The one person entity ``speaker`` is a form of (module doc), or None."""
    key = fold(speaker)
    found = [p for p in persons if key in {fold(a) for a in (*p.aliases, p.name)}]
    if found:
        return found[0] if len(found) == 1 else None
    if len(speaker.split()) != 1 or not speaker[:1].isupper():
        return None
    opens = [p for p in persons if len(p.name.split()) > 1 and fold(p.name).split()[0] == key]
    return opens[0] if len(opens) == 1 else None


def one_person_keys(counts: Iterable[tuple[Key, int]],
                    entities: Sequence[Entity]) -> dict[Key, Key]:  # fmt: skip
    """{voice key: the key it counts under} for every key that moves (module doc);
    ``counts`` are (key, quotes) of the story's voices."""
    if not VOICES_ONE_PERSON_RULE:
        return {}
    counts = list(counts)
    persons = [e for e in entities if e.type == "PERSON"]
    names = {e.id: e.name for e in entities}
    entity_of: dict[Key, str] = {}
    for (entity_id, speaker), _ in counts:
        if entity_id is not None:
            entity_of[(entity_id, speaker)] = entity_id
        elif (person := person_of(speaker, persons)) is not None:
            entity_of[(entity_id, speaker)] = person.id
    per: dict[str, Counter[str]] = {}
    for key, n in counts:
        if key in entity_of and key[0] is not None:
            per.setdefault(entity_of[key], Counter())[key[1]] += n
    moved = {}
    for key, entity_id in entity_of.items():
        forms = per.get(entity_id)
        shown = max(forms, key=lambda f: (forms[f], f == names.get(entity_id), f)) \
            if forms else names.get(entity_id, key[1])  # fmt: skip
        if (entity_id, shown) != key:
            moved[key] = (entity_id, shown)
    return moved


def join_one_person(counts: dict[Key, Counter[str]], own: defaultdict[Key, set[str]],
                    entities: Sequence[Entity]) -> None:  # fmt: skip
    """Move each voice's quotes per article (``counts``) and written forms (``own``)
    under the key it counts as (:func:`one_person_keys`), in place."""
    totals = [(key, sum(per.values())) for key, per in counts.items()]
    for old, new in one_person_keys(totals, entities).items():
        counts.setdefault(new, Counter()).update(counts.pop(old))
        own[new].update(own.pop(old, set()))
