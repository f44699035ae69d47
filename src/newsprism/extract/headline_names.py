"""Entity rows for names a reader sees only in a report's headline (session 34).

Why: entity rows are read from the reports' bodies; a headline is not parsed. A name
written only in a headline ("First Capitol rioter … after DOJ says …", "Bipartisan Senate
Group Reaches Deal") so got no row, although it is a real mention a reader sees and the
entity pages should show it.

Decision (what a headline name's row holds):

- A row is added only for a name **no body row already covers**: the name's words
  written in any report's body (the body's own rules saw them and decided, a drop
  included), one body row's form under the organisation key (``GOP`` and
  "Republican"), one US state ("Va." and "Virginia"), a surname of a body person, or
  an acronym of a body organisation.
  Body rows are never changed, so every body row, its id and every later step (claims,
  quotes, speakers) read exactly what they read before.
- The row's ``mentions`` count the headlines that write it (a headline is a mention a
  reader sees); it carries ``headline_only: true`` so a reader of the JSON knows no body
  offset stands behind it. No :class:`Mention` is added to the story's mentions, so no
  quote's span and no label-choice span (both read body offsets) can point at it; the
  name is written in no body, so a speaker named in a body is not it. The rows come
  after the body rows (ids continue), so no body row's id moves.
- Headlines are linked with the body's own linker (:func:`link_entities`), so every rule
  that drops a non-name (a law, a role, an "X-era" compound) applies to them too.
- **Headlinese.** A headline glues words a body would not: "Biden FAA", "Pfizer Covid",
  "Biden-Putin", "Ex-Space Force", "Macron RECALLS French", "Biden agenda ‘America
  First". A span is dropped when it has a hyphen, a possessive inside ("Biden’s
  Afghan"), a lower-case word, or an all-capitals word of four letters or more; and when
  it starts or ends with a body row's form, or holds a one-word body form as a word (the
  rest is glued on). "U.S. Embassy" beside a body's "U.S." is so lost: precision first.
- **Where the capital says nothing** — every word of a title-case headline ("Democrats
  Pass $3.5 Trillion Budget After Moderate Democrats Cave"), the first word of any
  headline ("Media pundits mocked …", "Ransomware group demands …") — no multi-word span
  is kept, and a one-word one only when it is an acronym or a name the data files know
  (a country or US state, the entity ruler's names such as "Senate", the known
  organisations of ``data/names.toml``). An acronym opening the headline before a colon
  is a rubric ("EXPLAINER:"), and a chief's acronym ("CEO", "CFO") a role: no names.
- Elsewhere a one-word mention the story writes in lower case anywhere ("left") is no
  name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.compare.places import is_container
from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.headline_forms import attach_headline_forms, plural_key, written_in
from newsprism.extract.headline_types import guessed_rows
from newsprism.extract.initials import spells_skipping
from newsprism.extract.mentions import load_names
from newsprism.extract.nlp import parse_texts
from newsprism.extract.states import state_code
from newsprism.extract.type_context import _ruler_names
from newsprism.models import Article, Entity, Mention

__all__ = ["headline_entities", "may_be_name", "title_case"]

_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
                    "for", "by", "as", "from", "with", "vs", "vs.", "after", "over", "into"})
_CONNECTORS = frozenset({"of", "the", "and", "&", "for", "de", "du", "la", "von", "van"})
_CHIEF = re.compile(r"^C[A-Z]{1,2}O$")  # CEO, CFO, COO, CTO: a role, not a name
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


def title_case(headline: str) -> bool:
    """Whether a headline capitalises (nearly) every word but the small ones: there
    the tagger cannot tell a name from a capitalised common word."""
    words = [w for w in _WORD.findall(headline) if w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _headline_mentions(articles: Sequence[Article], arabic: set[str]
                       ) -> tuple[dict[str, list[Mention]], dict[str, str]]:  # fmt: skip
    """Each English report's headline mentions of people, groups and places."""
    titled = [a for a in articles if a.title and a.id not in arabic]
    docs = parse_texts([a.title or "" for a in titled], [a.language for a in titled])
    lower = _lower_words([a.text for a in articles] + [a.title or "" for a in articles])
    found: dict[str, list[Mention]] = {}
    for article, doc in zip(titled, docs, strict=True):
        cased = title_case(article.title or "")
        title = article.title or ""
        found[article.id] = [m for m in find_mentions(doc, article.id) if m.label in _KINDS
                             and may_be_name(m.text, cased, m.start == 0, lower)
                             and not _rubric(title, m)]  # fmt: skip
    return found, {a.id: a.title or "" for a in titled}


def _rubric(title: str, mention: Mention) -> bool:
    """"EXPLAINER: What was …": a label opening the headline, no name."""
    return mention.start == 0 and title[mention.end:mention.end + 1] == ":" and (
        mention.text.isupper())


def _lower_words(texts: Sequence[str]) -> set[str]:
    """Every word the story writes in lower case."""
    return {w for text in texts for w in _WORD.findall(text) if w.islower()}


def may_be_name(text: str, title_cased: bool, first: bool, lower: set[str]) -> bool:
    """Whether a headline span can stand as a name (the module docstring's rules)."""
    words = text.split()
    if "-" in text or "–" in text or re.search(r"\w['’]s?\s", text):
        return False
    if len(words) > 1:
        return not (title_cased or first) and all(
            (w[:1].isupper() or w[:1].isdigit() or w in _CONNECTORS)
            and not (len(w) >= 4 and w.isupper()) for w in words)  # fmt: skip
    if text.isupper():
        return not _CHIEF.match(text)
    if title_cased or first:
        return _known_name(text)
    return text.lower() not in lower


def _known_name(word: str) -> bool:
    """A name the data files know: a country or US state, a ruler name, a known
    organisation."""
    folded = word.lower()
    return (is_container(word) or folded in _ruler_names()
            or folded in load_names().organisations)


def _covered(row: Entity, body: Sequence[Entity], bodies: Sequence[str]) -> bool:
    """Whether a body row, or the bodies' text, already covers a headline row."""
    forms = [row.name, *row.aliases]
    if any(written_in(f, bodies) or _glued(f, body) for f in forms):
        return True
    keys = {plural_key(f) for f in forms}
    states = {state_code(f) for f in forms} - {None}  # "Va." and "Virginia"
    for entity in body:
        names = [entity.name, *entity.aliases]
        if keys & {plural_key(n) for n in names} or states & {state_code(n) for n in names}:
            return True
        if entity.type == "PERSON" and row.type == "PERSON" and {
                f.split()[-1] for f in forms} & {n.split()[-1] for n in names if n.split()}:
            return True
        if any(" " not in f and spells_skipping(f, n) for f in forms for n in names):
            return True
    return False


def _glued(form: str, body: Sequence[Entity]) -> bool:
    """Whether a multi-word headline span starts or ends with a body row's form, or
    holds a one-word body form as a word: "Biden FAA", "Pfizer Covid"."""
    words = form.split()
    if len(words) < 2:
        return False
    for name in (n for e in body for n in (e.name, *e.aliases)):
        if name != form and (form.startswith(name + " ") or form.endswith(" " + name)
                             or (" " not in name and name in words)):
            return True
    return False


def headline_entities(articles: Sequence[Article], story: StoryEntities,
                      arabic: set[str]) -> list[Entity]:  # fmt: skip
    """The rows of names written only in headlines, ids after the story's last row."""
    mentions, titles = _headline_mentions(articles, arabic)
    if not any(mentions.values()):
        return []
    heads = link_entities(mentions, titles)
    bodies = [a.text for a in articles if a.id not in arabic]
    joined = attach_headline_forms(heads.mentions, story.entities, bodies)  # "DOJ"
    guessed = guessed_rows(heads.mentions, titles, _known_name)  # headline_types.py
    rows = [e for e in heads.entities if e.id not in joined and e.id not in guessed
            and not _covered(e, story.entities, bodies)]
    start = len(story.entities)
    for n, row in enumerate(rows, start + 1):
        row.id = f"E{n}"
        row.headline_only = True
    return rows
