"""Session 28 (issue 14, recall, i14-recall3): a common noun of a sentence the MiniLM's
sentence head reads as loaded is flagged from a lower word threshold (``minilm-nouns``,
``extract/framing/loaded_nouns.py``); verbs and adjectives there keep the model's.

Real components throughout: the shipped MiniLM descriptions, spaCy's parse, the lexicon
pass and ``frame_doc``; the sentences are written for the test.
"""

from __future__ import annotations

from newsprism.extract.framing import frame_doc, lexicon_pass, load_lexicon
from newsprism.extract.framing.detector import (
    default_detector_path,
    load_detector,
    shipped_path,
)
from newsprism.extract.framing.loaded_nouns import loaded_nouns
from newsprism.extract.nlp import load_nlp

LOADED = "The senator's latest stunt drew jeers from a hostile crowd."
QUIET = "The committee met on Tuesday to discuss the budget and its timeline."
QUOTED = 'Critics called the plan a "scheme" and a reckless, partisan power grab.'


def test_the_rule_is_read_from_the_description_only() -> None:
    nouns, topics = load_detector("minilm-nouns"), load_detector("minilm-topics")
    assert default_detector_path() == shipped_path("minilm-topics")
    low, floor = nouns.meta["loaded_noun_threshold"], nouns.meta["loaded_noun_sentence"]
    assert low < nouns.threshold and floor >= nouns.sentence_threshold
    doc = load_nlp()(f"{LOADED} {QUIET}")
    topics.score_doc(doc)
    assert loaded_nouns(doc, topics, lexicon_pass(doc, load_lexicon())[1]) == (
        frozenset(), None)


def test_only_the_own_voice_nouns_of_a_loaded_sentence() -> None:
    nouns = load_detector("minilm-nouns")
    doc = load_nlp()(f"{LOADED} {QUIET} {QUOTED}")
    nouns.score_doc(doc)
    chosen, low = loaded_nouns(doc, nouns, lexicon_pass(doc, load_lexicon())[1])
    first, second, third = list(doc.sents)
    assert nouns.heads[second.text] < nouns.meta["loaded_noun_sentence"] <= nouns.heads[
        first.text]
    assert low == nouns.meta["loaded_noun_threshold"]
    assert {doc[i].text for i in chosen if doc[i].sent == first} == {
        "senator", "stunt", "jeers", "crowd"}
    assert not any(doc[i].sent == second for i in chosen)
    # the quoted "scheme" keeps the quote threshold; the adjectives are not nouns
    assert {doc[i].text for i in chosen if doc[i].sent == third} <= {"Critics", "plan",
                                                                     "power", "grab"}
    assert "scheme" not in {doc[i].text for i in chosen}


def test_a_noun_under_the_threshold_is_flagged_in_a_loaded_sentence() -> None:
    nouns, topics = load_detector("minilm-nouns"), load_detector("minilm-topics")
    doc = load_nlp()(f"{LOADED} {QUIET}")
    before = {w.span.text for w in frame_doc(doc, model=topics).loaded}
    after = {w.span.text for w in frame_doc(doc, model=nouns).loaded}
    # "jeers" (about 0.42) is flagged; "hostile" (an adjective, about 0.47) is not
    assert "jeers" not in before and "jeers" in after
    assert not any("hostile" in text for text in after)
    assert not any(w in text for text in after for w in ("budget", "timeline"))
