"""Compare an Arabic report with English ones, claim by claim, without translating.

The English pipeline (spaCy's English model, the static English embedder) reads nothing
in Arabic text. For an article whose language is Arabic, ``analyze_story`` takes its
claims from here instead:

* **Sentences.** The clean text is cut at «.», «؟», «!» and line ends; a sentence of
  fewer than four words is not a claim (as in English).
* **Numbers.** Arabic-Indic digits, «٫» and the scale words (ألف، مليون، مليار) are read
  by ``xling.script.arabic_numbers``, so "١٫٤ مليون" is 1,400,000 and is compared with
  "1.4 million" at its stated precision, like any English number. «نحو», «حوالي»,
  «قرابة» make it approximate; «أكثر من» a lower bound; «أقل من» an upper bound. A
  number followed by a word for people (شخص، فلسطيني، مدني، نازح…) counts people.
* **Names.** The story's entities are those the English articles found. An Arabic word
  whose consonant skeleton equals the skeleton of an entity's last name ("غالانت" and
  "Gallant": ``glnt``) is a mention of it: the claim names that entity, the entity
  counts the mention and keeps the Arabic spelling among its aliases.
* **Weekdays** (الاثنين … الأحد) become English weekday names in ``dates``, so a Monday
  against a Tuesday is a conflict whatever the language.

Claims of Arabic articles carry ``language: "ar"`` and are shown as written: nothing here
produces a translation. Pairs in which either claim is not English are scored by
:func:`cross_pair_scores` with the multilingual embedder (``use-m3``), entity overlap and
shared numbers, since lemma overlap means nothing across scripts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from newsprism.compare.cross_margin import clear_mutual
from newsprism.extract.entities import StoryEntities
from newsprism.models import Article, Claim, Entity, Quantity
from newsprism.xling.cross_numbers import pair_numbers
from newsprism.xling.script import (
    MIN_SKELETON,
    arabic_numbers,
    arabic_skeletons,
    arabic_stems,
    is_arabic,
    name_skeleton,
    skeleton,
)
from newsprism.xling.sentence_cuts import ARABIC_SENTENCE

MIN_CLAIM_WORDS = 4
W_EMBED, W_ENTITY, W_NUMBER = 0.90, 0.10, 0.20
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Clause joints that start a new statement within a sentence, as in English ("adding
# that", "while"): «، وأن», «، فيما», «، بينما», «، مضيفا».
_CLAUSE_JOINT = re.compile(r"،\s+(?=(?:وأن|وإن|فيما|بينما|مضيفا|مضيفة)\s)")
_QUALIFIERS = {
    "approx": ("نحو", "حوالي", "قرابة", "زهاء", "تقريبا", "ما يقارب", "أكثر قليلا"),
    "min": ("أكثر من", "ما يزيد عن", "ما يزيد على", "أزيد من", "على الأقل"),
    "max": ("أقل من", "ما لا يزيد", "حتى"),
}  # fmt: skip
_PEOPLE = frozenset(
    "شخص أشخاص فلسطيني فلسطينيين مدني مدنيين نازح نازحين لاجئ لاجئين مواطن مواطنين نسمة "
    "ساكن إسرائيلي إسرائيليين".split()
)
_WEEKDAYS = {"الاثنين": "monday", "الإثنين": "monday", "الثلاثاء": "tuesday",
             "الأربعاء": "wednesday", "الخميس": "thursday", "الجمعة": "friday",
             "السبت": "saturday", "الأحد": "sunday"}  # fmt: skip
_TYPE_FIELD = {"PERSON": "people", "GPE": "places", "LOC": "places", "FAC": "places",
               "ORG": "organisations", "NORP": "organisations"}  # fmt: skip


def is_arabic_article(article: Article) -> bool:
    """Arabic by the clean stage's language tag, or by its script when it has none."""
    if article.language:
        return article.language == "ar"
    return is_arabic(article.text[:2000])


def sentences(text: str) -> list[tuple[int, int, int, str]]:
    """``(sentence number, start, end, clause)`` of each clause of each sentence, offsets
    into ``text``."""
    out = []
    for number, match in enumerate(m for m in ARABIC_SENTENCE.finditer(text) if m.group().strip()):
        raw = match.group()
        stripped = raw.strip()
        base = match.start() + raw.index(stripped[0])
        cuts = [0, *(j.end() for j in _CLAUSE_JOINT.finditer(stripped)), len(stripped)]
        for a, b in pairwise(cuts):
            clause = stripped[a:b].strip().rstrip("،").strip()
            if clause:
                start = base + stripped.index(clause, a)
                out.append((number, start, start + len(clause), clause))
    return out


def _quantities(sentence: str) -> list[Quantity]:
    found = []
    for number in arabic_numbers(sentence):
        before = sentence[max(0, number.start - 16):number.start]
        qualifier = next((k for k, words in _QUALIFIERS.items()
                          if any(before.rstrip().endswith(w) for w in words)), "exact")  # fmt: skip
        after = _WORD.findall(sentence[number.end:number.end + 24])
        unit = "people" if after and any(s in _PEOPLE for s in arabic_stems(after[0])) else None
        text = number.text
        found.append(Quantity(text, number.value, qualifier, unit))  # type: ignore[arg-type]
    return found


def name_index(entities: StoryEntities) -> dict[str, list[Entity]]:
    """The story's entities by the skeleton of their names' and aliases' last words."""
    index: dict[str, list[Entity]] = {}
    for entity in entities.entities:
        keys = {name_skeleton(n) for n in [entity.name, *entity.aliases] if not is_arabic(n)}
        for key in keys:
            if len(key) >= MIN_SKELETON:
                index.setdefault(key, []).append(entity)
    return index


def _names_in(sentence: str, index: dict[str, list[Entity]]) -> list[tuple[str, Entity]]:
    """``(arabic word, entity)`` for each word of ``sentence`` naming a story entity (the
    word or its proclitic-free stem); a skeleton shared by two entities names neither."""
    found = []
    for word in _WORD.findall(sentence):
        for stem in arabic_stems(word):
            hits = index.get(skeleton(stem), [])
            if len(hits) == 1:
                found.append((stem, hits[0]))
                break
    return found


def arabic_claims(article: Article, entities: StoryEntities,
                  index: dict[str, list[Entity]]) -> list[Claim]:  # fmt: skip
    """The claims of one Arabic article, its names linked to the story's entities.

    Entities named are updated in place: their mention count for this article and the
    Arabic spelling among their aliases (the names merged across scripts).
    """
    claims: list[Claim] = []
    for number, start, end, sentence in sentences(article.text):
        if len(sentence.split()) < MIN_CLAIM_WORDS:
            continue
        fields: dict[str, set[str]] = {"people": set(), "places": set(), "organisations": set()}
        for word, entity in _names_in(sentence, index):
            fields[_TYPE_FIELD.get(entity.type, "organisations")].add(entity.id)
            entity.mentions[article.id] = entity.mentions.get(article.id, 0) + 1
            if word not in entity.aliases:
                entity.aliases.append(word)
        days = sorted({day for word, day in _WEEKDAYS.items() if word in sentence.split()})
        claims.append(Claim(
            id=f"{article.id}:c{len(claims) + 1}", article_id=article.id,
            sentence_index=number, text=sentence, quantities=_quantities(sentence),
            dates=days, people=sorted(fields["people"]), places=sorted(fields["places"]),
            organisations=sorted(fields["organisations"]), start=start, end=end,
            language="ar",
        ))  # fmt: skip
    return claims


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}")
SPELLED_MIN = 4


def _spelled(claim: Claim) -> set[str]:
    """Names by their consonant skeleton (four or more): an English claim's capitalised
    words, an Arabic claim's words. "Ramadan" and «رمضان» meet as ``~rmdn`` even where
    neither is one of the story's entities (a month, a feast, an unrecognised name)."""
    if claim.language == "ar":
        keys = arabic_skeletons(claim.text)
    else:
        keys = {skeleton(w) for w in _CAPITALISED.findall(claim.text)}
    return {f"~{k}" for k in keys if len(k) >= SPELLED_MIN}


def _overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def cross_pair_scores(claims: Sequence[Claim], scores: np.ndarray,
                      vectors: np.ndarray) -> np.ndarray:  # fmt: skip
    """``scores`` with every pair that involves a non-English claim rescored.

    ``vectors`` are the multilingual embeddings of the claims (one row each). The score
    is ``0.90 cosine + 0.10 entity overlap + 0.20 [a number of the same value]`` (not a
    year: 1900-2100 are left out, since a year is shared by any two reports), read
    by :func:`cross_link_probability` (0.55 for a mutual best match). On the 925
    NTREX sentence pairs, a translation's cosine is at least 0.61 for 81 % of them
    (median 0.71), while the best wrong sentence of the same story reaches 0.61 for
    under 3 %; a shared name and number let a looser rendering through.
    """
    out = scores.copy()
    foreign = [i for i, c in enumerate(claims) if c.language not in (None, "en")]
    if not foreign:
        return out
    cosine = np.clip(vectors @ vectors.T, 0.0, 1.0)
    names = [set(c.people + c.places + c.organisations) | _spelled(c) for c in claims]
    values = [pair_numbers(c) for c in claims]
    for i in foreign:
        for j, other in enumerate(claims):
            if other.article_id == claims[i].article_id:
                continue
            value = (W_EMBED * float(cosine[i, j]) + W_ENTITY * _overlap(names[i], names[j])
                     + W_NUMBER * bool(values[i] & values[j]))  # fmt: skip
            out[i, j] = out[j, i] = value
    return out.astype(np.float32)


# The bars the cross-language scores were measured against (NTREX, above): a pair at
# STRONG_LINK or more is the same fact; at MUTUAL_LINK or more, when each is the other's
# best match in the other article.
STRONG_LINK, MUTUAL_LINK = 0.70, 0.55


def cross_link_probability(claims: Sequence[Claim], probability: np.ndarray,
                           vectors: np.ndarray) -> np.ndarray:  # fmt: skip
    """The same-fact probabilities with every cross-language pair decided by its score.

    The same-fact model reads English words, lemmas and predicates, so it cannot judge
    an Arabic sentence. A pair with a non-English claim is scored by
    :func:`cross_pair_scores` and kept (at that score, which is above the model's
    threshold) only at :data:`STRONG_LINK`, at :data:`MUTUAL_LINK` when the two are
    each other's best match, or at ``cross_margin.CLEAR_LINK`` when they are each
    other's best match by a clear margin (compare/cross_margin.py); otherwise it is 0
    and the complete-link grouping keeps them apart. Pairs of English claims keep the
    model's probability.
    """
    scores = cross_pair_scores(claims, probability, vectors)
    foreign = {i for i, c in enumerate(claims) if c.language not in (None, "en")}
    if not foreign:
        return probability
    out = probability.astype(np.float32)
    rows: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        rows.setdefault(claim.article_id, []).append(i)
    for a, a_rows in rows.items():
        for b, b_rows in rows.items():
            if a >= b or not (foreign & {*a_rows, *b_rows}):
                continue
            block = scores[np.ix_(a_rows, b_rows)]
            mutual = np.zeros(block.shape, dtype=bool)
            mutual[np.arange(block.shape[0]), block.argmax(axis=1)] = True
            mutual &= block.argmax(axis=0)[None, :] == np.arange(block.shape[0])[:, None]
            linked = ((block >= STRONG_LINK) | (mutual & (block >= MUTUAL_LINK))
                      | clear_mutual(block, mutual))
            for ia, i in enumerate(a_rows):
                for jb, j in enumerate(b_rows):
                    if i in foreign or j in foreign:
                        out[i, j] = out[j, i] = block[ia, jb] if linked[ia, jb] else 0.0
    return out
