"""Reads of the parse done once (session 27, i12-cost3): a Doc's entities built once and
a sentence's picked from them as spaCy's ``Span.ents`` picks them; ``word_runs`` of no
content bar; ``shared_quote`` counting only the runs some sentence quotes. Real parses
and the real feature; each is checked against the spaCy or per-item reading it replaces."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare.shared_quote import FUNCTION_WORDS, RUN, shared_quote, word_runs
from newsprism.extract.nlp import doc_ents, doc_text, load_nlp, span_ents

TEXT = ("President Joe Biden met Israeli Prime Minister Benjamin Netanyahu in Tel Aviv on "
        "Wednesday. The White House said on Oct. 18 that Washington would send $100 million "
        "to Gaza and the West Bank. “We will not stand by,” Biden told reporters in Israel.")


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def test_doc_ents_are_the_docs_and_built_once(doc) -> None:
    ents = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [
        (e.start, e.end, e.label_) for e in doc.ents]
    assert len(ents) >= 6
    assert doc_ents(doc) is ents  # cached on the Doc


def test_span_ents_match_spacy_on_every_span(doc) -> None:
    # every span of the text, sentences and cuts through entities alike
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert [(e.start, e.end) for e in span_ents(span)] == [
                (e.start, e.end) for e in span.ents], (start, end)


def test_span_ents_of_a_sentence(doc) -> None:
    first = next(iter(doc.sents))
    assert "Joe Biden" in [e.text for e in span_ents(first)]
    assert doc_text(doc) == doc.text


def _runs_by_rule(words: list[str], content: int) -> set[tuple[str, ...]]:
    return {tuple(words[k:k + RUN]) for k in range(len(words) - RUN + 1)
            if sum(w not in FUNCTION_WORDS for w in words[k:k + RUN]) >= content}


@pytest.mark.parametrize("content", [0, 1, 2])
def test_word_runs_keep_the_rule(content: int) -> None:
    words = "the court said that it will not hear the case of the man".split()
    assert word_runs(words, content) == _runs_by_rule(words, content)
    assert word_runs(words[:2], content) == set()


def _shared_quote_by_rule(texts, words, article) -> np.ndarray:
    """``shared_quote`` as it was: every run of every sentence counted."""
    from collections import Counter

    from newsprism.compare.shared_quote import quoted_runs, speakers_agree, straight
    from newsprism.compare.tfidf import incidence
    printed = Counter((a, run) for a, ws in zip(article, words, strict=True)
                      for run in _runs_by_rule([straight(w) for w in ws], 0))
    rare = [{run for run in quoted_runs(t) if printed[(a, run)] <= 1}
            for t, a in zip(texts, article, strict=True)]
    if not any(rare):
        return np.zeros((len(texts), len(texts)), dtype=bool)
    matrix = incidence(rare)
    ids = np.array(article)
    both = ((matrix @ matrix.T).toarray() > 0) & (ids[:, None] != ids[None, :])
    empty = [set()] * len(texts)
    return both & speakers_agree(empty, empty, empty)


def test_shared_quote_counts_only_quoted_runs_to_the_same_matrix() -> None:
    import re

    texts = [
        "She called the plan “a bunch of dangerous malarkey” on Monday.",
        "The senator said the plan was “a bunch of dangerous malarkey.”",
        "Critics say a bunch of dangerous malarkey is what the plan is.",
        "Critics say a bunch of dangerous malarkey is what the plan is, again.",
        "He said “a bunch of dangerous malarkey” twice.",
        "Nobody quoted anything here at all.",
    ]
    article = ["a", "b", "c", "c", "c", "d"]
    words = [re.findall(r"[\w'’-]+", t.lower()) for t in texts]
    empty = [set()] * len(texts)
    got = shared_quote(texts, words, article, empty, empty, empty)
    assert got.tolist() == _shared_quote_by_rule(texts, words, article).tolist()
    assert got[0, 1] and got[1, 0]  # two outlets print the quoted run
    assert not got[0, 4]  # article c prints the run three times: not rare there
    unquoted = shared_quote(texts[2:4], words[2:4], article[2:4], empty[:2], empty[:2], empty[:2])
    assert not unquoted.any()


def test_shared_is_set_features_first_matrix() -> None:
    from newsprism.compare.pairs import _set_features, _shared

    sets = [{"a", "b"}, {"b", "c", "d"}, set(), {"a", "d"}, {"e"}]
    shared = _shared(sets)
    assert np.array_equal(shared, _set_features(sets)[0])
    assert shared[0, 1] == 1 and shared[1, 3] == 1 and shared[2].sum() == 0 and shared[1, 1] == 3


def test_term_values_and_logits_keep_every_bit() -> None:
    """The shipped model's terms read without the matrix of ones: the same float32 bits
    as ones × a (× b), on real-shaped features (fractions, flags, zeros)."""
    from newsprism.compare.same_fact import load_same_fact_model, term_values

    model = load_same_fact_model()
    rng = np.random.default_rng(27)
    names = {name for term in model.terms for name in term.split("*")}
    features = {name: rng.random((40, 40)).astype(np.float32) for name in names}
    for name in sorted(names)[::3]:
        features[name] = (features[name] > 0.7).astype(np.float32)

    def by_ones(term: str) -> np.ndarray:
        value = np.ones((40, 40), dtype=np.float32)
        for name in term.split("*"):
            value = value * features[name]
        return value

    assert any("*" in term for term in model.terms)
    for term in model.terms:
        got = term_values(features, term)
        assert got.dtype == np.float32
        assert np.array_equal(got.view(np.uint32), by_ones(term).view(np.uint32)), term
    total = np.full((40, 40), model.bias, dtype=np.float32)
    for term, weight in zip(model.terms, model.weights, strict=True):
        total += np.float32(weight) * by_ones(term)
    assert np.array_equal(model.logits(features).view(np.uint32), total.view(np.uint32))
    flags = {name: (value > 0.5) for name, value in features.items()}
    assert term_values(flags, model.terms[0]).dtype == np.float32  # a flag read as 0/1
