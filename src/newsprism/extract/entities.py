"""Named entities of a story: mentions found per article, merged into one entity each.

The same person is written many ways across outlets and within one article: a full
name ("US Secretary of State Antony Blinken"), a transliteration variant ("Anthony
Blinken"), a surname ("Blinken"), a title standing alone ("the Secretary of State",
"Israel's security minister" for the man another outlet calls "Israeli Defense
Minister Yoav Gallant"). Merging decides what every later count and attribution means,
so it is conservative where it matters:

- full names merge only when the surnames are equal and the given names are the same
  or spelling variants (``rapidfuzz`` ratio ≥ 75: Anthony/Antony), never Joe/Hunter Biden;
- a surname alone joins the one full name with that surname in its article, else the
  one in the story, and stays apart when two people share it;
- a title alone joins the one person the story gives that office (country + title, or
  country + class: "the American minister"), from ``data/roles.toml``, and only when it
  stands for a person: "the vice president" is not the president, "running for
  president" is nobody (``extract/titles.py``);
- organisations and places merge on a normal form (case, "the", "'s", UN → United
  Nations), on acronyms (UNSC), and with a country in front ("US State Department");
- pieces, types and a group's forms in one row: ``extract/name_forms.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsprism.extract.acronym_people import surname_written_as
from newsprism.extract.and_pairs import split_and_pairs
from newsprism.extract.bill_numbers import drop_bill_numbers
from newsprism.extract.body_heads import (
    extend_back_over_and_to_the,
    extend_to_body_head,
    merge_short_bodies,
)
from newsprism.extract.class_words import (
    drop_negated_classes,
    extend_back_over_and,
    join_at_and,
)
from newsprism.extract.company_forms import without_legal_suffix
from newsprism.extract.cut_names import drop_names_at_cut
from newsprism.extract.dated_bodies import extend_back_over_day
from newsprism.extract.era_compounds import drop_era_compounds
from newsprism.extract.given_pair_bodies import join_given_pairs
from newsprism.extract.law_parts import drop_law_parts
from newsprism.extract.lone_heads import merge_lone_heads
from newsprism.extract.mentions import (
    ENTITY_LABELS,
    NameTable,
    _checked_label,
    _name_words,
    clean_name,
    find_mentions,
    load_names,
    name_words,
)
from newsprism.extract.middle_names import middles_differ
from newsprism.extract.name_cuts import extend_to_story_names, join_state_bodies
from newsprism.extract.name_forms import (
    department_key,
    group_label,
    join_split_names,
    middle_name_given,
    state_key,
    towns_of_story,
)
from newsprism.extract.named_kinds import drop_laws_and_roles
from newsprism.extract.org_merge import ORG_HEADS, merge_names
from newsprism.extract.pair_given_names import give_pair_surnames
from newsprism.extract.person_cues import people_typed_org
from newsprism.extract.place_heads import cut_event_places, drop_bracket_states, merge_place_heads
from newsprism.extract.shared_surnames import shared_surnames
from newsprism.extract.span_edges import drop_title_chambers
from newsprism.extract.storms import storm_key
from newsprism.extract.story_names import (
    bracket_acronyms,
    city_mentions,
    company_short_forms,
    count_every_form,
    court_key,
    extend_by_common_word,
    join_name_pieces,
    person_aliases,
    split_trailing_person,
)
from newsprism.extract.surname_particles import particle_surname
from newsprism.extract.then_titles import past_office, then_offices
from newsprism.extract.title_spans import inside_title, mark_article, role_article
from newsprism.extract.titles import (
    Role,
    RoleMention,
    RoleTable,
    find_roles,
    fold,
    load_roles,
)
from newsprism.extract.type_context import (
    drop_spelled_acronyms,
    drop_story_variants,
    spread_class_labels,
)
from newsprism.extract.unnamed_roles import after_unnamed
from newsprism.models import Entity, Mention

__all__ = ["ENTITY_LABELS", "NameTable", "Role", "RoleTable", "_checked_label", "_name_words",
           "clean_name", "find_mentions", "fold", "load_names", "load_roles",
           "name_words"]  # their homes: extract/mentions.py, extract/titles.py

GIVEN_NAME_RATIO = 75  # Anthony/Antony 91, Matthew/Mathew 92, Joe/Hunter 20


# --- merging across a story ---------------------------------------------------------


@dataclass
class _Person:
    full: Counter[str] = field(default_factory=Counter)  # full-name forms
    roles: set[tuple[str | None, str]] = field(default_factory=set)  # (country, title)
    classes: set[tuple[str | None, str]] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return name_words(self.full.most_common(1)[0][0])[-1]

    @property
    def given(self) -> str:
        return " ".join(name_words(self.full.most_common(1)[0][0])[:-1])


def _same_given(a: str, b: str) -> bool:
    """Whether two given-name parts can be one person's: the first given names are
    equal, spelling variants, nicknames of one name, or one is an initial; middle names
    and initials after the first are ignored ("James R." is "James")."""
    if not a or not b:
        return True
    if middles_differ(a, b):  # "George H. W." is not "George W." (middle_names.py)
        return False
    if middle_name_given(a.split(), b.split()) or middle_name_given(b.split(), a.split()):
        return True  # "Byron Todd Jones" is "Todd Jones"
    a, b = a.split()[0], b.split()[0]
    if load_names().same_person_given(a, b):
        return True
    if a[0] != b[0]:
        return False
    if len(a) <= 2 or len(b) <= 2:  # an initial: "J. Kirby"
        return True
    return fuzz.ratio(a, b) >= GIVEN_NAME_RATIO


def _org_key(name: str) -> str:
    """The key organisations and places merge on: folded, abbreviations expanded, hyphens
    and "and" dropped (Wal-Mart = Walmart, Fish & Wildlife = Fish and Wildlife)."""
    expansions = load_roles().expansions
    words = (expansions.get(w, w) for w in storm_key(fold(name)).split() if w not in ("and", "&"))
    key = " ".join(w if w in expansions.values() else w.replace("-", "") for w in words)
    return without_legal_suffix(department_key(court_key(key)))  # "Pfizer Inc." is Pfizer


@dataclass
class StoryEntities:
    """The merged entities of a story and every mention, linked to its entity."""

    entities: list[Entity]
    mentions: list[Mention]
    roles: list[RoleMention]

    def by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def entity_at(self, article_id: str, start: int, end: int) -> str | None:
        """The entity of the mention that overlaps ``[start, end)`` in an article."""
        hits = [
            m
            for m in self.mentions
            if m.article_id == article_id and m.entity_id and m.start < end and start < m.end
        ]
        return max(hits, key=lambda m: m.end - m.start).entity_id if hits else None

    def entity_named(self, name: str, article_id: str | None = None) -> str | None:
        """The entity a name designates: an alias, or a surname unique to one person."""
        key = fold(clean_name(name))
        if not key:
            return None
        for e in self.entities:
            if key in {fold(a) for a in e.aliases}:
                return e.id
        people = [e for e in self.entities if e.type == "PERSON"
                  and fold(e.name).split()[-1] == key.split()[-1]
                  and surname_written_as(name, e.aliases)]  # fmt: skip
        if article_id is not None:
            local = [e for e in people if article_id in e.mentions]
            people = local or people
        return people[0].id if len(people) == 1 else None


def link_entities(
    mentions_by_article: dict[str, list[Mention]], texts: dict[str, str]
) -> StoryEntities:
    """Merge the mentions of a story's articles into entities (see the module docstring).

    Args:
        mentions_by_article: ``find_mentions`` output per article id, in story order.
        texts: the clean text of each article (for titles standing for people).

    Returns:
        Entities ordered by total mentions (then name), ids ``E1``, ``E2``, … and the
        mentions with ``entity_id`` set, role mentions included.
    """
    spread_class_labels(mentions_by_article, texts)  # "contractor Cyber Ninjas" in one report
    drop_spelled_acronyms(mentions_by_article, texts)  # "cost-of-living adjustment, or COLA"
    drop_story_variants(mentions_by_article, texts)  # "such as Delta" beside "the Delta variant"
    drop_laws_and_roles(mentions_by_article, texts)  # "the American Rescue Plan", "the VP’s"
    drop_law_parts(mentions_by_article)  # "Title IX", "Section 230"
    drop_bill_numbers(mentions_by_article, texts)  # "H. Res. 601", "S. Con. Res. 14"
    drop_era_compounds(mentions_by_article, texts)  # "a Trump-era rule"
    drop_negated_classes(mentions_by_article, texts)  # "Nonfarm payrolls", "Non-Europeans"
    drop_names_at_cut(mentions_by_article, texts)  # "referring to the John Lewis..."
    cut_event_places(mentions_by_article)  # "the Iraq war –": Iraq
    drop_bracket_states(mentions_by_article, texts)  # "Sen. Mark Kelly (Ariz.)"
    people_typed_org(mentions_by_article, texts)  # "Van Jones said …" tagged ORG
    split_trailing_person(mentions_by_article)
    join_at_and(mentions_by_article, texts)  # "U.S. Fish and" + "Wildlife Service"
    extend_back_over_and(mentions_by_article, texts)  # "Wildlife" of "Fish and Wildlife"
    join_split_names(mentions_by_article, texts, _org_key)
    towns_of_story(mentions_by_article, texts, _org_key)
    join_state_bodies(mentions_by_article, texts)  # "Arizona State" + "Senate"
    extend_to_body_head(mentions_by_article, texts)  # "Senate" of "Senate Judiciary Committee"
    extend_back_over_day(mentions_by_article, texts)  # "January 6" of "… Select Committee"
    extend_back_over_and_to_the(mentions_by_article, texts)  # "Reform Committee" of "… and …"
    join_given_pairs(mentions_by_article, texts)  # "Bill and" + "Melinda Gates Foundation"
    give_pair_surnames(mentions_by_article, texts)  # "Bill and Melinda Gates": Bill Gates
    join_name_pieces(mentions_by_article, texts)
    extend_by_common_word(mentions_by_article, texts)
    extend_to_story_names(mentions_by_article, texts)  # "U.S." of "U.S. Holocaust Memorial Museum"
    split_and_pairs(mentions_by_article)  # "Facebook and Instagram" beside "Facebook"
    company_short_forms(mentions_by_article)
    drop_title_chambers(mentions_by_article, texts)
    acronyms = bracket_acronyms(mentions_by_article, texts, _org_key)
    people: list[_Person] = []
    all_roles: list[RoleMention] = []
    aliases = person_aliases(mentions_by_article, texts)
    pending_short = _people_from_full_names(mentions_by_article, texts, people, all_roles,
                                            aliases)
    other = _attach_short_names(mentions_by_article, people, pending_short, all_roles,
                                city_mentions(mentions_by_article, texts),
                                shared_surnames(texts, mentions_by_article))  # "the Gates"
    _attach_titles(texts, people, all_roles)
    merge_place_heads(other)  # "Gaza" into "the Gaza Strip"
    merge_short_bodies(other)  # "Progressive Caucus" into "House Progressive Caucus"
    merge_lone_heads(other)  # "the Court" into "the Supreme Court"
    story = _number_entities(people, other, all_roles, acronyms)
    tagged = [m for ms in mentions_by_article.values() for m in ms] + story.mentions
    count_every_form(story.entities, tagged, texts)
    return story


def _people_from_full_names(
    mentions_by_article: dict[str, list[Mention]],
    texts: dict[str, str],
    people: list[_Person],
    all_roles: list[RoleMention],
    aliases: dict[int, Mention],
) -> list[Mention]:
    """Step 1: full names (two tokens or more) of people, merged on surname + given name;
    a name the article gives as another of a person's ("or Keith E. Hakim") is theirs.

    Fills ``people`` and ``all_roles``; returns the one-word PERSON mentions left for step 2.
    """
    pending_short: list[Mention] = []
    person_of: dict[int, _Person] = {}
    for article_id, mentions in mentions_by_article.items():
        roles = find_roles(texts[article_id], mentions)
        mark_article(roles, article_id)  # offsets are the article's own
        all_roles.extend(roles)
        by_start = {r.person.start: r for r in roles if r.person}
        for m in mentions:
            if m.label != "PERSON":
                continue
            named = person_of.get(id(aliases[id(m)])) if id(m) in aliases else None
            if len(name_words(m.text)) < 2 and named is None:
                pending_short.append(m)
                continue
            person = named or _find_person(people, m.text) or _new_person(people)
            person_of[id(m)] = person
            if named is None:  # an alias names the row neither nor gives its surname
                person.full[m.text] += 1
            person.mentions.append(m)
            _hold(person, by_start.get(m.start))
    return pending_short


def _hold(person: _Person, role: RoleMention | None) -> None:
    """Record the office a title right before one of ``person``'s names gives them."""
    if role is not None:
        person.roles.add((role.country, role.role.title if role.role else role.cls))
        person.classes.add((role.country, role.cls))


def _attach_short_names(
    mentions_by_article: dict[str, list[Mention]],
    people: list[_Person],
    pending_short: list[Mention],
    all_roles: list[RoleMention],
    cities: set[int],
    shared: frozenset[str] = frozenset(),
) -> dict[tuple[str, str], list[Mention]]:
    """Step 2: a one-word mention of a known surname is that person (or a re-typed
    GPE/ORG); returns the other names, keyed for merging ("New York" of a mayor's race,
    in ``cities``, on "New York City")."""
    surnames = Counter(p.surname for p in people)
    named = _surname_index(people, _surname_reader())
    other: dict[tuple[str, str], list[Mention]] = {}
    # "President Obama" gives the office as "President Barack Obama" does
    titled = {id(r.person): r for r in all_roles if r.person is not None}
    by_given: list[tuple[Mention, _Person]] = []
    is_pending = _member_test(pending_short)
    for article_id, mentions in mentions_by_article.items():
        for m in mentions:
            is_short_person = is_pending(m)
            # a suffix is no part of a surname alone: "Vance Jr." is Cyrus Vance Jr.
            key = " ".join(name_words(m.text)) if is_short_person else fold(m.text)
            candidates = ([p for p in named(key) if surname_written_as(m.text, p.full)
                           and key not in shared]
                          if len(key.split()) == 1 else _full_name_of(people, key, m))
            local = [p for p in candidates if any(x.article_id == article_id for x in p.mentions)]
            # one candidate in the story: the full name's, or (for a PERSON) a surname named
            # alone in an earlier article: "Obama" in each of three articles is one man
            one = len(candidates) == 1 and (surnames[key] == 1 or is_short_person or " " in key)
            chosen = local if len(local) == 1 else candidates if one else []
            if is_short_person and not candidates and (given := _by_given_name(
                    people, key, mentions)):
                by_given.append((m, given[0]))  # after every surname: "James" may be a
                continue  # Mattioli, and the "Mattioli" of that article the other one
            if chosen and (is_short_person or m.label in _RETYPED):
                m.label = "PERSON"
                chosen[0].mentions.append(m)
                _hold(chosen[0], titled.get(id(m)))
            elif is_short_person:
                person = _new_person(people)
                person.full[m.text] += 1
                person.mentions.append(m)
                _hold(person, titled.get(id(m)))
            elif m.label != "PERSON" and not inside_title(m, all_roles):
                name_key = _org_key(m.text) + (" city" if id(m) in cities else "")
                other.setdefault(("NAME", state_key(name_key) if m.label == "GPE" else name_key),
                                 []).append(m)
    for m, person in by_given:
        person.mentions.append(m)
    return other


# Labels of a name the story gives a person as well: "Pelosi" read as an event, "Alejandro
# Mayorkas" as an organisation (after "Homeland Security Secretary") are that person.
_RETYPED = frozenset({"GPE", "ORG", "NORP", "EVENT", "FAC", "LOC"})


def _member_test(pending: list[Mention]) -> Callable[[Mention], bool]:
    """``m in pending`` without comparing ``m`` to every pending mention (2.5 s of the
    50-article story's profile, session 28): identity, then equality with the pending
    mentions of its article, offsets and text only, when asked (a label may change)."""
    ids = {id(m) for m in pending}
    same_place: dict[tuple[str, int, int, str], list[Mention]] = {}
    for m in pending:
        same_place.setdefault((m.article_id, m.start, m.end, m.text), []).append(m)

    def member(m: Mention) -> bool:
        return id(m) in ids or any(
            p == m for p in same_place.get((m.article_id, m.start, m.end, m.text), ()))

    return member


def _surname_reader() -> Callable[[_Person], str]:
    """A person's surname, read once: while the short names are attached no full name
    changes but a new person's first, set before it is read (session 26: 285,000 reads
    of ``_Person.surname`` at 50 articles, issue 12)."""
    known: dict[int, str] = {}

    def surname(person: _Person) -> str:
        if id(person) not in known:
            known[id(person)] = person.surname
        return known[id(person)]

    return surname


def _surname_index(people: list[_Person], surname: Callable[[_Person], str]
                   ) -> Callable[[str], list[_Person]]:  # fmt: skip
    """The people of a surname, in ``people``'s order: ``people`` only grows while the
    short names are attached, and each person is indexed by ``surname`` when the next
    name is looked up, as a scan of every person then read it (session 32: the scan
    was 261,000 surname reads at 50 articles, 1,452 looks of about 180 people)."""
    index: dict[str, list[_Person]] = {}
    indexed = 0

    def named(key: str) -> list[_Person]:
        nonlocal indexed
        for person in people[indexed:]:
            index.setdefault(surname(person), []).append(person)
        indexed = len(people)
        return index.get(key, [])

    return named


def _full_name_of(people: list[_Person], key: str, mention: Mention) -> list[_Person]:
    """The one person whose full name (two words or more) a name tagged as something else
    writes exactly: "Ebrahim Raisi" tagged ORG in one report and PERSON in another. A
    place or body named after a person has words of its own ("Ronald Reagan Airport")."""
    if mention.label == "PERSON":
        return []
    found = [p for p in people if any(fold(f) == key for f in p.full)]
    return found if len(found) == 1 else []


def _by_given_name(people: list[_Person], key: str, article: list[Mention]) -> list[_Person]:
    """The one person a given name alone stands for ("Joe Biden's son, Hunter" is Hunter
    Biden): the only person in the story with a full name of that first given name
    ("Joe Biden" beside "Joseph R. Biden Jr."), when no one has it as a surname and the
    article names the family (the surname) too."""
    if len(key.split()) != 1:
        return []
    family = {name_words(m.text)[-1] for m in article if m.label == "PERSON"}
    found = [p for p in people if any(len(w := name_words(f)) >= 2 and w[0] == key
                                      for f in p.full)]
    return found if len(found) == 1 and found[0].surname in family else []


def _attach_titles(
    texts: dict[str, str], people: list[_Person], all_roles: list[RoleMention]
) -> None:
    """Step 3: titles alone ("the Secretary of State", "the American minister") and titles
    in front of a surname; a title with a person right after it is that person's."""
    then = then_offices(texts, all_roles)  # "then-President X": a bare title joins no one
    for role in all_roles:
        if role.person is not None or not role.refers or past_office(role, then):
            continue
        article_id = role_article(role) or next(
            a for a, t in texts.items() if t[role.start : role.end] == role.text)
        if _unnamed(texts[article_id], role) or after_unnamed(
                texts[article_id], role, all_roles, _unnamed):  # "a spokesman … the spokesman"
            continue
        title = role.role.title if role.role else None
        matches = [p for p in people if _holds(p, role.country, title, role.cls)]
        if len(matches) > 1:  # "the spokesperson": the one the article last named before it
            before = [(max(m.start for m in p.mentions if m.article_id == article_id
                           and m.start < role.start), i)
                      for i, p in enumerate(matches)
                      if any(m.article_id == article_id and m.start < role.start
                             for m in p.mentions)]  # fmt: skip
            matches = [matches[max(before)[1]]] if before else []
        if len(matches) == 1:
            mention = Mention(article_id, -1, role.text, "ROLE", role.start, role.end)
            matches[0].mentions.append(mention)


def _number_entities(
    people: list[_Person],
    other: dict[tuple[str, str], list[Mention]],
    all_roles: list[RoleMention],
    acronyms: dict[str, str],
) -> StoryEntities:
    """Step 4: build the entities, order them by mentions, number them E1, E2, …"""
    groups: list[tuple[Entity, list[Mention]]] = [
        (_entity("PERSON", person.mentions, preferred=person.full), person.mentions)
        for person in people
    ]
    for group in merge_names(other, acronyms).values():
        label = group_label(group)
        groups.append((_entity(label, group, preferred=_long_forms(group)), group))
    groups.sort(key=lambda g: (-sum(g[0].mentions.values()), g[0].type, g[0].name))
    entities = [entity for entity, _ in groups]
    linked: list[Mention] = []
    for number, (entity, members) in enumerate(groups, start=1):
        entity.id = f"E{number}"
        for m in members:
            m.entity_id = entity.id
            linked.append(m)
    linked.sort(key=lambda m: (m.article_id, m.start))
    return StoryEntities(entities, linked, all_roles)


def _unnamed(text: str, role: RoleMention) -> bool:
    """A title that names nobody known: "a spokesman", "another aide", "Madam President"."""
    words = text[max(0, role.start - 60) : role.start].split()
    unnamed = load_names().unnamed_before_title
    if words and words[-1].lower() in unnamed:
        return True
    determiners = ("a", "an", "another", "one", "some")
    while len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() not in determiners:
        words.pop()  # the name in "a White House spokesman"
    return bool(words) and words[-1].lower() in determiners


def _find_person(people: list[_Person], name: str) -> _Person | None:
    words = name_words(name)
    for p in people:
        if p.surname == words[-1] and _same_given(p.given, " ".join(words[:-1])):
            return p
    # "De Haan" and "Patrick De Haan": the one person, when one (surname_particles.py)
    found = [p for p in people if p.surname == words[-1] and all(
        particle_surname(" ".join(name_words(f)[:-1]), " ".join(words[:-1])) for f in p.full)]
    return found[0] if len(found) == 1 else None


def _new_person(people: list[_Person]) -> _Person:
    people.append(_Person())
    return people[-1]


def _holds(person: _Person, country: str | None, title: str | None, cls: str) -> bool:
    """Whether ``person`` holds the office a bare title names."""
    for held_country, held_title in person.roles:
        if country is not None and held_country is not None and country != held_country:
            continue
        if title is not None and held_title == title:
            return True
    if title is None or title == cls:  # a generic class noun: "the American minister"
        return country is not None and (country, cls) in person.classes
    return False


def _long_forms(group: Sequence[Mention]) -> Counter[str]:
    """The forms a merged name is named by, a form short of its generic head counted
    as its long form: "NBC" ×3 and "NBC News" ×1 are named "NBC News", as the outlet's
    full name (acronyms stay as they are: "UNSC" is no short form here)."""
    forms = Counter(m.text for m in group if m.label != "ROLE")
    by_key = {fold(f): f for f in forms}
    named: Counter[str] = Counter()
    for form, count in forms.items():
        state = state_key(fold(form))
        if state != fold(form) and state in by_key:  # "Mo" ×3, "Missouri" ×2: "Missouri"
            named[by_key[state]] += count
            continue
        longer = [by_key[f"{fold(form)} {h}"] for h in ORG_HEADS if f"{fold(form)} {h}" in by_key]
        named[longer[0] if len(longer) == 1 else form] += count
    return named


def _entity(label: str, members: Sequence[Mention], preferred: Counter | None = None) -> Entity:
    """The entity a group of mentions stands for (its id is set once all are sorted)."""
    forms = Counter(m.text for m in members if m.label != "ROLE")
    names = preferred or forms
    # The canonical name: the most used full form; ties go to the longer, then the first.
    name = max(names, key=lambda n: (names[n], len(n.split()), len(n), -list(names).index(n)))
    aliases = sorted({m.text for m in members} - {name}, key=lambda a: (-len(a), a))
    counts = Counter(m.article_id for m in members)
    return Entity(id="", name=name, type=label, aliases=[name, *aliases],
                  mentions=dict(sorted(counts.items())))  # fmt: skip
