"""The same-fact decision on real sentences, one test per defect the issue reported:
chained facts, a prospect shown as the event, and a tally left unique. Each runs the
real pipeline (spaCy, entity linking, the packaged embedder and same-fact model)."""

from __future__ import annotations

import importlib.resources
import json

import numpy as np
import pytest

from newsprism.compare.pairs import MINILM_COSINE, pair_features, profile
from newsprism.compare.same_fact import MODEL_ENV, MODEL_FILE, load_same_fact_model
from newsprism.compare.story import analyze_story
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.nlp import load_nlp
from newsprism.pipeline import clean_paths
from tests.compare.conflict_helpers import text_article
from tests.compare.profile_helpers import first_claim_profiles
from tests.conftest import SEED_000, SEED_003

SENATE_A = (
    "The Senate passed the annual defense policy bill on Thursday, sending it to the "
    "president's desk. The final tally was 97-1. Senator Rand Paul of Kentucky cast the "
    "only vote against the measure, citing the cost of overseas operations. The bill "
    "authorizes $740 billion in military spending and includes a pay raise for troops. "
    "The White House has threatened to veto the bill over a provision renaming military bases."
)
SENATE_B = (
    "The Senate on Thursday approved the defense policy bill in a 97-1 vote, a veto-proof "
    "margin. The president has said he would veto the measure unless Congress repeals a "
    "legal shield for social media companies. Lawmakers in both parties have said they "
    "have the votes to override a veto. The House passed its version of the bill last week."
)
HOUSE_A = (
    "The House voted on Wednesday to approve the stopgap spending bill, sending it to the "
    "Senate. The measure would keep the government open through mid-December. Speaker "
    "Nancy Pelosi said the bill protects critical programs for families. Republicans "
    "objected to the exclusion of farm aid from an earlier draft."
)
HOUSE_B = (
    "Debate on the stopgap spending bill is expected to begin in the Senate on Wednesday, "
    "aides said. The measure would fund the government through Dec. 11. Senate Majority "
    "Leader Mitch McConnell said he expected it to pass with bipartisan support. A "
    "shutdown would begin at midnight on Wednesday without it."
)


def _shared(facts) -> list[list[str]]:
    return [[c.text for c in f.claims] for f in facts if f.status != "unique"]


def _together(facts, *words: str) -> bool:
    """Whether one shared fact holds a sentence with each of ``words``."""
    return any(all(any(w in text for text in group) for w in words) for group in _shared(facts))


def test_a_tally_stated_two_ways_is_one_fact() -> None:
    facts = analyze_story([text_article("a", SENATE_A), text_article("b", SENATE_B)]).facts
    assert _together(facts, "The final tally was 97-1.", "in a 97-1 vote"), _shared(facts)


def test_a_prospect_is_not_the_event() -> None:
    facts = analyze_story([text_article("a", HOUSE_A), text_article("b", HOUSE_B)]).facts
    assert not _together(facts, "The House voted on Wednesday", "expected to begin"), (
        _shared(facts))  # fmt: skip


@pytest.fixture(scope="module")
def seed_facts():
    articles, failures = clean_paths([SEED_000, SEED_003])
    assert not failures
    return analyze_story(articles).facts


def test_facts_do_not_chain_through_a_sentence_of_two_statements(seed_facts) -> None:
    # Al Mayadeen: "After … Netanyahu canceled an Israeli delegation's trip …, Blinken
    # stressed US opposition …" holds two statements; Al Jazeera states each in its own
    # sentence. Neither the warning and the delegation, nor "agreed to send" and
    # "canceled", are one fact.
    delegation_sentence = "agreed to send a delegation"
    assert not _together(seed_facts, "warned Israeli Defense Minister", delegation_sentence)
    assert not _together(seed_facts, delegation_sentence, "canceled an Israeli delegation")
    (delegation,) = [f for f in seed_facts
                     if any("agreed to send a delegation" in c.text for c in f.claims)]  # fmt: skip
    assert delegation.status in ("unique", "possibly_shared")  # never shared



PASSAGE_A = ("Asked about the budget, she said the state would cut taxes on working families "
             "this year and next.")  # fmt: skip
PASSAGE_B = ("“We will cut taxes on working families this year and next,” the governor told "
             "the Arizona Republic in an interview that aired over the weekend.")  # fmt: skip
NO_PASSAGE = ("The governor told the Arizona Republic that families and taxes were her "
              "work this year.")  # fmt: skip


def test_a_passage_both_outlets_print_word_for_word_is_a_link() -> None:
    nlp = load_nlp()
    units = []
    for k, text in enumerate((PASSAGE_A, PASSAGE_B, NO_PASSAGE)):
        doc = nlp(text)
        claim = extract_claims(doc, f"a{k}", [])[0]
        units.append(profile(doc.char_span(claim.start, claim.end, alignment_mode="expand"),
                             claim))  # fmt: skip
    features = pair_features(units, np.zeros((3, 8), dtype=np.float32))
    assert features["shared_passage"][0, 1] and not features["shared_passage"][1, 2]
    model = load_same_fact_model()
    probability = model.probabilities(features)
    # no embedding closeness at all here: the eight words in a row alone make the link
    assert probability[0, 1] >= model.threshold > probability[1, 2]


@pytest.fixture
def feature_calls(monkeypatch) -> dict[str, list]:
    """Records (passing every call through to the real code) the embedders ``compare``
    asks for and the feature names of every same-fact scoring of sentences and units."""
    from newsprism.compare import align, story, units

    calls: dict[str, list] = {"embedders": [], "features": []}

    def embedder(name: str):
        calls["embedders"].append(name)
        return get_embedder(name)

    def features(*args, **kwargs):
        found = pair_features(*args, **kwargs)
        calls["features"].append(set(found))
        return found

    monkeypatch.setattr(story, "get_embedder", embedder)
    monkeypatch.setattr(align, "pair_features", features)
    monkeypatch.setattr(units, "pair_features", features)
    return calls


def test_the_minilm_cosine_is_computed_only_for_a_model_that_reads_it(
        feature_calls, monkeypatch, tmp_path) -> None:  # fmt: skip
    """The shipped model has no ``minilm_cosine`` term: no such feature in its pairs.
    A model file with the term (weight 0, so its decisions are the shipped model's) gets
    it for every sentence pair and every unit pair, and the same facts."""
    articles = [text_article("a", SENATE_A), text_article("b", SENATE_B)]
    shipped = analyze_story(articles).facts
    # (the omission check may still embed with MiniLM, lazily: compare/stated.py, session
    # 25; the same-fact scoring below must not read it)
    assert feature_calls["features"] and all(
        MINILM_COSINE not in names for names in feature_calls["features"])
    data = json.loads(importlib.resources.files("newsprism").joinpath(*MODEL_FILE).read_text())
    data["terms"].append(MINILM_COSINE)
    data["weights"].append(0.0)
    candidate = tmp_path / "same-fact.json"
    candidate.write_text(json.dumps(data), "utf-8")
    monkeypatch.setenv(MODEL_ENV, str(candidate))
    load_same_fact_model.cache_clear()
    feature_calls["features"].clear()
    try:
        assert load_same_fact_model().reads(MINILM_COSINE)
        with_term = analyze_story(articles).facts
    finally:
        monkeypatch.delenv(MODEL_ENV)
        load_same_fact_model.cache_clear()
    assert "minilm-onnx" in feature_calls["embedders"]
    assert len(feature_calls["features"]) == 2  # the sentences, then the units
    assert all(MINILM_COSINE in names for names in feature_calls["features"])
    assert _shared(with_term) == _shared(shipped)


def test_a_quoted_denial_and_its_unmarked_print_are_no_denial_and_statement() -> None:
    # BASIL 65cb14cb (2012): one outlet prints Santorum's words as the end of a quotation,
    # the other without marks. The quoted "not" counts as a negation, so the pair is no
    # denial against a plain statement; a sentence with no negation still clashes.
    quoted, unmarked, plain = first_claim_profiles(
        "Oh, not a theology based on the Bible, a different theology,” he said.",
        "Oh, not a theology based on the Bible.",
        "A theology based on the Bible, he said.")
    features = pair_features([quoted, unmarked, plain], np.zeros((3, 8), dtype=np.float32))
    assert unmarked.denied and not quoted.negated  # the quoted "not" is not the outlet's
    assert features["denial_clash"][0, 1] == 0
    assert features["denial_clash"][1, 2] == 1


def test_a_curly_will_is_a_prospect_as_a_straight_one_is() -> None:
    # BASIL 3db93526 (2011): the parser lemmatises "I’ll" (curly) as "’ll", "I'll" as "will"
    curly, straight, done = first_claim_profiles(
        "“As president, I’ll end Obama’s war on religion,” Mr. Perry also says in the ad.",
        "As President, I'll end Obama's war on religion.",
        "As president, Perry ended the war on religion.")
    assert curly.mood == straight.mood == "prospect" and done.mood == "event"
    features = pair_features([curly, straight, done], np.zeros((3, 8), dtype=np.float32))
    assert features["mood_mismatch"][0, 1] == 0
    assert features["mood_mismatch"][0, 2] == 1
