"""Which words each outlet chooses for the same referent, and who is heard where.

Framing per article (``extract/framing``) says which loaded words an article uses; this
module sets the outlets side by side, the comparison no single article shows:

- **Entities**: for each entity of the story (merged by ``extract/entities.py``), the
  noun phrase around each of its mentions in each article, "liberal billionaire George
  Soros" against "George Soros", "the Israeli occupation's security minister Yoav
  Gallant" against "Israeli Defense Minister Yoav Gallant". A phrase that carries a
  lexicon term comes with the neutral alternative.
- **Terms**: for each lexicon term an article uses, how often every article uses the
  term and how often its neutral alternative ("captives" ×3 against "hostages" ×2).
- **Voices**: whom each article quotes, against the other articles (who is heard on
  one side only).

The noun phrase of a mention is the mention with the modifiers to its left in the
parse (determiner, adjectives, compounds, a possessive: "the Republican governor",
"Israel's security minister"), or, when the mention is an apposition, the noun it is
set beside ("the Palestinian Resistance movement, Hamas").

What is not a label for the referent stays out (docs/framing.md, "Label choice"): a
group (spaCy's NORP: "Republicans", "Jewish") names no one referent; a mention that
modifies another noun ("the Obama administration", "GOP chairman") is part of another
referent's phrase; a name or a figure set beside a mention is a list, a dateline or a
poll ("Microsoft, Yahoo", "WASHINGTON -- President Barack Obama", "Romney, 49 percent
to 44 percent"); and the letters of an abbreviation are the name, not a description
("the R.N.C.").

Whose word (session 21): a phrase inside a quotation is the speaker's and is marked
``quoted``; a term-row cell says whether the outlet ``speaks`` of the referent at all,
and which neutral forms it only quotes (``neutral_quoted``). Where the parse splits a
title ("former South Bend, Indiana, Mayor …", "Israeli occupation Prime Minister …"),
``compare/label_span.py`` puts it back together; where a title stands between a
described noun and the name, or the parse makes the title the name's head ("top U.S.
infectious disease expert Dr. Anthony Fauci", "Iraqi Prime Minister Mustafa
Al-Kadhimi"), ``compare/labels_title.py`` (session 26).

Two steps live in modules of their own (session 34): the phrase around one mention
(:mod:`.mention_phrases`) and the term rows (:mod:`.label_terms`). Their names are
imported back here (``name as name`` where this module does not use one), so every old
import from this module still works.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc

from newsprism.compare.label_span import bracketed_alias, glued_term_start
from newsprism.compare.label_terms import _ADVICE as _ADVICE
from newsprism.compare.label_terms import _count_forms as _count_forms
from newsprism.compare.label_terms import _key_positions as _key_positions
from newsprism.compare.label_terms import _neutral_forms as _neutral_forms
from newsprism.compare.label_terms import _term_cell as _term_cell
from newsprism.compare.label_terms import _term_chars as _term_chars
from newsprism.compare.label_terms import _token_keys as _token_keys
from newsprism.compare.label_terms import term_choices
from newsprism.compare.labels_unnamed import unnamed_elsewhere
from newsprism.compare.labels_voices import (
    first_mentions,
    heard_elsewhere,
    named_elsewhere,
    spoken_for,
    titled_elsewhere,
)
from newsprism.compare.mention_phrases import _CLAUSE_DEPS as _CLAUSE_DEPS
from newsprism.compare.mention_phrases import _DASHES as _DASHES
from newsprism.compare.mention_phrases import _QUANTIFIERS as _QUANTIFIERS
from newsprism.compare.mention_phrases import _RELATIVE_TAGS as _RELATIVE_TAGS
from newsprism.compare.mention_phrases import FIGURES as FIGURES
from newsprism.compare.mention_phrases import LEFT_DEPS as LEFT_DEPS
from newsprism.compare.mention_phrases import MAX_PHRASE_TOKENS as MAX_PHRASE_TOKENS
from newsprism.compare.mention_phrases import MODIFIER_DEPS as MODIFIER_DEPS
from newsprism.compare.mention_phrases import PLACES as PLACES
from newsprism.compare.mention_phrases import _after_adverbs as _after_adverbs
from newsprism.compare.mention_phrases import _after_coordination as _after_coordination
from newsprism.compare.mention_phrases import _after_other_phrase as _after_other_phrase
from newsprism.compare.mention_phrases import _another_referent as _another_referent
from newsprism.compare.mention_phrases import _close_bracket as _close_bracket
from newsprism.compare.mention_phrases import _cuts_word as _cuts_word
from newsprism.compare.mention_phrases import _holds_others as _holds_others
from newsprism.compare.mention_phrases import _left_start as _left_start
from newsprism.compare.mention_phrases import _modifies_another as _modifies_another
from newsprism.compare.mention_phrases import _set_beside as _set_beside
from newsprism.compare.mention_phrases import mention_phrase
from newsprism.compare.predicate_labels import is_predicate_nominal
from newsprism.compare.voices_one_person import join_one_person
from newsprism.compare.voices_role_tied import role_tied
from newsprism.compare.voices_tied import tied_voices
from newsprism.compare.voices_unnamed import non_person
from newsprism.extract.entities import StoryEntities, fold
from newsprism.extract.framing.quoting import QuoteIndex, quotations
from newsprism.models import Article, Quote

# NORP ("Republicans", "Jewish", "American") is a group or an adjective: no one referent,
# and the noun it modifies changes from mention to mention
LABEL_TYPES = frozenset({"PERSON", "ORG", "GPE"})
MAX_LABELS = 6  # phrases shown per entity and article
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
# a dotted abbreviation ("R.N.C.", "U.S.") is one word, not one word per letter
_WORD = re.compile(r"(?:\w+-)?(?:\w\.){2,}|[\w’'-]+")  # "R-S.C." is one word too


def _descriptors(phrase: str, aliases: Sequence[str]) -> list[str]:
    """The words of a phrase that are not the entity's name: its description. A name's
    initials are its name too ("R.N.C." for the Republican National Committee)."""
    name_words = {w for a in aliases for w in fold(a).split()}
    name_words |= {_initials(a) for a in aliases if len(a.split()) > 1}
    words = [w for w in _WORD.findall(phrase)]
    kept = [w for w in words if fold(w) not in name_words and w.lower() not in _DETERMINERS
            and w not in {"’s", "'s", "-"}]  # fmt: skip
    return [w.removesuffix("’s").removesuffix("'s") for w in kept]


def _initials(name: str) -> str:
    """The folded initials of a name's capitalised words: "rnc"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def _term_notes(start: int, end: int, frame: Mapping[str, Any]) -> list[dict[str, str]]:
    """Lexicon terms used inside ``[start, end)``, each with its neutral alternative."""
    notes = []
    for term in frame.get("terms") or []:
        if any(start <= s["start"] and s["end"] <= end for s in term.get("spans") or []):
            notes.append({"term": term["term"], "neutral": term.get("neutral") or ""})
    return notes


def entity_labels(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    entities: StoryEntities,
    framing: Mapping[str, Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """Per entity named by two articles or more: each article's phrases for it. An
    entity that no article describes (only ever its bare name), or that only one
    article names in a phrase of its own (its other mentions modify other nouns), is
    left out. A given name standing alone joins the one person of the story whose name
    it opens (:func:`_given_name_owner`)."""
    names: dict[str, set[str]] = defaultdict(set)  # name forms; titles standing alone left out
    for m in entities.mentions:
        if m.entity_id and m.label != "ROLE":
            names[m.entity_id].add(m.text)
    owners = _given_name_owner(entities)
    for given, owner in owners.items():
        names[owner] |= names[given]  # "Hunter" is Hunter Biden's name, not a description
    phrases = _entity_phrases(articles, docs, entities, framing, owners)
    rows = []
    for entity in entities.entities:
        if entity.id not in phrases:
            continue
        aliases = sorted(names[entity.id])
        outlets = {}
        for article in articles:
            spans = phrases[entity.id].get(article.id)
            if spans:
                outlets[article.id] = _article_labels(article, spans, aliases,
                                                      framing.get(article.id) or {})  # fmt: skip
        described = any(label["descriptors"] for labels in outlets.values() for label in labels)
        if described and len(outlets) >= 2:  # a choice needs two outlets naming it
            rows.append({"entity_id": entity.id, "name": entity.name, "type": entity.type,
                         "outlets": outlets})  # fmt: skip
    return rows


def _entity_phrases(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    entities: StoryEntities,
    framing: Mapping[str, Mapping[str, Any]],
    owners: Mapping[str, str],
) -> dict[str, dict[str, Counter[tuple[int, int, bool]]]]:
    """The phrase around every mention of a labelled entity, per entity (a given name
    under its ``owners`` person) and article, as (start, end, quoted): a phrase inside
    a quotation is the speaker's words, not the outlet's, and is marked."""
    by_id = entities.by_id()
    texts = {a.id: a.text for a in articles}
    index = {a.id: QuoteIndex(quotations(a.text)) for a in articles}
    phrases: dict[str, dict[str, Counter[tuple[int, int, bool]]]] = {}
    named_in: dict[str, set[str]] = defaultdict(set)  # a given name counts for its owner
    for entity in entities.entities:
        named_in[owners.get(entity.id, entity.id)] |= set(entity.mentions)
    spans_of: dict[tuple[str, str | None], list[tuple[int, int]]] = defaultdict(list)
    for m in entities.mentions:
        spans_of[(m.article_id, m.entity_id)].append((m.start, m.end))
    for m in entities.mentions:
        entity = by_id.get(m.entity_id or "")
        if entity is None or entity.type not in LABEL_TYPES or \
                len(named_in[owners.get(entity.id, entity.id)]) < 2:  # fmt: skip
            continue
        if m.article_id in texts and bracketed_alias(texts[m.article_id], m.start, m.end,
                                                     spans_of[(m.article_id, m.entity_id)]):
            continue  # "… Climate Change (IPCC)": the name's acronym, no label of its own
        found = mention_phrase(docs[m.article_id], m.start, m.end)
        if found is None or m.article_id not in texts or \
                is_predicate_nominal(docs[m.article_id], m.start, m.end):  # fmt: skip
            continue
        start = glued_term_start(texts[m.article_id], found[0], framing.get(m.article_id) or {})
        quoted = index[m.article_id].inside(start, found[1])
        per = phrases.setdefault(owners.get(entity.id, entity.id), {})
        per.setdefault(m.article_id, Counter())[(start, found[1], quoted)] += 1
    return phrases


def _given_name_owner(entities: StoryEntities) -> dict[str, str]:
    """A person named by a given name alone ("Hunter") -> the one other person of the
    story whose name opens with it ("Hunter Biden"); none when two do or none does.
    Within an article the entity linker joins them; across articles, where one outlet
    writes only "Joe Biden's son, Hunter", it does not, and the label row split."""
    persons = [e for e in entities.entities if e.type == "PERSON"]
    owners = {}
    for entity in persons:
        if len(entity.name.split()) != 1:
            continue
        given = fold(entity.name)
        fuller = [e for e in persons if e.id != entity.id and len(e.name.split()) > 1
                  and fold(e.name).split()[0] == given]  # fmt: skip
        if len(fuller) == 1:
            owners[entity.id] = fuller[0].id
    return owners


def _article_labels(
    article: Article,
    spans: Counter[tuple[int, int, bool]],
    aliases: Sequence[str],
    frame: Mapping[str, Any],
) -> list[dict[str, Any]]:
    """One article's distinct phrases for an entity; described ones in the outlet's own
    voice first, a quotation's (``quoted``: the speaker's word) after them."""
    grouped: dict[tuple[str, bool], dict[str, Any]] = {}
    for (start, end, quoted), n in sorted(spans.items()):
        text = " ".join(article.text[start:end].split())
        entry = grouped.setdefault((fold(text), quoted), {
            "text": text, "count": 0, "spans": [], "descriptors": _descriptors(text, aliases),
            "terms": [], "quoted": quoted})  # fmt: skip
        entry["count"] += n
        entry["spans"].append({"start": start, "end": end})
        for note in _term_notes(start, end, frame):
            if note not in entry["terms"]:
                entry["terms"].append(note)
    labels = sorted(grouped.values(), key=lambda e: (e["quoted"], not e["descriptors"],
                                                     -e["count"], e["text"]))  # fmt: skip
    described = [e for e in labels if e["descriptors"]]
    return (described or labels)[:MAX_LABELS]


def voices_heard(articles: Sequence[Article], quotes: Sequence[Quote],
                 entities: StoryEntities | None = None) -> list[dict[str, Any]]:
    """Whom each article quotes, against the others: ``only`` names the one article
    that quotes a speaker when no other does (heard on one side only). A described
    voice another article also quotes under the same head noun is not "only"
    (:mod:`.labels_voices`, session 27), nor one whose head noun is the title another
    article writes before a name it quotes; and "the former staff member" counts with
    the "a former staff member" its article introduced (session 27, second pass). A
    named voice another article hears through its spokesman or official, or quotes
    under the same name without a possessive before it, is not "only" (session 28); nor
    a described voice another article quotes under an unresolved speaker with the same
    head noun (:mod:`.labels_unnamed`, session 29). One person is one voice
    (:mod:`.voices_one_person`); a word that is no person is no named voice
    (:mod:`.voices_unnamed`, session 35)."""
    counts: dict[tuple[str | None, str], Counter[str]] = defaultdict(Counter)
    own: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    same = first_mentions((q.article_id, q.speaker_entity_id, q.speaker) for q in quotes
                          if q.speaker)  # fmt: skip
    tied = tied_voices(articles, quotes, same)  # one person, one voice: voices_tied.py
    linked = StoryEntities([], [], []) if entities is None else entities
    tied = role_tied(articles, quotes, linked.entities, linked.mentions, same) | tied
    for q in quotes:
        if q.speaker:
            speaker = same.get((q.article_id, q.speaker), q.speaker)
            key = tied.get((q.article_id, speaker), (q.speaker_entity_id, speaker))
            counts[key][q.article_id] += 1
            own[key].update({q.speaker, q.speaker_as_written or ""})
    join_one_person(counts, own, linked.entities)  # "Zients": voices_one_person.py
    written = [(q.article_id, q.speaker_as_written or q.speaker) for q in quotes if q.speaker]
    unnamed = [(q.article_id, q.speaker_as_written) for q in quotes
               if not q.speaker and q.speaker_as_written]  # fmt: skip
    order = {a.id: n for n, a in enumerate(articles)}
    voices = [(entity_id, speaker, list(per)) for (entity_id, speaker), per in counts.items()]
    rows = []
    for (entity_id, speaker), per in counts.items():
        unnamed_source = non_person(speaker, entity_id)  # "reports": voices_unnamed.py
        heard = sorted(per, key=lambda a: order.get(a, 0))
        only = heard[0] if len(heard) == 1 and len(articles) > 1 else None
        forms = own[(entity_id, speaker)] - {""}
        if only is not None and (unnamed_source
                                 or heard_elsewhere(speaker, entity_id, only, voices)
                                 or titled_elsewhere(entity_id, forms, only, written)
                                 or spoken_for(speaker, entity_id, only, written)
                                 or named_elsewhere(speaker, only, voices)
                                 or unnamed_elsewhere(entity_id, forms, only, unnamed)):
            only = None
        rows.append({"speaker": speaker, "entity_id": entity_id,
                     "counts": {a: per[a] for a in heard}, "only": only}
                    | ({"unnamed_source": True} if unnamed_source else {}))  # fmt: skip
    rows.sort(key=lambda r: (r["only"] is not None, -sum(r["counts"].values()), r["speaker"]))
    return rows


def label_choice(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    entities: StoryEntities,
    framing: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    """The ``label_choice`` field of compare's JSON: entities and terms side by side."""
    return {"entities": entity_labels(articles, docs, entities, framing),
            "terms": term_choices(articles, docs, framing)}  # fmt: skip
