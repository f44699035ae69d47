"""Session 32's exact savings in compare (i12-cost10). The fact units' pool is scored
with the same-fact model's links off, so its link features (``pairs.LINK_FEATURES``)
are no longer computed for it: every other feature, and the pool's probabilities, must
be what they were with them. ``tfidf.shared_counts`` counts what every two sets share
with a dense product when that is small: the counts must be the sparse product's. The
pool keeps its yes/no features boolean: the model must read them as their float32
copies. ``stated.stating`` finds each article's rows once: every answer as the scan's.
The entity linker looks people up by surname in an index that grows with the people.
A sentence's profile asks each verb once whether it is negated."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import newsprism.compare.units as units_module
from newsprism.compare import negation
from newsprism.compare.align import AlignedClaim
from newsprism.compare.pairs import (
    FEATURES,
    LINK_FEATURES,
    claim_profiles,
    pair_features,
    profile,
)
from newsprism.compare.same_fact import load_same_fact_model, term_values
from newsprism.compare.stated import OMISSION_BAR, _closeness, rare_quoted_runs, stating
from newsprism.compare.tfidf import DENSE_PRODUCT, incidence, shared_counts
from newsprism.compare.units import KINDS, unit_pool
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import (
    _new_person,
    _Person,
    _surname_index,
    find_mentions,
    link_entities,
)
from newsprism.extract.nlp import parse_texts
from newsprism.models import Claim
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
    asked.clear()
    monkeypatch.setattr(units_module, "pair_features", lambda *args, **kwargs: pair_features(
        *args, **(kwargs | {"links": True, "flags": False})))  # as before session 32
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


def _sparse_counts(sets: list[set]) -> np.ndarray:
    """The sparse product every caller of ``shared_counts`` made before session 32."""
    matrix = incidence(sets)
    return (matrix @ matrix.T).toarray()


@pytest.mark.parametrize(("n", "width", "most"), [(0, 3, 1), (1, 4, 2), (40, 150, 9),
                                                  (300, 5, 2), (600, 400, 12)])
def test_shared_counts_dense_or_sparse_give_the_sparse_products_counts(
        n: int, width: int, most: int) -> None:
    rng = np.random.default_rng(n + width)
    items = [f"w{k}" for k in range(width)]
    sets = [set(rng.choice(items, size=int(rng.integers(0, most + 1)), replace=False))
            for _ in range(n)]  # fmt: skip
    dense = n * n * width <= DENSE_PRODUCT
    assert dense == (n in (0, 1, 40, 300))  # both paths are asked
    counts = shared_counts(sets)
    expected = _sparse_counts(sets)
    assert counts.dtype == expected.dtype == np.float32
    assert counts.shape == (n, n)
    assert np.array_equal(counts, expected)
    for i in range(min(n, 30)):  # and as a count of each pair's common items
        for j in range(min(n, 30)):
            assert counts[i, j] == len(sets[i] & sets[j])


def test_shared_counts_of_empty_sets_share_nothing() -> None:
    counts = shared_counts([set(), {"a"}, set()])
    assert counts.tolist() == [[0, 0, 0], [0, 1, 0], [0, 0, 0]]


def test_flags_stay_boolean_and_the_model_reads_them_as_their_float32_copies(seeds: dict
                                                                            ) -> None:
    model = load_same_fact_model()
    plain = pair_features(seeds["profiles"], seeds["vectors"])
    flags = pair_features(seeds["profiles"], seeds["vectors"], flags=True)
    booleans = [name for name, matrix in flags.items() if matrix.dtype == bool]
    assert len(booleans) >= 10  # the memory the flags save
    for name, matrix in flags.items():
        assert matrix.dtype in (np.float32, np.bool_)
        assert np.array_equal(matrix.astype(np.float32), plain[name]), name
    assert np.array_equal(model.raw_probabilities(flags), model.raw_probabilities(plain))
    assert np.array_equal(model.probabilities(flags), model.probabilities(plain))
    # a product term of two flags and one of a flag and a float read as before
    for term in ("negation_mismatch*tfidf", "number_disjoint*tfidf", "mood_mismatch"):
        assert np.array_equal(term_values(flags, term), term_values(plain, term)), term
        assert term_values(flags, term).dtype == np.float32


def _scanning_states(claims: list, probability: np.ndarray, encode: object) -> object:
    """``stated.stating`` as it was before session 32: each question scanned every claim
    for the article's rows."""
    row = {c.id: i for i, c in enumerate(claims)}
    article = np.array([c.article_id for c in claims])
    runs, close = rare_quoted_runs(claims), _closeness(claims, encode)

    def states(article_id: str, fact: AlignedClaim) -> bool:
        rows = [row[c.id] for c in fact.claims if c.id in row]
        own = np.flatnonzero(article == article_id)
        if (probability[np.ix_(rows, own)] >= OMISSION_BAR).any():
            return True
        quoted = set().union(*(runs[r] for r in rows)) if rows else set()
        return any(quoted & runs[k] for k in own) or close(rows, own)

    return states


def test_stating_reads_each_articles_rows_once_and_answers_as_the_scan() -> None:
    rng = np.random.default_rng(32)
    words = "harbour ferry council vote budget strike “we will not pay” tram".split()
    claims = [Claim(id=f"{a}:c{k}", article_id=a, sentence_index=k,
                    text=" ".join(rng.choice(words, size=5)) + ".")
              for a in "pqrs" for k in range(int(rng.integers(2, 6)))]  # fmt: skip
    n = len(claims)
    probability = rng.uniform(0.0, 0.6, size=(n, n)).astype(np.float32)

    def encode(texts: list[str]) -> np.ndarray:  # a vector per text, from its words
        return np.array([[t.count(w) + 0.1 for w in words] for t in texts], dtype=np.float32)

    facts = [AlignedClaim(id=f"F{k}", status="unique", claims=[claims[k]]) for k in range(n)]
    facts.append(AlignedClaim(id="G", status="shared", claims=[claims[0], claims[-1]]))
    new, old = stating(claims, probability, encode), _scanning_states(claims, probability, encode)
    answers = [(a, f.id, new(a, f)) for a in ("p", "q", "r", "s", "t") for f in facts]
    assert answers == [(a, f.id, old(a, f)) for a in ("p", "q", "r", "s", "t") for f in facts]
    assert {ok for *_, ok in answers} == {True, False}  # both answers asked
    assert not any(ok for a, _, ok in answers if a == "t")  # an article with no sentence


def test_the_surname_index_finds_the_people_a_scan_finds_as_people_are_added() -> None:
    people: list[_Person] = []
    reads: list[str] = []

    def surname(person: _Person) -> str:
        reads.append(person.surname)
        return person.surname

    named = _surname_index(people, surname)
    assert named("okafor") == []

    def add(full: str) -> _Person:
        person = _new_person(people)
        person.full[full] += 1
        return person

    first = add("Ada Okafor")
    add("Bram Lindqvist")
    assert named("okafor") == [p for p in people if p.surname == "okafor"] == [first]
    second = add("Chidi Okafor")  # added after the first look: indexed at the next
    assert named("okafor") == [first, second]
    assert named("lindqvist") == [people[1]]
    assert named("nobody") == []
    assert len(reads) == 3  # each person's surname read once


def test_a_profile_asks_each_verb_once_whether_it_is_negated(
        seeds: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[tuple[int, int]] = Counter()
    real = negation.is_negated

    def counting(verb: object) -> bool:
        asked[(id(verb.doc), verb.i)] += 1  # type: ignore[attr-defined]
        return real(verb)

    monkeypatch.setattr(negation, "is_negated", counting)
    docs, claims = seeds["docs"], seeds["claims"]
    again = claim_profiles(docs, claims, mentions=seeds["mentions"])
    assert asked and max(asked.values()) == 1
    for new, old in zip(again, seeds["profiles"], strict=True):
        assert (new.negated_objects, new.stated) == (old.negated_objects, old.stated)
    assert any(p.negated_objects for p in again)  # the seeds negate something


@pytest.mark.parametrize(("text", "negated", "stated_has", "stated_lacks"), [
    ("The mayor did not sign the ferry contract.", {"contract", "ferry"}, set(),
     {"contract"}),
    ("The council canceled the tram order on Monday.", {"order", "tram"}, {"council"},
     {"order"}),
    ("The council approved the tram order on Monday.", set(), {"order", "council"}, set()),
])
def test_negated_objects_and_stated_lemmas_of_plain_sentences(
        text: str, negated: set[str], stated_has: set[str], stated_lacks: set[str]) -> None:
    doc = parse_texts([text], [None])[0]
    claim = Claim(id="x:c0", article_id="x", sentence_index=0, text=text, start=0,
                  end=len(text))
    found = profile(doc[:], claim)
    assert negated <= found.negated_objects
    assert stated_has <= found.stated and not stated_lacks & found.stated
