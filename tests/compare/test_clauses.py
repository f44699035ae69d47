"""Clauses for alignment: a sentence that states two facts is cut on its parse, and the
best clause pair of two sentences carries the fact they share (real spaCy parse)."""

from __future__ import annotations

import numpy as np

from newsprism.compare.clauses import clause_features, sentence_clauses
from newsprism.compare.pairs import UnitProfile, inverse_document_frequencies, profile
from newsprism.extract.claims import extract_claims
from newsprism.extract.nlp import load_nlp

TWO_FACTS = ("Michael Steele, chairman of the Republican National Committee, drew fierce "
             "criticism on Friday after declaring that the war in Afghanistan was of "
             "Obama's choosing.")  # fmt: skip
LABEL_ONLY = "Steele is the chairman of the Republican National Committee, the party said."
OTHER = "The senators met on Tuesday to discuss the farm bill and the budget."


def _profiles(texts: list[str]) -> list[UnitProfile]:
    nlp = load_nlp()
    units = []
    for k, text in enumerate(texts):
        doc = nlp(text)
        claim = extract_claims(doc, f"a{k}", [])[0]
        units.append(profile(doc.char_span(claim.start, claim.end, alignment_mode="expand"),
                             claim))  # fmt: skip
    return units


def test_an_apposition_keeps_the_person_it_describes() -> None:
    doc = load_nlp()(TWO_FACTS)
    lemma_sets = [c.lemmas for c in sentence_clauses(list(doc))]
    assert {"steele", "chairman", "committee"} <= next(s for s in lemma_sets if "chairman" in s)
    # the main clause and the complement clause are apart from the label
    assert any("criticism" in s and "chairman" not in s for s in lemma_sets)
    assert any("afghanistan" in s and "criticism" not in s for s in lemma_sets)


def test_a_one_clause_sentence_has_no_clauses() -> None:
    assert sentence_clauses(list(load_nlp()("The senators met on Tuesday."))) == []


def test_the_best_clause_pair_beats_the_whole_sentences() -> None:
    units = _profiles([TWO_FACTS, LABEL_ONLY, OTHER])
    idf = inverse_document_frequencies([u.words for u in units])
    features = clause_features(units, idf)
    assert features["clause_overlap"].shape == (3, 3)
    # the label clause matches the label sentence far better than the other sentence
    assert features["clause_overlap"][0, 1] >= 0.6
    assert features["clause_overlap"][0, 1] > 2 * features["clause_overlap"][0, 2]
    assert features["clause_tfidf"][0, 1] > features["clause_tfidf"][0, 2]
    assert np.allclose(features["clause_tfidf"], features["clause_tfidf"].T)
