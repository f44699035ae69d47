"""Session 26, issue 12: compare's cost cut with its output unchanged.

Each saving computes what it computed before, less often or in one array step: these
tests hold each to the old way (the old loop, written out here, or the full
computation) on real sentences and the real MiniLM, and check that the step does the
smaller work (docs/benchmarks.md, "Session 26: compare's cost").
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from newsprism.compare import unique
from newsprism.compare.align import AlignedClaim
from newsprism.compare.event_day import RARE, _disjoint, event_day
from newsprism.compare.pairs import UnitProfile, claim_profiles, pair_features
from newsprism.compare.stated import OMISSION_BAR, close_in_meaning, stating
from newsprism.compare.story import MINILM_EMBEDDER, omissions
from newsprism.compare.tfidf import tfidf_cosine
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import _acronyms, find_mentions, link_entities
from newsprism.extract.nlp import parse_texts
from newsprism.models import Claim
from newsprism.pipeline import clean_paths
from tests.compare.conflict_helpers import text_article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# BASIL triplet 65cb14cb (Santorum's "phony theology"), as the session-25 tests read it
SENTENCES = {
    "a": ["Santorum said he never questioned the president's faith and repeatedly said he "
          "believes Obama is a Christian.",
          "Santorum spoke on CBS's Face the Nation on Sunday."],
    "b": ["\"I've repeatedly said I don't question the president's faith,\" Santorum told "
          "host Bob Schieffer.",
          "Santorum spoke on CBS on Sunday about the economy and gas prices."],
    "c": ["Rick Santorum on Sunday tried to clarify his comment that President Obama "
          "subscribed to a \"phony theology,\" saying he was referring not to the "
          "president's faith but to his view of man's relationship to the world.",
          "Mr. Santorum made the remarks on Saturday at a rally in Columbus, where he "
          "criticized the administration's energy policy."],
}  # fmt: skip


def _claims() -> list[Claim]:
    return [Claim(id=f"{a}:c{k}", article_id=a, sentence_index=k, text=t)
            for a, texts in SENTENCES.items() for k, t in enumerate(texts)]  # fmt: skip


class _Counting:
    """The real MiniLM encoder, recording each text it is asked to embed."""

    def __init__(self) -> None:
        self.model = get_embedder(MINILM_EMBEDDER)
        self.texts: list[str] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.texts += texts
        return self.model.encode(texts)


def test_the_omission_check_embeds_only_the_pairs_it_tests_and_each_claim_once() -> None:
    claims = _claims()
    articles = [text_article(a, " ".join(t)) for a, t in SENTENCES.items()]
    # one fact of a and b (first sentences), one unique fact of c's second sentence
    facts = [AlignedClaim(id="F1", status="shared", claims=[claims[0], claims[2]]),
             AlignedClaim(id="F2", status="unique", claims=[claims[5]])]  # fmt: skip
    encode = _Counting()
    states = stating(claims, np.full((6, 6), OMISSION_BAR / 2), encode)
    missing = omissions(articles, facts, states)
    # c's first sentence tells F1 in other words (cosine >= 0.70): not an omission of c
    assert missing["c"] == []
    # only F1's claims and c's own were embedded, each once; b's second never
    assert sorted(encode.texts) == sorted({claims[k].text for k in (0, 2, 4, 5)})
    # the same answer as the cosine of every pair (close_in_meaning, the old way)
    full = close_in_meaning(claims, get_embedder(MINILM_EMBEDDER).encode([c.text for c in claims]))
    assert bool(full[np.ix_([0, 2], [4, 5])].any()) == states("c", facts[0])


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
    common, touch = unique._in_common(lemmas, names)
    for i in range(40):
        for j in range(40):
            assert common[i, j] == len(lemmas[i] & lemmas[j])
            assert touch[i, j] == bool(lemmas[i] & lemmas[j] or names[i] & names[j])


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
    """``event_day`` before session 26: the loop over every pair."""
    found, article = [u.dated for u in units], [u.article_id for u in units]
    n = len(found)
    out = np.zeros((n, n), dtype=bool)
    per_article = Counter((a, w) for a, f in zip(article, found, strict=True) for w in f.nouns)
    keep = [{w for w in f.dated if per_article[(a, w)] <= RARE} if f.days else set()
            for a, f in zip(article, found, strict=True)]  # fmt: skip
    for i in range(n):
        for j in range(i + 1, n):
            if article[i] != article[j] and keep[i] & keep[j] and found[i].days & found[j].days:
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
