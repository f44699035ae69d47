"""Fact units: the facts a sentence states, one by one, for alignment only.

A sentence often states two or three facts, and another outlet's sentence one of them:
"Trump, who has faced criticism over his remarks, told NBC on Thursday that he will
run" against "Trump has been criticised for his remarks". Scored as whole sentences the
pair is low (most words of the first are about something else): half of the gold
pairs the same-fact model misses are of this kind (docs/eval-compare.md, "shared-pair
recall"). So each sentence is cut, on the spaCy parse compare already has, into
**fact units**:

- the main clause, with its subordinate, relative, complement and conjoined clauses
  and its appositions cut away;
- each such clause on its own, its subject restored when it has none (a conjoined or
  participial clause takes its head's subject: "X met Y and *X* discussed Z"), a
  relative or participial clause with the noun it describes ("*Perry* who has faced
  criticism");
- each apposition with its noun ("Ryan, *the chairman of the Budget Committee*");
- the reported clause of "X said (that) Y" as Y, with X kept as its **voice** (the
  story entities X names): "X said Y" is never the same fact as "Z said Y".

Units are never shown: a fact is still a group of whole sentences, and a reader sees
sentences. Two sentences of different articles link when a unit of one and a unit of
the other (or the other sentence whole) are the same fact by the same model, features
and vetoes the sentences use, read on the units (:func:`unit_link_probability`).

The cutting and the voices live in :mod:`.unit_cuts` (session 34); its names are
imported back here (``name as name`` where this module does not use one), so every old
import from this module still works. A script that patches a cutting rule or a floor
(``_is_cut``, ``MIN_CONTENT``) patches it there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

import numpy as np

from newsprism.compare.pairs import (
    LINK_FEATURES,
    UnitProfile,
    inverse_document_frequencies,
    pair_features,
    profile,
)
from newsprism.compare.same_fact import SameFactModel
from newsprism.compare.unit_cuts import (
    _CONTENT,
    REPORTERS,
    UNRESOLVED,
    FactUnit,
    fact_units,
    sentence_voice,
)
from newsprism.compare.unit_cuts import _DANGLING as _DANGLING
from newsprism.compare.unit_cuts import _FINITE as _FINITE
from newsprism.compare.unit_cuts import _NAME_PARTS as _NAME_PARTS
from newsprism.compare.unit_cuts import _SUBJECTS as _SUBJECTS
from newsprism.compare.unit_cuts import CLAUSES as CLAUSES
from newsprism.compare.unit_cuts import MIN_CONTENT as MIN_CONTENT
from newsprism.compare.unit_cuts import MIN_UNIT_WORDS as MIN_UNIT_WORDS
from newsprism.compare.unit_cuts import PHRASAL_REPORTERS as PHRASAL_REPORTERS
from newsprism.compare.unit_cuts import _finite as _finite
from newsprism.compare.unit_cuts import _inherited_voice as _inherited_voice
from newsprism.compare.unit_cuts import _is_cut as _is_cut
from newsprism.compare.unit_cuts import _noun_words as _noun_words
from newsprism.compare.unit_cuts import _one_run as _one_run
from newsprism.compare.unit_cuts import _own_tokens as _own_tokens
from newsprism.compare.unit_cuts import _refuting as _refuting
from newsprism.compare.unit_cuts import _trimmed as _trimmed
from newsprism.compare.unit_cuts import reports as reports
from newsprism.compare.unit_cuts import voice_of as voice_of
from newsprism.models import Claim, Mention

# sentence pairs read through their units: the whole-sentence probability before the
# rules at least this (docs/eval-compare.md, "Fact units")
FLOOR = 0.05


def unit_profile(unit: FactUnit, claim: Claim, mentions: Sequence[Mention],
                 speakers: set[str]) -> UnitProfile:  # fmt: skip
    """The same-fact profile of a unit, as :func:`newsprism.compare.pairs.profile` reads
    a sentence, with the unit's head as its predicate and only the unit's own dates,
    entities and quantities. A reported clause carries its voice as a speaker: the
    speaker veto then keeps "X said Y" from "Z said Y"."""
    text = unit.text
    chars = {k for t in unit.tokens for k in range(t.idx, t.idx + len(t.text))}
    inside = [m for m in mentions if m.start in chars]
    ids = {label: sorted({m.entity_id for m in inside if m.label in labels and m.entity_id})
           for label, labels in (("people", ("PERSON", "ROLE")), ("places", ("GPE", "LOC", "FAC")),
                                 ("organisations", ("ORG", "NORP")))}  # fmt: skip
    sub = replace(claim, text=text, start=unit.start, end=unit.end,
                  quantities=[q for q in claim.quantities if q.text in text],
                  dates=[d for d in claim.dates if d in text], **ids)
    roots = [unit.head] if unit.head.pos_ in ("VERB", "AUX") else []
    found = profile(unit.tokens, sub, inside, roots=roots)
    found.speakers = set(speakers) | {v[2:] for v in unit.voice if v.startswith("e:")}
    return found


# the kinds of unit read by default; a "frame" ("Trump said Thursday") is left out
KINDS = frozenset({"main", "clause", "relative", "apposition", "reported"})


@dataclass
class UnitPool:
    """The sentences of a story that have a candidate partner, each followed by its
    units, and the same-fact probability of every two of them."""

    owners: list[tuple[int, FactUnit | None]]  # (sentence index, unit or None: whole)
    probability: np.ndarray  # pool × pool; 0 for two wholes and inside one sentence
    voices: list[frozenset[str]]
    candidate: np.ndarray  # sentences × sentences: the pairs read

    def best(self, n: int, kinds: frozenset[str] = KINDS, strict_voice: bool = False
             ) -> np.ndarray:  # fmt: skip
        """Sentences × sentences: the best unit pair of each candidate pair, over units
        of ``kinds``; with ``strict_voice``, only units of one voice pair."""
        return self.best_of(self.masked(kinds, strict_voice), n)

    def best_of(self, probability: np.ndarray, n: int) -> np.ndarray:
        """:meth:`best` over a :meth:`masked` pool probability."""
        best = np.zeros((n, n), dtype=np.float32)
        if not self.owners:
            return best
        owner = np.array([i for i, _ in self.owners])
        starts = np.nonzero(np.r_[True, owner[1:] != owner[:-1]])[0]
        by_sentence = np.maximum.reduceat(np.maximum.reduceat(probability, starts, axis=0),
                                          starts, axis=1)  # fmt: skip
        best[np.ix_(owner[starts], owner[starts])] = by_sentence
        best[~self.candidate] = 0.0
        return best

    def masked(self, kinds: frozenset[str], strict_voice: bool) -> np.ndarray:
        """The pool probability with units of other kinds (and, with ``strict_voice``,
        pairs of two voices) set to 0."""
        probability = self.probability.copy()
        off = np.array([unit is not None and unit.kind not in kinds for _, unit in self.owners],
                       dtype=bool)  # fmt: skip
        probability[off, :] = 0.0
        probability[:, off] = 0.0
        if strict_voice:
            probability[_voice_mismatch(self.voices)] = 0.0
        return probability

    def parts(self, i: int, j: int, probability: np.ndarray | None = None
              ) -> tuple[FactUnit | None, FactUnit | None]:  # fmt: skip
        """The units of sentences ``i`` and ``j`` whose pair is the best (None: whole),
        over ``probability`` (a :meth:`masked` one; the pool's own by default)."""
        probability = self.probability if probability is None else probability
        rows = [p for p, (s, _) in enumerate(self.owners) if s == i]
        cols = [p for p, (s, _) in enumerate(self.owners) if s == j]
        if not rows or not cols:
            return None, None
        block = probability[np.ix_(rows, cols)]
        r, c = np.unravel_index(int(np.argmax(block)), block.shape)
        return self.owners[rows[r]][1], self.owners[cols[c]][1]


def unit_pool(
    claims: Sequence[Claim], tokens: Sequence[Sequence[Any]], profiles: Sequence[UnitProfile],
    vectors: np.ndarray, raw: np.ndarray, encode: Callable[[list[str]], np.ndarray],
    model: SameFactModel, *, mentions: Sequence[Mention] = (), floor: float = FLOOR,
    kinds: frozenset[str] | None = None, minilm: MiniLM | None = None,
) -> UnitPool:
    """Every unit of the sentences that have a candidate partner, scored pair by pair.

    Args:
        claims, tokens, profiles, vectors: the story's sentences, their spaCy tokens,
            same-fact profiles and embeddings.
        raw: the sentences' same-fact probability before any rule; only pairs of
            different articles at or above ``floor`` are candidates (a story of 50
            articles has a million sentence pairs).
        encode: the embedder of the unit texts.
        model: the same-fact model; its vetoes are read on the units, its links not
            (those read whole sentences already).
        mentions: the story's linked entity mentions.
        kinds: the kinds of unit cut (all when None).
        minilm: the sentences' MiniLM embeddings and the MiniLM embedder of the unit
            texts, for a model that reads ``minilm_cosine`` (None otherwise).
    """
    article = np.array([c.article_id for c in claims])
    candidate = (raw >= floor) & (article[:, None] != article[None, :])
    owners: list[tuple[int, FactUnit | None]] = []
    pool: list[UnitProfile] = []
    voices: list[frozenset[str]] = []
    by_article: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_article.setdefault(mention.article_id, []).append(mention)
    for i in np.nonzero(candidate.any(axis=1))[0]:
        i = int(i)
        inside = [m for m in by_article.get(claims[i].article_id, ())
                  if claims[i].start <= m.start < claims[i].end]  # fmt: skip
        owners.append((i, None))
        pool.append(profiles[i])
        voices.append(sentence_voice(tokens[i], inside))
        for unit in fact_units(tokens[i], inside):
            if kinds is None or unit.kind in kinds:
                owners.append((i, unit))
                pool.append(unit_profile(unit, claims[i], inside, profiles[i].speakers))
                voices.append(unit.voice)
    if not owners:
        return UnitPool([], np.zeros((0, 0), dtype=np.float32), [], candidate)
    pool_vectors = _pool_vectors(owners, vectors, encode)
    idf = inverse_document_frequencies([p.words for p in profiles])
    pool_minilm = _pool_vectors(owners, *minilm) if minilm is not None else None
    unlinked = replace(model, links=())
    # the link features are computed only when a term or veto of the model reads one;
    # the yes/no features stay boolean (the model reads them as 0 or 1: memory, session 32)
    probability = unlinked.probabilities(pair_features(
        pool, pool_vectors, idf, pool_minilm,
        links=any(unlinked.uses(name) for name in LINK_FEATURES), flags=True))
    whole = np.array([unit is None for _, unit in owners])
    owner = np.array([i for i, _ in owners])
    probability[(whole[:, None] & whole[None, :]) | (owner[:, None] == owner[None, :])] = 0.0
    return UnitPool(owners, probability, voices, candidate)


# the sentences' MiniLM embeddings and the embedder of the unit texts
MiniLM = tuple[np.ndarray, Callable[[list[str]], np.ndarray]]


def _pool_vectors(owners: Sequence[tuple[int, FactUnit | None]], vectors: np.ndarray,
                  encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:  # fmt: skip
    """One embedding per pool row: the sentence's for a whole, the unit text's else."""
    texts = [unit.text for _, unit in owners if unit is not None]
    unit_vectors = iter(encode(texts) if texts else [])
    return np.vstack([vectors[i] if unit is None else next(unit_vectors) for i, unit in owners])


def linked(probability: np.ndarray, best: np.ndarray, threshold: float, unit_threshold: float
           ) -> np.ndarray:  # fmt: skip
    """The sentence probabilities with the unit links: a pair whose best unit pair is
    at or above ``unit_threshold`` is at least the grouping ``threshold``."""
    out = probability.copy()
    hit = best >= unit_threshold
    out[hit] = np.maximum(out[hit], np.maximum(best[hit], np.float32(threshold)))
    return out


def _voice_mismatch(voices: Sequence[frozenset[str]]) -> np.ndarray:
    """Pairs whose voices differ: the outlet's own against a reporter's, two reporters
    with no referent in common, or a reporter left unresolved."""
    m = len(voices)
    out = np.zeros((m, m), dtype=bool)
    for a in range(m):
        for b in range(a + 1, m):
            va, vb = voices[a], voices[b]
            same = va == vb == frozenset() or bool((va & vb) - {UNRESOLVED})
            out[a, b] = out[b, a] = not same
    return out


def _unchecked_voices(voices: Sequence[frozenset[str]]) -> np.ndarray:
    """Pairs of a reporter left unresolved ("He pointed out that …") and a named one: the
    speaker veto cannot tell whether they are one person, and "there are 1.4 million
    people in Rafah" reported by "he" is not Blinken's concern for them (the seed pair).
    The outlet's own voice against an unresolved reporter is left to the model."""
    unresolved = np.array([v == frozenset({UNRESOLVED}) for v in voices], dtype=bool)
    named = np.array([bool(v) and UNRESOLVED not in v for v in voices], dtype=bool)
    return (unresolved[:, None] & named[None, :]) | (named[:, None] & unresolved[None, :])


# The unit pairs that link two sentences: at least this probability (chosen on BASIL
# 2010–2012; docs/eval-compare.md, "Fact units").
UNIT_THRESHOLD = 0.5


@dataclass
class UnitReading:
    """A story's unit pool read at one operating point: which sentence pairs the units
    link, and through which units."""

    pool: UnitPool
    base: np.ndarray  # the sentences' own same-fact probability
    threshold: float  # the grouping threshold of the same-fact model
    unit_threshold: float = UNIT_THRESHOLD
    kinds: frozenset[str] = KINDS
    strict_voice: bool = False

    def __post_init__(self) -> None:
        self.matrix = self.pool.masked(self.kinds, self.strict_voice)
        # a unit that is not one run of its sentence's words (a main clause with a
        # clause cut from its middle, a clause given its subject back) cannot be shown
        # to a reader as the part that is shared, so it links nothing (partly_shared)
        gapped = np.array([unit is not None and unit.shown is None
                           for _, unit in self.pool.owners], dtype=bool)  # fmt: skip
        if gapped.any():
            self.matrix[gapped, :] = 0.0
            self.matrix[:, gapped] = 0.0
        self.matrix[_unchecked_voices(self.pool.voices)] = 0.0
        self.best = self.pool.best_of(self.matrix, len(self.base))

    def linked(self) -> np.ndarray:
        """The sentence probabilities with the unit links: a pair linked through a unit
        only is put at the grouping threshold, so complete link takes every whole-sentence
        link first (a link through one part is the weaker evidence, and a unit pair must
        not reorder the facts whole sentences make); a pair whose whole sentences are
        linked keeps its own probability."""
        out = self.base.copy()
        hit = (self.best >= self.unit_threshold) & (self.base < self.threshold)
        out[hit] = np.float32(self.threshold)
        return out

    def through_unit(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` are linked through a unit only: their
        whole sentences are not the same fact, a unit pair of them is."""
        return bool(self.base[i, j] < self.threshold and self.best[i, j] >= self.unit_threshold)

    @cached_property
    def _rest_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """The unit matrix :meth:`rest_links` reads (gapped units kept: a rest is never
        shown) and each row's sentence, built once per story, not once per member."""
        matrix = self.pool.masked(self.kinds, self.strict_voice)
        matrix[_unchecked_voices(self.pool.voices)] = 0.0
        return matrix, np.array([s for s, _ in self.pool.owners])

    def rest_links(self, i: int, part: tuple[int, int], whole: bool = True) -> dict[int, str]:
        """The sentences of other articles that state what sentence ``i`` says outside
        its shared ``part`` (offsets), each with how: ``sentence`` when its whole
        sentence is the same fact as theirs, ``unit`` when one of its units clear of the
        part (a unit need not be one run here: it is never shown) is the same fact as
        their sentence or a unit of it. Either way the rest is not its outlet's own
        (r106, r262: docs/eval-compare.md, session 21). ``whole=False``: units only."""
        found = {int(j): "sentence" for j in np.flatnonzero(self.base[i] >= self.threshold)
                 } if whole else {}  # fmt: skip
        matrix, owner = self._rest_matrix
        for row, (s, unit) in enumerate(self.pool.owners):
            if s != i or unit is None or any(
                    part[0] <= t.idx < part[1] for t in unit.tokens if t.i not in unit.borrowed):
                continue
            for j in owner[matrix[row] >= self.unit_threshold].tolist():
                found.setdefault(int(j), "unit")
        found.pop(i, None)
        return found

    def shared_part(self, i: int, partners: Sequence[int]) -> FactUnit | None:
        """The one unit of sentence ``i`` through which it is linked to ``partners`` (its
        fact's sentences of other articles) where the whole sentence is not: None when
        the whole sentence is the same fact, when it links through two units, or when
        the unit is not one run of the sentence's words (a main clause with a clause cut
        from its middle: marking the run from its first word to its last would mark the
        cut clause too)."""
        found = {}
        for j in partners:
            if not self.through_unit(i, j):
                continue
            mine, _ = self.pool.parts(i, j, self.matrix)
            if mine is not None:
                found[(mine.start, mine.end)] = mine
        unit = next(iter(found.values())) if len(found) == 1 else None
        return unit if unit is not None and unit.shown is not None else None


def read_units(claims: Sequence[Claim], docs: Mapping[str, Any],
               profiles: Sequence[UnitProfile], vectors: np.ndarray, features_raw: np.ndarray,
               base: np.ndarray, encode: Callable[[list[str]], np.ndarray],
               model: SameFactModel, mentions: Sequence[Mention] = (),
               minilm: MiniLM | None = None) -> UnitReading:  # fmt: skip
    """The units of a story's English sentences read at the shipped operating point
    (``features_raw``: the sentences' probability before the rules; ``base``: after;
    ``minilm``: the sentences' MiniLM embeddings and its encoder, for a model with
    ``minilm_cosine``, whose unit texts are then embedded with MiniLM too)."""
    english = np.array([not c.language for c in claims])
    raw = np.where(english[:, None] & english[None, :], features_raw, 0.0)
    tokens = [list(docs[c.article_id].char_span(c.start, c.end, alignment_mode="expand") or [])
              for c in claims]  # fmt: skip
    pool = unit_pool(claims, tokens, profiles, vectors, raw, encode, model, mentions=mentions,
                     kinds=KINDS, minilm=minilm)
    return UnitReading(pool, base, model.threshold)


def remainder_words(units: Sequence[FactUnit], start: int, end: int) -> int:
    """How many content words (verbs of saying aside) the sentence at ``start``–``end``
    has outside its shared ``units``: what it states besides the shared parts ("… and
    that Israel has not presented a coherent evacuation plan"), or only its frame ("He
    pointed out")."""
    doc = units[0].tokens[0].doc
    span = doc.char_span(start, end, alignment_mode="expand") or []
    parts = [unit.shown_span for unit in units]
    return len({t.lemma_.lower() for t in span
                if not any(a <= t.idx < b for a, b in parts) and t.pos_ in _CONTENT
                and not t.is_stop and t.lemma_.lower() not in REPORTERS})  # fmt: skip
