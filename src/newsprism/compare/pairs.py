"""What two sentences of different articles have in common: the same-fact features.

Two outlets state one fact in different words, and two sentences about one story share
most of their words without stating one fact ("the House voted on Wednesday" / "the
Senate is expected to begin on Wednesday"). So the same-fact decision
(:mod:`newsprism.compare.same_fact`) reads, for every pair, signals of three kinds:

- **closeness of wording**: the cosine of the packaged static embeddings, the TF-IDF
  cosine of the words (IDF over the story's own sentences, so the story's topic words
  weigh little), the overlap of content lemmas;
- **agreement of the checkable parts**: the entities both name (story entity ids),
  the numbers both state (97-1 = 97-1), the dates, the main predicate (the verb of the
  statement, under "X said"), each as shared and as *disjoint* (both state one, and
  none is the same: two different people, two different numbers, two different days);
- **what the statement does with it**: negation ("did not vote") and modality
  ("is expected to vote", "could", "will") on one side only.

Everything is a dense ``n × n`` matrix computed from sparse incidence products, never a
Python loop over pairs: a story of 50 articles has a few thousand sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from newsprism.extract.claims import comparable, quantities_agree
from newsprism.models import Claim, Quantity

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Verbs that report a statement rather than make one: under "X said (that) Y" the
# fact's predicate is Y's.
REPORTING = frozenset("say tell add state report note announce explain write claim "
                      "confirm insist argue acknowledge".split())  # fmt: skip
# Words that put a statement in the future, the possible or the expected: "is expected
# to vote" does not state that the vote happened.
MODAL = frozenset("will would could may might should shall can expect plan likely "
                  "unlikely intend possible possibly poised consider threaten hope "
                  "want seek propose".split())  # fmt: skip
NEGATIVE = frozenset("not n't never no neither nor deny refuse reject".split())
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip
_DATE_WORD = re.compile(
    r"\b(" + "|".join(_WEEKDAYS + _MONTHS) + r"|today|yesterday|tomorrow|\d{4}|\d{1,2})\b"
)
_WORD = re.compile(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*")
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")

FEATURES = (
    "cosine", "tfidf", "lemma_overlap", "lemma_jaccard", "entity_shared", "entity_jaccard",
    "entity_disjoint", "number_shared", "number_disjoint", "quantity_agree",
    "quantity_conflict", "date_shared", "date_disjoint", "predicate_same", "verb_overlap",
    "negation_mismatch", "modal_mismatch", "length_ratio",
)  # fmt: skip


@dataclass
class UnitProfile:
    """The parts of one sentence the same-fact features compare."""

    text: str
    words: list[str]  # lower-cased word tokens, for TF-IDF
    lemmas: set[str]  # content lemmas
    verbs: set[str]  # lemmas of the full verbs, reporting verbs left out
    predicates: set[str]  # the statement's main verb(s): the root, or under "said" its clause
    entities: set[str]  # story entity ids
    numbers: set[str]  # numbers as written, digits only ("97", "1" of "97-1")
    quantities: list[Quantity] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)  # weekday, month, year, day words
    weekdays: set[str] = field(default_factory=set)
    negated: bool = False
    modal: bool = False


def profile(span: Any, claim: Claim) -> UnitProfile:
    """The profile of a claim from its spaCy span (``None`` when the span is lost)."""
    tokens = list(span) if span is not None else []
    lemmas = {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop}
    verbs = {t.lemma_.lower() for t in tokens
             if t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING}  # fmt: skip
    date_words = {m.group(1) for text in claim.dates for m in _DATE_WORD.finditer(text.lower())}
    return UnitProfile(
        text=claim.text,
        words=_WORD.findall(claim.text.lower()),
        lemmas=lemmas,
        verbs=verbs,
        predicates=_predicates(tokens),
        entities=set(claim.people + claim.places + claim.organisations),
        numbers=_numbers(claim.text, claim.dates),
        quantities=list(claim.quantities),
        dates=date_words,
        weekdays=date_words & set(_WEEKDAYS),
        negated=any(t.dep_ == "neg" or t.lemma_.lower() in NEGATIVE for t in tokens
                    if not _in_quotes(t)),  # fmt: skip
        modal=any(t.lemma_.lower() in MODAL for t in tokens if not _in_quotes(t)),
    )


def _in_quotes(token: Any) -> bool:
    """Whether a token stands inside quotation marks of its sentence (a quote's own
    negation is the speaker's words, compared as words, not as the sentence's stance)."""
    before = token.sent[: token.i - token.sent.start].text if token.sent is not None else ""
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


def _predicates(tokens: Sequence[Any]) -> set[str]:
    """The lemma of the statement's verb: the root, or the clause a reporting root governs."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    found = set()
    for root in roots:
        if root.lemma_.lower() in REPORTING:
            clauses = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
            found |= {c.lemma_.lower() for c in clauses if c.pos_ in ("VERB", "AUX")}
        elif root.pos_ in ("VERB", "AUX"):
            found.add(root.lemma_.lower())
    return found


def _numbers(text: str, dates: Sequence[str]) -> set[str]:
    """Digit numbers of the sentence, not those inside its dates ("Wednesday, May 5")."""
    in_dates = {n for d in dates for n in _NUMBER_TOKEN.findall(d)}
    return {n.replace(",", "") for n in _NUMBER_TOKEN.findall(text)} - in_dates


# --- pair features, vectorised --------------------------------------------------------


def _incidence(sets: Sequence[set], weights: Sequence[dict] | None = None) -> sparse.csr_matrix:
    vocabulary: dict[object, int] = {}
    rows, cols, values = [], [], []
    for row, items in enumerate(sets):
        for item in items:
            rows.append(row)
            cols.append(vocabulary.setdefault(item, len(vocabulary)))
            values.append(1.0 if weights is None else weights[row][item])
    shape = (len(sets), max(len(vocabulary), 1))
    return sparse.csr_matrix((np.array(values, dtype=np.float32), (rows, cols)), shape=shape)


def _shared(sets: Sequence[set]) -> np.ndarray:
    matrix = _incidence(sets)
    return (matrix @ matrix.T).toarray()


def _set_features(sets: Sequence[set]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(shared count, overlap coefficient, Jaccard) of every pair of sets."""
    shared = _shared(sets)
    sizes = np.array([len(s) for s in sets], dtype=np.float32)
    smaller = np.minimum.outer(sizes, sizes)
    union = np.add.outer(sizes, sizes) - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(smaller > 0, shared / smaller, 0.0)
        jaccard = np.where(union > 0, shared / union, 0.0)
    return shared, overlap, jaccard


def _both(flags: Sequence[bool]) -> np.ndarray:
    column = np.array(flags, dtype=bool)
    return column[:, None] & column[None, :]


def inverse_document_frequencies(words: Sequence[list[str]]) -> dict[str, float]:
    """Smoothed IDF of each word over these units (as scikit-learn's ``smooth_idf``)."""
    df = Counter(w for ws in words for w in set(ws))
    n = len(words)
    return {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}


def tfidf_cosine(words: Sequence[list[str]], idf: Mapping[str, float] | None = None
                 ) -> np.ndarray:  # fmt: skip
    """TF-IDF cosine of every pair; IDF over these units (the story's sentences) unless
    given (a training set scores its pairs with the IDF of the whole set)."""
    idf = idf if idf is not None else inverse_document_frequencies(words)
    default = max(idf.values(), default=1.0)
    weights = []
    for ws in words:
        counts = Counter(ws)
        row = {w: c * idf.get(w, default) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        weights.append({w: v / norm for w, v in row.items()})
    matrix = _incidence([set(w) for w in weights], weights)
    return (matrix @ matrix.T).toarray()


def _quantity_matrices(units: Sequence[UnitProfile]) -> tuple[np.ndarray, np.ndarray]:
    """(agree, conflict): the pair states a comparable quantity that agrees / cannot."""
    n = len(units)
    agree, conflict = np.zeros((n, n), dtype=bool), np.zeros((n, n), dtype=bool)
    with_units = [(i, q) for i, u in enumerate(units) for q in u.quantities if q.unit]
    for x, (i, qa) in enumerate(with_units):
        for j, qb in with_units[x + 1 :]:
            if i == j or not comparable(qa, qb):
                continue
            target = agree if quantities_agree(qa, qb) else conflict
            target[i, j] = target[j, i] = True
    return agree, conflict


def pair_features(units: Sequence[UnitProfile], vectors: np.ndarray,
                  idf: Mapping[str, float] | None = None) -> dict[str, np.ndarray]:  # fmt: skip
    """Every feature of :data:`FEATURES` for every pair of units, as ``n × n`` matrices
    (IDF over ``units`` unless ``idf`` is given)."""
    n = len(units)
    if n == 0:
        return {name: np.zeros((0, 0), dtype=np.float32) for name in FEATURES}
    out: dict[str, np.ndarray] = {}
    out["cosine"] = np.clip(vectors @ vectors.T, 0.0, 1.0)
    out["tfidf"] = tfidf_cosine([u.words for u in units], idf)
    _, out["lemma_overlap"], out["lemma_jaccard"] = _set_features([u.lemmas for u in units])
    shared, _, out["entity_jaccard"] = _set_features([u.entities for u in units])
    out["entity_shared"] = np.minimum(shared, 3.0) / 3.0
    out["entity_disjoint"] = _both([bool(u.entities) for u in units]) & (shared == 0)
    shared, _, _ = _set_features([u.numbers for u in units])
    out["number_shared"] = shared > 0
    out["number_disjoint"] = _both([bool(u.numbers) for u in units]) & (shared == 0)
    out["quantity_agree"], out["quantity_conflict"] = _quantity_matrices(units)
    shared, _, _ = _set_features([u.dates for u in units])
    out["date_shared"] = shared > 0
    days, _, _ = _set_features([u.weekdays for u in units])
    out["date_disjoint"] = _both([bool(u.weekdays) for u in units]) & (days == 0)
    shared, _, _ = _set_features([u.predicates for u in units])
    out["predicate_same"] = shared > 0
    _, out["verb_overlap"], _ = _set_features([u.verbs for u in units])
    negated = np.array([u.negated for u in units])
    out["negation_mismatch"] = negated[:, None] != negated[None, :]
    modal = np.array([u.modal for u in units])
    out["modal_mismatch"] = modal[:, None] != modal[None, :]
    lengths = np.array([max(len(u.words), 1) for u in units], dtype=np.float32)
    out["length_ratio"] = np.minimum.outer(lengths, lengths) / np.maximum.outer(lengths, lengths)
    return {name: out[name].astype(np.float32) for name in FEATURES}


def claim_profiles(docs: Mapping[str, Any], claims: Sequence[Claim]) -> list[UnitProfile]:
    """The profile of every claim, from the parsed text of its article."""
    return [profile(docs[c.article_id].char_span(c.start, c.end, alignment_mode="expand"), c)
            for c in claims]  # fmt: skip
