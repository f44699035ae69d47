"""Session 32's exact savings in compare (i12-cost10). The fact units' pool is scored
with the same-fact model's links off, so its link features (``pairs.LINK_FEATURES``)
are no longer computed for it: every other feature, and the pool's probabilities, must
be what they were with them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import newsprism.compare.units as units_module
from newsprism.compare.pairs import FEATURES, LINK_FEATURES, claim_profiles, pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.compare.units import KINDS, unit_pool
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import parse_texts
from newsprism.pipeline import clean_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def seeds() -> dict:
    """The seed pair parsed, its claims, profiles, vectors and linked mentions."""
    articles, failures = clean_paths(sorted(EXAMPLES.glob("*.txt")))
    assert len(articles) == 2 and not failures
    parsed = parse_texts([a.text for a in articles], [a.language for a in articles])
    docs = {a.id: doc for a, doc in zip(articles, parsed, strict=True)}
    entities = link_entities({aid: find_mentions(doc, aid) for aid, doc in docs.items()},
                             {a.id: a.text for a in articles})
    claims = [c for aid, doc in docs.items()
              for c in extract_claims(doc, aid, entities.mentions)]  # fmt: skip
    profiles = claim_profiles(docs, claims, mentions=entities.mentions)
    vectors = get_embedder().encode([c.text for c in claims])
    return {"docs": docs, "claims": claims, "profiles": profiles, "vectors": vectors,
            "mentions": entities.mentions}  # fmt: skip


def test_without_links_every_other_feature_is_the_same(seeds: dict) -> None:
    whole = pair_features(seeds["profiles"], seeds["vectors"])
    lean = pair_features(seeds["profiles"], seeds["vectors"], links=False)
    assert set(whole) == set(FEATURES)
    assert set(lean) == set(FEATURES) - LINK_FEATURES
    for name, matrix in lean.items():
        assert matrix.dtype == whole[name].dtype == np.float32
        assert np.array_equal(matrix, whole[name]), name
    # the link features are not all empty on the seeds: leaving them out leaves out work
    assert any(whole[name].any() for name in LINK_FEATURES)


def test_without_links_an_empty_pool_has_no_link_names() -> None:
    assert set(pair_features([], np.zeros((0, 3)), links=False)) == set(FEATURES) - LINK_FEATURES
    assert set(pair_features([], np.zeros((0, 3)))) == set(FEATURES)


def test_the_unit_pool_scores_as_with_the_link_features(seeds: dict,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    model = load_same_fact_model()
    claims, profiles, vectors = seeds["claims"], seeds["profiles"], seeds["vectors"]
    tokens = [list(seeds["docs"][c.article_id].char_span(c.start, c.end,
                                                         alignment_mode="expand") or [])
              for c in claims]  # fmt: skip
    raw = model.raw_probabilities(pair_features(profiles, vectors))
    encode = get_embedder().encode

    def pool() -> np.ndarray:
        return unit_pool(claims, tokens, profiles, vectors, raw, encode, model,
                         mentions=seeds["mentions"], kinds=KINDS).probability

    asked: list[bool] = []

    def spy(*args: object, links: bool = True, **kwargs: object) -> dict:
        asked.append(links)
        return pair_features(*args, links=links, **kwargs)

    monkeypatch.setattr(units_module, "pair_features", spy)
    lean = pool()
    assert asked == [False]  # the shipped model's terms and vetoes read no link feature
    monkeypatch.setattr(units_module, "pair_features",
                        lambda *args, **kwargs: pair_features(*args, **(kwargs | {"links": True})))
    whole = pool()
    assert lean.shape[0] > len({i for i in range(len(claims)) if raw[i].any()}) > 0
    assert np.array_equal(lean, whole)


def test_a_model_that_vetoes_on_a_link_feature_gets_it(seeds: dict,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    model = load_same_fact_model()
    vetoing = replace(model, vetoes=(*model.vetoes, "shared_passage"))
    assert vetoing.uses("shared_passage") and not vetoing.reads("shared_passage")
    assert not replace(model, links=()).uses("shared_passage")
    assert model.uses("shared_passage")  # a link of the shipped model
    assert model.uses("cosine") and not model.uses("no_such_feature")
    asked: list[bool] = []

    def spy(*args: object, links: bool = True, **kwargs: object) -> dict:
        asked.append(links)
        return pair_features(*args, links=links, **kwargs)

    monkeypatch.setattr(units_module, "pair_features", spy)
    claims, profiles, vectors = seeds["claims"], seeds["profiles"], seeds["vectors"]
    tokens = [list(seeds["docs"][c.article_id].char_span(c.start, c.end,
                                                         alignment_mode="expand") or [])
              for c in claims]  # fmt: skip
    raw = model.raw_probabilities(pair_features(profiles, vectors))
    unit_pool(claims, tokens, profiles, vectors, raw, get_embedder().encode, vetoing,
              mentions=seeds["mentions"], kinds=KINDS)
    assert asked == [True]
