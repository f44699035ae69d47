"""Session 26, issue 12: compare's cost cut with its output unchanged.

Each saving computes what it computed before, less often or in one array step: these
tests hold each to the old way (the old loop, written out here, or the full
computation) on the seed pair's real sentences (docs/benchmarks.md, "Session 26:
compare's cost").
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from newsprism.compare import unique
from newsprism.compare.event_day import RARE, _disjoint, event_day
from newsprism.compare.pairs import UnitProfile, claim_profiles, pair_features
from newsprism.compare.tfidf import tfidf_cosine
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import parse_texts
from newsprism.extract.org_merge import _acronyms
from newsprism.models import Claim
from newsprism.pipeline import clean_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def seeds() -> tuple[list[Claim], list[UnitProfile]]:
    """The seed pair's claims and their profiles, as compare reads them."""
    articles, failures = clean_paths(sorted(EXAMPLES.glob("*.txt")))
    assert len(articles) == 2 and not failures
    parsed = parse_texts([a.text for a in articles], [a.language for a in articles])
    docs = {a.id: doc for a, doc in zip(articles, parsed, strict=True)}
    entities = link_entities({aid: find_mentions(doc, aid) for aid, doc in docs.items()},
                             {a.id: a.text for a in articles})  # fmt: skip
    claims = [c for a in articles for c in extract_claims(docs[a.id], a.id, entities.mentions)]
    return claims, claim_profiles(docs, claims, mentions=entities.mentions)


def test_pair_features_read_a_given_tfidf_as_their_own(seeds) -> None:
    claims, profiles = seeds
    vectors = get_embedder("static").encode([c.text for c in claims])
    tfidf = tfidf_cosine([p.words for p in profiles])
    own = pair_features(profiles, vectors)
    given = pair_features(profiles, vectors, tfidf=tfidf)
    assert own.keys() == given.keys()
    for name in own:
        assert np.array_equal(own[name], given[name]), name
    assert np.array_equal(own["tfidf"], tfidf.astype(np.float32))


def test_shared_words_and_names_match_the_set_intersections() -> None:
    rng = random.Random(26)
    words = [f"w{k}" for k in range(12)]
    lemmas = [set(rng.sample(words, rng.randint(0, 5))) for _ in range(40)]
    names = [set(rng.sample(["Obama", "Santorum", "CBS"], rng.randint(0, 2))) for _ in range(40)]
    common, touch, named = unique._in_common(lemmas, names)
    for i in range(40):
        for j in range(40):
            assert common[i, j] == len(lemmas[i] & lemmas[j])
            assert touch[i, j] == bool(lemmas[i] & lemmas[j] or names[i] & names[j])
            assert named[i, j] == len(names[i] & names[j])


def _old_disjoint(sets: list[set[str]]) -> np.ndarray:
    """``_disjoint`` before session 26: the loop over every pair."""
    n = len(sets)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            if sets[i] and sets[j] and not sets[i] & sets[j]:
                out[i, j] = out[j, i] = True
    return out


def test_disjoint_sets_match_the_old_loop() -> None:
    rng = random.Random(12)
    for _ in range(20):
        sets = [set(rng.sample("abcdefg", rng.randint(0, 3))) for _ in range(rng.randint(0, 30))]
        assert np.array_equal(_disjoint(sets), _old_disjoint(sets))


def _old_event_day(units: list[UnitProfile]) -> np.ndarray:
    """``event_day`` before session 26: the loop over every pair (with session 30's
    act-day condition)."""
    found, article = [u.dated for u in units], [u.article_id for u in units]
    n = len(found)
    out = np.zeros((n, n), dtype=bool)
    per_article = Counter((a, w) for a, f in zip(article, found, strict=True) for w in f.nouns)
    keep = [{w for w in f.dated if per_article[(a, w)] <= RARE} if f.days else set()
            for a, f in zip(article, found, strict=True)]  # fmt: skip
    for i in range(n):
        for j in range(i + 1, n):
            # a shared day that dates an act in one of the two (session 30)
            acted = found[i].acts & found[j].days or found[j].acts & found[i].days
            if article[i] != article[j] and keep[i] & keep[j] and acted:
                out[i, j] = out[j, i] = True
    if not out.any():
        return out
    stop = (_old_disjoint([u.people for u in units]) | _old_disjoint([u.entities for u in units])
            | _old_disjoint([u.specific for u in units]))  # fmt: skip
    flag = np.array([u.denied for u in units], dtype=bool)
    return out & ~(stop | (flag[:, None] != flag[None, :]))


def _event_day(units: list[UnitProfile]) -> np.ndarray:
    return event_day([u.dated for u in units], [u.article_id for u in units],
                     [u.people for u in units], [u.entities for u in units],
                     [u.specific for u in units], [u.denied for u in units])  # fmt: skip


def test_event_day_matches_the_old_loop(seeds) -> None:
    _, profiles = seeds
    assert np.array_equal(_event_day(profiles), _old_event_day(profiles))
    # the seeds' two reports, each sentence also read as a third outlet's: pairs that
    # share a dated noun and a day across articles exist, so the rule's path is taken
    twice = profiles + [dataclasses.replace(u, article_id="third") for u in profiles]
    old = _old_event_day(twice)
    assert old.any()
    assert np.array_equal(_event_day(twice), old)


def test_acronyms_of_a_name_and_of_its_of_form() -> None:
    assert _acronyms("food drug administration") >= {"fda"}
    assert _acronyms("fbi") == frozenset()  # one word: no acronym of it
