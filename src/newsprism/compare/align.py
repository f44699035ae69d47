"""Claims aligned across the articles of a story: shared, unique, or in conflict.

A claim is a sentence (:mod:`newsprism.extract.claims`). Two sentences of different
articles are the same fact when the learned same-fact model
(:mod:`newsprism.compare.same_fact`, over the features of
:mod:`newsprism.compare.pairs`: embedding and TF-IDF closeness, entities, numbers,
dates, predicate, negation, modality) gives them a probability at or above its
calibrated threshold. Facts are built by complete link: every claim of a fact is
same-fact with every claim of another article in it, so a fact never chains different
statements through a sentence that resembles both.

A group of claims from one article is ``unique``; from several, ``shared``. Conflicts
are found afterwards over every cross-outlet pair of the story
(:mod:`newsprism.compare.conflicts`), and a unique fact another outlet may state becomes
``possibly_shared`` (:mod:`newsprism.compare.unique`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsprism.compare.pairs import UnitProfile, pair_features
from newsprism.compare.quote_paraphrase import (
    lift_quote_paraphrases,
    quote_paraphrase_pairs,
    same_quote_pairs,
)
from newsprism.compare.rest_check import rest_elsewhere
from newsprism.compare.same_fact import (
    SameFactModel,
    complete_link_groups,
    load_same_fact_model,
)
from newsprism.compare.second_parts import second_in_parts
from newsprism.compare.two_facts import join_second_facts
from newsprism.compare.units import MIN_CONTENT, UnitReading, remainder_words
from newsprism.extract.claims import comparable, quantities_agree
from newsprism.models import Claim

# A quotation and its paraphrase lifted to the threshold (session 26; False turns the
# rule off for measuring: scripts/quote_paraphrase_pairs.py)
QUOTE_PARAPHRASE = True


@dataclass
class AlignedClaim:
    """One fact of the story and the claims of each article that state it."""

    id: str
    status: str  # shared | partly_shared | unique | conflict | possibly_shared
    claims: list[Claim]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    agreement: float | None = None  # the weakest same-fact probability inside the fact
    # possibly_shared only: other outlets' claims that may state it (compare/unique.py)
    near: list[dict[str, Any]] = field(default_factory=list)
    # possibly_shared only: how strong the doubt is, check | opposite | topic (unique.py)
    hedge: str | None = None
    # one-outlet facts only: paywall-cut articles that do not state it (compare/truncated.py)
    not_seen_in_truncated: list[str] = field(default_factory=list)
    # one-outlet facts only: cut articles whose cut last sentence's words state it
    # ({"article_id", "words"}; compare/cut_sentence.py, session 24): evidence, no status
    stated_in_cut: list[dict[str, str]] = field(default_factory=list)
    # shared only: a member linked through one clause of its sentence (compare/units.py)
    # → that clause (text, start, end), by claim id; shown inside the whole sentence
    shared_parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    # a one-outlet fact that is the rest of a partly shared sentence: the partly shared
    # fact(s) and the part of this sentence they share ({"fact": AlignedClaim, "part"})
    partly_shared_in: list[dict[str, Any]] = field(default_factory=list)
    # a fact of several outlets: the members that relay another outlet's report
    # (compare/relays.py), by claim id, and then how many independent sources it rests on
    relays: dict[str, dict[str, Any]] = field(default_factory=dict)
    # partly_shared only: a member whose rest (outside its shared part) other articles'
    # sentences state too → those sentences ({"article_id", "claim_id"}), by claim id
    rest_also_in: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    # partly_shared only: sentences same-fact with a member whole whose words state none
    # of its rest (compare/rest_check.py) → ({"article_id", "claim_id"}), by claim id
    whole_match_in: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    independent_sources: int | None = None
    # a fact of several articles: the pairs of its sentences (claim ids) joined as one
    # fact because they are their reports' leads on one event (compare/lead_pairs.py)
    lead_pairs: list[list[str]] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return sorted({c.article_id for c in self.claims})

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "article_ids": self.article_ids,
            "text": self.claims[0].text,
            # the language of ``text`` ("ar": shown as written, never translated)
            "language": self.claims[0].language or "en",
            "evidence": [
                {
                    "article_id": c.article_id,
                    "claim_id": c.id,
                    "sentence": c.text,
                    "sentence_index": c.sentence_index,
                    "start": c.start,
                    "end": c.end,
                    # "en" unless the sentence is in another language, shown as written
                    "language": c.language or "en",
                    **({"shared_part": self.shared_parts[c.id]}
                       if c.id in self.shared_parts else {}),
                    **({"relayed_from": self.relays[c.id]} if c.id in self.relays else {}),
                    **({"rest_also_in": self.rest_also_in[c.id]}
                       if c.id in self.rest_also_in else {}),
                    **({"whole_match_in": self.whole_match_in[c.id]}
                       if c.id in self.whole_match_in else {}),
                }
                for c in self.claims
            ],
            "conflicts": self.conflicts,
            "agreement": self.agreement,
            **({"near": self.near} if self.near else {}),
            **({"hedge": self.hedge} if self.hedge else {}),
            **({"not_seen_in_truncated": self.not_seen_in_truncated}
               if self.not_seen_in_truncated else {}),
            **({"stated_in_cut": self.stated_in_cut} if self.stated_in_cut else {}),
            **({"partly_shared_in": self.partly_shared_refs()} if self.partly_shared_in else {}),
            **({"independent_sources": self.independent_sources}
               if self.independent_sources is not None else {}),
            **({"lead_pairs": self.lead_pairs} if self.lead_pairs else {}),
        }

    def partly_shared_refs(self) -> list[dict[str, Any]]:
        """``partly_shared_in`` as JSON: each partly shared fact's id and the part."""
        return [{"fact_id": ref["fact"].id, "shared_part": ref["part"]}
                for ref in self.partly_shared_in]  # fmt: skip


def same_fact_probabilities(
    claims: Sequence[Claim], vectors: np.ndarray, profiles: Sequence[UnitProfile],
    model: SameFactModel | None = None,
) -> np.ndarray:
    """P(same fact) of every claim pair, within one article too (1 on the diagonal)."""
    return same_fact_scores(claims, vectors, profiles, model)[0]


def same_fact_scores(
    claims: Sequence[Claim], vectors: np.ndarray, profiles: Sequence[UnitProfile],
    model: SameFactModel | None = None, minilm: np.ndarray | None = None,
    tfidf: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(P(same fact) with the rules, as :func:`same_fact_probabilities`; the model's
    probability before any rule): the second says which pairs the fact units read
    (compare/units.py). ``minilm``: the claims' MiniLM embeddings, for a model that
    reads ``minilm_cosine`` (none otherwise); ``tfidf``: the profiles' TF-IDF cosine
    when the caller has it (``pair_features``)."""
    if not claims:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=np.float32)
    model = model or load_same_fact_model()
    features = pair_features(profiles, vectors, minilm=minilm, tfidf=tfidf)
    raw = model.raw_probabilities(features)
    probability = model.probabilities(features, raw)
    if QUOTE_PARAPHRASE:  # a quotation and its paraphrase (compare/quote_paraphrase.py)
        lifted = quote_paraphrase_pairs(profiles, raw, features, model.threshold)
        lifted += same_quote_pairs(profiles, lifted, probability, model.threshold)
        probability = lift_quote_paraphrases(probability, lifted, model.threshold)
    np.fill_diagonal(probability, 1.0)
    return probability, raw


def align_claims(
    claims: Sequence[Claim], vectors: np.ndarray, profiles: Sequence[UnitProfile],
    model: SameFactModel | None = None, probability: np.ndarray | None = None,
    units: UnitReading | None = None, lead_links: Sequence[tuple[int, int]] = (),
) -> list[AlignedClaim]:
    """Group the claims of a story into facts and give each its status.

    Args:
        claims: every claim (sentence) of every article, in story order.
        vectors: their unit-length embeddings, one row per claim.
        profiles: their parts (:func:`newsprism.compare.pairs.claim_profiles`).
        model: the same-fact model; the packaged one by default.
        probability: the pair probabilities, when the caller computed them (a story
            across languages: ``compare.crosslang.cross_link_probability``); by default
            :func:`same_fact_probabilities`.
        units: the fact units that linked sentences (compare/units.py): a member
            linked through one unit of it gets that unit as its ``shared_part``.
        lead_links: the claim index pairs joined as their reports' leads on one event
            (compare/lead_pairs.py): a fact holding one lists it in ``lead_pairs``.

    Returns:
        Facts ordered shared first (most articles), then conflicts, then unique, each in
        order of first appearance; ids ``F1``, ``F2``, …
    """
    model = model or load_same_fact_model()
    if probability is None:
        probability = same_fact_probabilities(claims, vectors, profiles, model)
    article = [c.article_id for c in claims]
    groups = complete_link_groups(probability, model.threshold, article,
                                  second_in_parts(units, article, profiles))  # second_parts.py
    second: list[set[int]] = [set() for _ in groups]
    if units is not None:  # a sentence that states two shared facts, in both (two_facts.py)
        joined = join_second_facts(groups, probability, model.threshold, article, units)
        second = [set(after) - set(before) for before, after in zip(groups, joined, strict=True)]
        groups = joined
    facts, parted = [], []
    for indices, added in zip(groups, second, strict=True):
        members = [claims[i] for i in indices]
        # conflicts are found over every pair of the story, not only inside a group
        # (compare/conflicts.py): a same-fact group holds no contradiction by design
        many = len({c.article_id for c in members}) > 1
        fact = AlignedClaim("", "shared" if many else "unique", members)
        if many:
            fact.agreement = _weakest_link(probability, indices, claims)
            if units is not None:
                parted += _read_parts(fact, units, indices, claims, added)
            fact.lead_pairs = [[claims[i].id, claims[j].id] for i, j in lead_links
                               if i in indices and j in indices]
        facts.append(fact)
    # after the groups: a rest is found by its claim last (conflicts.attach)
    # a sentence that is also a whole member of a shared fact has no rest of its own
    whole = {c.id for f in facts if f.status == "shared" for c in f.claims}
    return number_facts(facts + _rests([p for p in parted if p[0].id not in whole]), claims)


def _read_parts(fact: AlignedClaim, units: UnitReading, indices: Sequence[int],
                claims: Sequence[Claim], second: set[int] = frozenset(),
                ) -> list[tuple[Claim, AlignedClaim, Any]]:  # fmt: skip
    """Mark a fact linked through a unit (not whole sentence to whole sentence) as
    ``partly_shared``, with each member's shared part; return each member linked
    through a unit of its own, with the fact and that unit (for :func:`_rests`).

    ``second``: members that joined as a sentence's second fact (compare/two_facts.py):
    each shows its part, but the fact's status is what its other members make it (a
    fact three outlets state whole stays ``shared``, and a summary line)."""
    partners = {i: [j for j in indices if claims[j].article_id != claims[i].article_id]
                for i in indices}  # fmt: skip
    parts = {i: units.shared_part(i, partners[i]) for i in indices}
    fact.shared_parts = {claims[i].id: _shown_part(claims[i], unit)
                         for i, unit in parts.items() if unit is not None}  # fmt: skip
    if not any(units.through_unit(i, j) for i in indices for j in partners[i]
               if i not in second and j not in second):
        return []
    fact.status = "partly_shared"
    fact.rest_also_in, fact.whole_match_in = _rests_elsewhere(fact, units, indices, claims)
    # a sentence whose whole is the fact first: the fact's ``text`` (an omission's line)
    # is then not a longer sentence's
    fact.claims.sort(key=lambda c: c.id in fact.shared_parts)
    parted = []
    for i in indices:
        unit = parts[i]
        if unit is None and any(units.through_unit(i, j) for j in partners[i]):
            unit = _any_part(units, i, partners[i])  # two parts, or one not shown: keep it all
        if unit is not None:
            parted.append((claims[i], fact, unit))
    return parted


def _rests_elsewhere(fact: AlignedClaim, units: UnitReading, indices: Sequence[int],
                     claims: Sequence[Claim]) -> tuple[dict[str, list[dict[str, str]]], ...]:
    """The members with a shared part whose rest other articles' sentences state too
    (:func:`~newsprism.compare.rest_check.rest_elsewhere`): their rest is not their
    outlet's own, and the reports must not say it is; and, apart, the sentences matched
    to a member whole that state none of its rest (the reports then claim neither)."""
    found, unchecked = {}, {}
    for i in indices:
        part = fact.shared_parts.get(claims[i].id)
        if part is None:
            continue
        links, whole = rest_elsewhere(units, i, (part["start"], part["end"]), indices)
        others = sorted(j for j in links if claims[j].article_id != claims[i].article_id)
        if others:
            found[claims[i].id] = [{"article_id": claims[j].article_id, "claim_id": claims[j].id,
                                    "through": links[j]} for j in others]  # fmt: skip
        whole = [j for j in whole if claims[j].article_id != claims[i].article_id]
        if whole:
            unchecked[claims[i].id] = [{"article_id": claims[j].article_id,
                                        "claim_id": claims[j].id} for j in whole]  # fmt: skip
    return found, unchecked


def _rests(parted: Sequence[tuple[Claim, AlignedClaim, Any]]) -> list[AlignedClaim]:
    """The rest of each sentence with a part in a partly shared fact, as a one-outlet fact
    of its own pointing back at those facts (``partly_shared_in``).

    The rest stays in play: it is checked for unique (compare/unique.py) and listed as
    an omission of the outlets that do not state it, like any one-outlet sentence. One
    rest per sentence, outside all its parts: a sentence whose two halves are two partly
    shared facts has none left. A rest of fewer than
    :data:`~newsprism.compare.units.MIN_CONTENT` content words is only the frame ("He
    pointed out that …") and is not a fact of its own; so is a sentence that a shared
    fact holds whole (its caller leaves it out)."""
    by_claim: dict[str, list[tuple[Claim, AlignedClaim, Any]]] = {}
    for item in parted:
        by_claim.setdefault(item[0].id, []).append(item)
    rests = []
    for items in by_claim.values():
        claim = items[0][0]
        if remainder_words([unit for _, _, unit in items], claim.start, claim.end) < MIN_CONTENT:
            continue
        refs = [{"fact": fact, "part": fact.shared_parts.get(claim.id)} for _, fact, _ in items]
        rests.append(AlignedClaim("", "unique", [claim], partly_shared_in=refs))
    return rests


def _any_part(units: UnitReading, i: int, partners: Sequence[int]) -> Any:
    """One unit of sentence ``i`` that links it to a partner (for the rest's test)."""
    for j in partners:
        if units.through_unit(i, j):
            mine, _ = units.pool.parts(i, j, units.matrix)
            if mine is not None:
                return mine
    return None


_STATUS_ORDER = {"shared": 0, "partly_shared": 1, "conflict": 2, "unique": 3,
                 "possibly_shared": 3}


def number_facts(facts: list[AlignedClaim], claims: Sequence[Claim]) -> list[AlignedClaim]:
    """Facts in report order (shared, conflict, unique; more articles first; then first
    appearance), numbered ``F1``, ``F2``, … (also after conflicts add facts)."""
    position = {c.id: i for i, c in enumerate(claims)}
    facts.sort(key=lambda f: (_STATUS_ORDER[f.status], -len(f.article_ids),
                              min(position[c.id] for c in f.claims)))  # fmt: skip
    for number, fact in enumerate(facts, start=1):
        fact.id = f"F{number}"
    return facts


def _shown_part(claim: Claim, unit: Any) -> dict[str, Any]:
    """A member's shared part as JSON: the sentence's own words from the unit's first to
    its last (``unit.shown_span``), with their offsets."""
    start, end = unit.shown_span
    return {"text": claim.text[start - claim.start:end - claim.start], "start": start, "end": end}


def _weakest_link(probability: np.ndarray, indices: Sequence[int], claims: Sequence[Claim]
                  ) -> float:  # fmt: skip
    """The lowest same-fact probability between two members of different articles."""
    return round(min(float(probability[i, j]) for i in indices for j in indices
                     if claims[i].article_id != claims[j].article_id), 3)  # fmt: skip


def agreeing_quantities(a: Claim, b: Claim) -> list[tuple[str, str]]:
    """Pairs of comparable quantities that agree (for the report: "about" vs "more than")."""
    return [(qa.text, qb.text) for qa in a.quantities for qb in b.quantities
            if comparable(qa, qb) and quantities_agree(qa, qb)]  # fmt: skip
