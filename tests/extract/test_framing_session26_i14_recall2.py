"""Session 26 (issue 14, recall): a sentence the MiniLM's sentence head reads as loaded
lowers the word threshold for the outlet's own words in it (``minilm-sentences``,
measured and not made the default).

Real components throughout: the shipped MiniLM descriptions, spaCy's parse and
``frame_doc``; the sentences are written for the test.
"""

from __future__ import annotations

from newsprism.extract.framing import frame_doc
from newsprism.extract.framing.detector import (
    default_detector_path,
    load_detector,
    shipped_path,
)
from newsprism.extract.nlp import load_nlp

LOADED = "The governor's radical scheme guts the state's schools and punishes teachers."
MILDER = "Republicans slashed funding for the program in a reckless, partisan power grab."


def test_the_rule_is_read_from_the_description_and_is_not_the_default() -> None:
    rule, topics = load_detector("minilm-sentences"), load_detector("minilm-topics")
    # measured, not kept: the default is unchanged
    assert default_detector_path() == shipped_path("minilm-topics")
    assert rule.loaded_word_threshold < rule.threshold <= rule.loaded_sentence
    assert topics.loaded_word_threshold is None and topics.loaded_sentence is None
    # own voice in a loaded sentence: the lower threshold; quoted words keep their own
    assert rule.threshold_for(False, True) == rule.loaded_word_threshold
    assert rule.threshold_for(True, True) == rule.quote_threshold
    assert rule.threshold_for(False) == rule.threshold
    assert topics.threshold_for(False, True) == topics.threshold


def test_a_word_under_the_threshold_is_flagged_in_a_loaded_sentence_only() -> None:
    rule, topics = load_detector("minilm-sentences"), load_detector("minilm-topics")
    doc = load_nlp()(f"{LOADED} {MILDER}")
    before = {w.span.text for w in frame_doc(doc, model=topics).loaded}
    after = {w.span.text for w in frame_doc(doc, model=rule).loaded}
    loaded = rule.loaded_tokens(doc)
    first, second = list(doc.sents)
    assert all(t.i in loaded for t in first) and not any(t.i in loaded for t in second)
    # "scheme" (about 0.40) joins "radical" in the loaded sentence ...
    assert "radical" in before and "radical scheme" in after
    # ... while "partisan" (about 0.38) in a sentence read as less loaded stays unflagged
    assert not any("partisan" in text for text in after)
    assert {t for t in before if t not in LOADED} == {t for t in after if t not in LOADED}


def test_the_sentence_head_is_kept_with_the_cached_scores() -> None:
    rule = load_detector("minilm-sentences")
    doc = load_nlp()("The committee met on Tuesday to discuss the budget. " + LOADED)
    rule.score_doc(doc)
    plain, loaded = (rule.heads[s.text] for s in doc.sents)
    assert plain < 0.2 and loaded >= rule.loaded_sentence
    again = rule.score_doc(doc)  # from the cache: the same tokens in the loaded set
    assert again and rule.loaded_tokens(doc) == frozenset(t.i for t in list(doc.sents)[1])
