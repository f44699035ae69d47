"""The shortcuts that made ``compare`` fast (issue 14) decide exactly as the plain
definitions they replaced, on the seed pair of ``examples/``: profiles that ask about
quotation marks only where a word test passed, the unique recheck's prefilter and row
reads, the cached name folding, and token keys built once per article."""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsprism.compare.align import AlignedClaim, align_claims, same_fact_probabilities
from newsprism.compare.frames import fitted_in_quotes
from newsprism.compare.labels import _count_forms, _neutral_forms, _token_keys
from newsprism.compare.pairs import (
    MODAL,
    NEGATIVE,
    UnitProfile,
    claim_profiles,
    topical_closeness,
)
from newsprism.compare.unique import (
    CHECK_PROBABILITY,
    CHECK_WORDS,
    NEAR_PROBABILITY,
    NEAR_SCORE,
    SURE_PROBABILITY,
    loose_test,
    recheck_unique,
    stated_elsewhere,
)
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import _name_words, find_mentions, fold, link_entities, name_words
from newsprism.extract.framing.features import WINDOW, _context_words
from newsprism.extract.framing.lexicon import load_lexicon
from newsprism.extract.nlp import parse_texts
from newsprism.models import Claim
from newsprism.pipeline import clean_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@dataclass
class SeedStory:
    docs: dict[str, Any]
    claims: list[Claim]
    profiles: list[UnitProfile]
    facts: list[AlignedClaim]
    scores: np.ndarray
    probability: np.ndarray
    names: list[str]


@pytest.fixture(scope="module")
def seed_story() -> SeedStory:
    """The seed pair, taken through the compare stages up to the unique recheck."""
    articles, failures = clean_paths(sorted(EXAMPLES.glob("*.txt")))
    assert len(articles) == 2 and not failures
    parsed = parse_texts([a.text for a in articles], [a.language for a in articles])
    docs = {a.id: doc for a, doc in zip(articles, parsed, strict=True)}
    mentions = {aid: find_mentions(doc, aid) for aid, doc in docs.items()}
    entities = link_entities(mentions, {a.id: a.text for a in articles})
    claims = [c for a in articles for c in extract_claims(docs[a.id], a.id, entities.mentions)]
    vectors = get_embedder().encode([c.text for c in claims])
    profiles = claim_profiles(docs, claims)
    probability = same_fact_probabilities(claims, vectors, profiles)
    facts = align_claims(claims, vectors, profiles, probability=probability)
    names = [m.text for found in mentions.values() for m in found]
    names += [n for e in entities.entities for n in [e.name, *e.aliases]]
    return SeedStory(docs, claims, profiles, facts, topical_closeness(profiles, vectors),
                     probability, names)  # fmt: skip


def test_profiles_ask_about_quotes_as_the_plain_definition(seed_story: SeedStory) -> None:
    """negated and modal: every token asked ``fitted_in_quotes`` first (the reading the
    model was fitted on). (Negated objects read
    quoted verbs like unquoted ones since the polarity fix of issue 12, so they take no
    quote test to shortcut: tests/compare/test_vetoes.py pins them.)"""
    assert len(seed_story.claims) > 20
    for claim, unit in zip(seed_story.claims, seed_story.profiles, strict=True):
        span = seed_story.docs[claim.article_id].char_span(claim.start, claim.end,
                                                           alignment_mode="expand")  # fmt: skip
        tokens = list(span)
        assert unit.negated == any(t.dep_ == "neg" or t.lemma_.lower() in NEGATIVE
                                   for t in tokens if not fitted_in_quotes(t))  # fmt: skip
        assert unit.modal == any(t.lemma_.lower() in MODAL for t in tokens
                                 if not fitted_in_quotes(t))  # fmt: skip


def _plain_recheck(facts: list[AlignedClaim], claims: list[Claim], lemmas: list[set[str]],
                   scores: np.ndarray, probability: np.ndarray) -> None:  # fmt: skip
    """``recheck_unique`` as it was before issue 14: every pair, element by element (with
    session 24's veto rule: :data:`newsprism.compare.unique.VETOABLE`)."""
    lemma_of = {c.id: lemmas[i] for i, c in enumerate(claims)}
    row = {c.id: i for i, c in enumerate(claims)}

    def hits(matrix: np.ndarray, bar: float, mine: Claim) -> list[Claim]:
        return [o for o in claims if o.article_id != mine.article_id
                and matrix[row[mine.id], row[o.id]] >= bar]  # fmt: skip

    def order(mine: list[Claim], other: Claim) -> tuple[float, float]:
        return tuple(-max(float(m[row[c.id], row[other.id]]) for c in mine)
                     for m in (probability, scores))  # type: ignore[return-value]  # fmt: skip

    for fact in facts:
        if fact.status != "unique":
            continue
        lexical, topical, likely = [], [], []
        for mine in fact.claims:
            lexical += [o for o in claims if o.article_id != mine.article_id
                        and stated_elsewhere(mine, o, lemma_of[mine.id], lemma_of[o.id])]
            topical += hits(scores, NEAR_SCORE, mine)
            likely += hits(probability, NEAR_PROBABILITY, mine)
        near = list({c.id: c for c in lexical}.values())
        if topical and likely:
            near = list({c.id: c for c in near + topical + likely}.values())
        if near:
            lexical_ids = {c.id for c in lexical}

            def worth(c: Claim, mine: list[Claim] = fact.claims,
                      ids: set[str] = lexical_ids) -> bool:  # fmt: skip
                chance = -order(mine, c)[0]
                words = max(len(lemma_of[m.id] & lemma_of[c.id]) for m in mine)
                likely = c.id in ids or chance >= CHECK_PROBABILITY
                # session 24: a names or words hit the same-fact model vetoes to 0 is not
                tests = {loose_test(m, c, lemma_of[m.id], lemma_of[c.id]) for m in mine}
                vetoed = c.id in ids and "figure" not in tests and round(chance, 4) <= 0.0
                return likely and not vetoed and (words >= CHECK_WORDS
                                                  or chance >= SURE_PROBABILITY)

            near.sort(key=lambda c: (0 if worth(c) else 2, *order(fact.claims, c)))
            fact.status = "possibly_shared"
            fact.near = [{"article_id": c.article_id, "claim_id": c.id, "sentence": c.text,
                          "start": c.start, "end": c.end} for c in near[:3]]  # fmt: skip


def _where(near: list[dict]) -> list[tuple]:
    """The near sentences' places, without the fields the plain check does not compute."""
    return [(n["article_id"], n["claim_id"], n["sentence"], n["start"], n["end"]) for n in near]


def test_unique_recheck_decides_as_every_pair_checked(seed_story: SeedStory) -> None:
    fast, plain = copy.deepcopy(seed_story.facts), copy.deepcopy(seed_story.facts)
    lemmas = [p.lemmas for p in seed_story.profiles]
    recheck_unique(fast, seed_story.claims, lemmas, seed_story.scores, seed_story.probability)
    _plain_recheck(plain, seed_story.claims, lemmas, seed_story.scores, seed_story.probability)
    assert sum(f.status == "possibly_shared" for f in plain) > 5  # the test has teeth
    assert [(f.id, f.status, _where(f.near)) for f in fast] == [
        (f.id, f.status, _where(f.near)) for f in plain]


def test_cached_name_folding_is_the_plain_folding(seed_story: SeedStory) -> None:
    assert len(seed_story.names) > 20
    for name in seed_story.names:
        assert fold(name) == fold.__wrapped__(name)
        assert name_words(name) == list(_name_words.__wrapped__(name))
    words = name_words(seed_story.names[0])
    words.append("changed")  # a caller's list is its own: the cache is not touched
    assert name_words(seed_story.names[0]) != words


def _plain_count_forms(doc: Any, forms: list[tuple[str, ...]]) -> Counter[str]:
    """``labels._count_forms`` as it was before issue 14: every form at every token."""
    found: Counter[str] = Counter()
    keys = [{t.lemma_.lower(), t.lower_} for t in doc]
    for form in forms:
        for i in range(len(doc) - len(form) + 1):
            if all(w in keys[i + k] or w[:-1] in keys[i + k] for k, w in enumerate(form)):
                found[doc[i : i + len(form)].text] += 1
    return found


def test_neutral_forms_counted_as_at_every_token(seed_story: SeedStory) -> None:
    forms = [f for entry in load_lexicon().terms for f in _neutral_forms(entry.neutral)]
    forms += [("the",), ("the", "us"), ("israeli", "security"), ("minister",)]  # hits, in order
    for doc in seed_story.docs.values():
        plain = _plain_count_forms(doc, forms)
        assert sum(plain.values()) > 10
        for fast in (_count_forms(doc, forms, _token_keys(doc)), _count_forms(doc, forms)):
            assert list(fast.items()) == list(plain.items())  # counts and their order


def test_context_words_of_a_shared_sentence_read_as_alone(seed_story: SeedStory) -> None:
    for doc in seed_story.docs.values():
        sentences: dict[int, list[tuple[int, str]]] = {}  # one Doc's, as token_features
        for token in doc:
            sent = token.sent
            words = [t for t in sent if t.is_alpha and not t.is_stop and t.i != token.i]
            plain = ([t.lower_ for t in words if t.i < token.i][-WINDOW:]
                     + [t.lower_ for t in words if t.i > token.i][:WINDOW])  # fmt: skip
            assert _context_words(doc, token, sentences) == plain
        assert len(sentences) > 10
