"""Session 29's exact savings in compare (i12-cost6): the label rows' key positions and
term characters built once per article (``labels.term_choices``), and ``pair_features``
dropping each source matrix as it converts it. The answers must be those of the code
they replace: each cell counted afresh, every feature float32 and the caller's TF-IDF
left as it was; and ``story.omissions`` reading each fact's own tests once, as the
per-(article, fact) loop did."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from newsprism.compare.labels import (
    _count_forms,
    _key_positions,
    _neutral_forms,
    _term_chars,
    _token_keys,
    term_choices,
)
from newsprism.compare.pairs import FEATURES, claim_profiles, pair_features
from newsprism.compare.story import PARTLY, analyze_story, omissions
from newsprism.compare.tfidf import tfidf_cosine
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.framing import frame_doc, load_lexicon
from newsprism.extract.framing.quoting import QuoteIndex, quotations
from newsprism.extract.nlp import parse_texts
from newsprism.pipeline import clean_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _seeds() -> tuple[list, dict]:
    articles, failures = clean_paths(sorted(EXAMPLES.glob("*.txt")))
    assert len(articles) == 2 and not failures
    parsed = parse_texts([a.text for a in articles], [a.language for a in articles])
    return articles, {a.id: doc for a, doc in zip(articles, parsed, strict=True)}


def test_term_rows_count_as_each_cell_afresh() -> None:
    articles, docs = _seeds()
    framing = {a.id: frame_doc(docs[a.id]).as_dict() for a in articles}
    rows = term_choices(articles, docs, framing)
    assert rows, "the seeds use lexicon terms"
    entries = {e.term: e for e in load_lexicon().terms}
    for row in rows:
        forms = _neutral_forms(entries[row["term"]].neutral)
        for article in articles:
            doc, frame = docs[article.id], framing[article.id]
            in_quote: Counter[str] = Counter()
            fresh = _count_forms(doc, forms, None, _term_chars(frame),
                                 QuoteIndex(quotations(article.text)), in_quote)
            cell = row["outlets"][article.id]
            assert cell["neutral_forms"] == dict(fresh)
            assert cell["neutral_quoted"] == dict(in_quote)


def test_shared_key_positions_are_read_not_changed() -> None:
    _, docs = _seeds()
    forms = [f for e in load_lexicon().terms for f in _neutral_forms(e.neutral)]
    forms += [("the",), ("israeli", "security"), ("no", "such", "words")]
    for doc in docs.values():
        keys = _token_keys(doc)
        at = _key_positions(keys)
        before = {k: list(v) for k, v in at.items()}
        for form in forms:  # one form at a time, as the term rows ask, on the same table
            assert _count_forms(doc, [form], keys, at=at) == _count_forms(doc, [form])
        assert {k: list(v) for k, v in at.items()} == before
        assert sum(_count_forms(doc, forms, keys, at=at).values()) > 10


def test_pair_features_float32_and_the_callers_tfidf_untouched() -> None:
    _, docs = _seeds()
    claims = [c for aid, doc in docs.items() for c in extract_claims(doc, aid, [])]
    profiles = claim_profiles(docs, claims)
    vectors = get_embedder().encode([c.text for c in claims])
    tfidf = tfidf_cosine([p.words for p in profiles])
    kept = tfidf.copy()
    given = pair_features(profiles, vectors, tfidf=tfidf)
    computed = pair_features(profiles, vectors)
    assert list(given) == list(FEATURES) == list(computed)
    for name in FEATURES:
        assert given[name].dtype == np.float32 and given[name].shape == (len(claims),) * 2
        assert np.array_equal(given[name], computed[name]), name
    assert given["tfidf"] is not tfidf and np.array_equal(tfidf, kept)


def _omissions_per_pair(articles, facts, states=None) -> dict:
    """``story.omissions`` as it read before session 29: every test asked per (article, fact)."""
    result = {}
    need = 1 if len(articles) == 2 else 2
    counts = Counter(c.id for fact in facts if not fact.partly_shared_in for c in fact.claims)
    for article in articles:
        missing = []
        for fact in facts:
            if article.id in fact.article_ids or len(fact.article_ids) < need:
                continue
            if all(counts[c.id] > 1 for c in fact.claims):
                continue
            if any(n["article_id"] == article.id for n in fact.near):
                continue
            if states is not None and states(article.id, fact):
                continue
            part = fact.shared_parts.get(fact.claims[0].id) if fact.status == PARTLY else None
            missing.append({"claim_id": fact.id, "status": fact.status,
                            "article_ids": fact.article_ids, "text": fact.claims[0].text,
                            **({"partly_shared_in": fact.partly_shared_refs()}
                               if fact.partly_shared_in else {}),
                            **({"shared_part": part} if part else {})})  # fmt: skip
        result[article.id] = missing
    return result


def test_omissions_as_asked_per_article_and_fact() -> None:
    articles, _ = clean_paths(sorted(EXAMPLES.glob("*.txt")))
    analysis = analyze_story(articles)
    facts = analysis.facts
    assert any(f.near for f in facts) and len(facts) > 15
    odd = {f.id for f in facts[::2]}  # a rule that says yes to some facts and no to others
    for states in (None, lambda aid, fact: fact.id in odd):
        fresh = omissions(articles, facts, states)
        assert fresh == _omissions_per_pair(articles, facts, states)
    assert any(omissions(articles, facts).values())
    # three articles: a fact needs two of them (the seeds and the first seed again, renamed)
    third = replace(articles[0], id=articles[0].id + "-again")
    assert omissions([*articles, third], facts) == _omissions_per_pair([*articles, third], facts)
