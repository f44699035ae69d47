"""Clauses of a sentence, for alignment only: the best-matching clause pair of two sentences.

A sentence often states two facts ("Steele, chairman of the RNC, drew fierce criticism
on Friday after declaring …"; "After Netanyahu canceled the trip, Blinken stressed …")
and another outlet's sentence states one of them. Compared whole, the second fact's
words dilute the match; compared clause by clause, the shared fact stands out. So each
sentence is cut, on the spaCy parse its article already has, at its coordinated
clauses, clausal complements, adverbial and relative clauses and appositions, and two
sentences get the closeness of their *best* clause pair (:func:`clause_features`).

Clauses are never shown: the unit a reader sees and checks stays the sentence
(docs/compare.md). An apposition or relative clause keeps the noun it describes
("Steele … chairman of the RNC"), so a label fact carries its person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

# Dependency labels that head a clause of their own inside a sentence.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "appos", "acl",
                         "parataxis"})  # fmt: skip
# Of those, the ones that describe a noun: the clause keeps the noun ("Steele, chairman …").
DESCRIBING = frozenset({"relcl", "appos", "acl"})
MIN_CLAUSE_LEMMAS = 2  # a clause with fewer content lemmas ("Trump said") says nothing alone
MAX_CLAUSES = 8  # a sentence's clauses kept (the longest), bounding the n × n cost
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_WORD = re.compile(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*")


@dataclass(frozen=True)
class Clause:
    """One clause's words (for TF-IDF) and content lemmas."""

    words: tuple[str, ...]
    lemmas: frozenset[str]


def sentence_clauses(tokens: Sequence[Any]) -> list[Clause]:
    """The clauses of one parsed sentence (its tokens), longest first; none when the
    sentence has a single clause (the sentence itself is then the only unit)."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.dep_ in CLAUSE_DEPS
             and (t.dep_ != "conj" or t.pos_ in ("VERB", "AUX"))]  # fmt: skip
    if len(heads) < 2:
        return []
    head_ids = {h.i for h in heads}
    clauses = []
    for head in heads:
        own = _own_tokens(head, head_ids, inside)
        if head.dep_ in DESCRIBING and head.head.i in inside:
            noun = head.head
            own += [noun, *(c for c in noun.children if c.dep_ in ("compound", "flat"))]
        lemmas = frozenset(t.lemma_.lower() for t in own
                           if t.pos_ in _CONTENT_POS and not t.is_stop)  # fmt: skip
        if len(lemmas) >= MIN_CLAUSE_LEMMAS:
            ordered = sorted(set(own), key=lambda t: t.i)
            words = tuple(_WORD.findall(" ".join(t.text for t in ordered).lower()))
            clauses.append(Clause(words, lemmas))
    clauses.sort(key=lambda c: -len(c.lemmas))
    return clauses[:MAX_CLAUSES]


def _own_tokens(head: Any, head_ids: set[int], inside: set[int]) -> list[Any]:
    """A clause head's subtree without the clauses nested in it."""
    own, stack = [], [head]
    while stack:
        token = stack.pop()
        own.append(token)
        stack.extend(c for c in token.children if c.i in inside and c.i not in head_ids)
    return own


def clause_features(units: Sequence[Any], idf: Mapping[str, float]) -> dict[str, np.ndarray]:
    """Best clause pair of every two sentences: ``clause_tfidf`` (TF-IDF cosine, IDF of
    the story's sentences) and ``clause_overlap`` (share of the smaller clause's content
    lemmas the other holds). A sentence of one clause is its own only clause."""
    owner, words, lemmas = [], [], []
    for k, unit in enumerate(units):
        parts = unit.clauses or [Clause(tuple(unit.words), frozenset(unit.lemmas))]
        for clause in parts:
            owner.append(k)
            words.append(clause.words)
            lemmas.append(clause.lemmas)
    starts = np.flatnonzero(np.r_[True, np.diff(owner) != 0])
    tfidf = _tfidf_matrix(words, idf)
    presence = _presence(lemmas)
    shared = (presence @ presence.T).toarray()
    sizes = np.array([len(s) for s in lemmas], dtype=np.float32)
    smaller = np.minimum.outer(sizes, sizes)
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(smaller > 0, shared / smaller, 0.0).astype(np.float32)
    return {"clause_tfidf": _best(((tfidf @ tfidf.T).toarray()), starts),
            "clause_overlap": _best(overlap, starts)}  # fmt: skip


def _best(matrix: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The maximum over each block of clause rows and clause columns: sentence × sentence."""
    rows = np.maximum.reduceat(matrix, starts, axis=0)
    return np.maximum.reduceat(rows, starts, axis=1).astype(np.float32)


def _tfidf_matrix(words: Sequence[Sequence[str]], idf: Mapping[str, float]) -> sparse.csr_matrix:
    default = max(idf.values(), default=1.0)
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, ws in enumerate(words):
        weights = {w: c * idf.get(w, default) for w, c in Counter(ws).items()}
        norm = float(np.sqrt(sum(v * v for v in weights.values()))) or 1.0
        for w, v in weights.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(w, len(vocabulary)))
            values.append(v / norm)
    shape = (len(words), max(len(vocabulary), 1))
    return sparse.csr_matrix((np.array(values, dtype=np.float32), (rows, cols)), shape=shape)


def _presence(sets: Sequence[frozenset[str]]) -> sparse.csr_matrix:
    vocabulary: dict[str, int] = {}
    rows = [r for r, items in enumerate(sets) for _ in items]
    cols = [vocabulary.setdefault(w, len(vocabulary)) for items in sets for w in items]
    shape = (len(sets), max(len(vocabulary), 1))
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=shape)
