"""A word of a name or set phrase is no outlet's choice (session 35, branch i14-phrase35;
``extract/framing/fixed_phrases.py``)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from newsprism.extract.framing import frame_doc
from newsprism.extract.framing.detector import load_detector
from newsprism.extract.framing.fixed_phrases import (
    in_book_pair,
    in_name,
    in_news_phrase,
    news_phrases,
    phrase_rule,
    quoted_name,
    set_phrase_word,
    with_phrases,
)
from newsprism.extract.nlp import load_nlp


def _token(text: str, word: str):
    doc = load_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_a_name_of_capitalised_words_not_a_capital_at_the_head_of_a_sentence() -> None:
    text = "Critics likened the venture to Donald Duck economics."
    assert in_name(_token(text, "Donald")) and in_name(_token(text, "Duck"))
    assert not in_name(_token(text, "economics"))
    assert not in_name(_token("Reckless spending rose again.", "Reckless"))  # sentence head
    headline = "Critics Slam Donald Duck Economics In Budget Report"
    assert not in_name(_token(headline, "Economics"))  # a headline's capitals name nothing


def test_quotation_marks_around_a_name_alone() -> None:
    doc = load_nlp()('Neighbours still call him the "Night Stalker" decades later.')
    a = next(t.i for t in doc if t.text == "Night")
    assert quoted_name(doc, a, a + 2)  # the words inside the marks
    other = load_nlp()('The mayor called the levy "reckless" on Monday.')
    r = next(t.i for t in other if t.text == "reckless")
    assert not quoted_name(other, r, r + 1)  # an evaluative word: a scare quote still


def test_a_fixed_pair_of_general_english_at_any_part_of_speech() -> None:
    assert in_book_pair(_token("Staff worked to iron out the kinks.", "iron"))
    assert in_book_pair(_token("The results offer a stark contrast.", "stark"))  # adjective
    assert not in_book_pair(_token("The results offer a stark choice.", "stark"))


def test_a_set_phrase_of_news_writing() -> None:
    assert ("abrupt", "end") in news_phrases()
    assert in_news_phrase(_token("The vote came to an abrupt end on Friday.", "abrupt"))
    assert not in_news_phrase(_token("The vote took an abrupt turn on Friday.", "abrupt"))


def test_a_strongly_listed_word_is_judged_only_as_a_name() -> None:
    stark = _token("The results offer a stark contrast.", "stark")  # MPQA lists "stark"
    assert set_phrase_word(stark, ["book"], strong=False)
    assert not set_phrase_word(stark, ["book"], strong=True)
    duck = _token("Critics likened the venture to Donald Duck economics.", "Duck")
    assert set_phrase_word(duck, ["name"]) and not set_phrase_word(duck, ["news"])


def test_with_phrases_is_inert_without_the_rule() -> None:
    doc = load_nlp()("The vote came to an abrupt end on Friday.")
    low = lambda _i: 0.5  # noqa: E731
    plain = SimpleNamespace(meta={})
    assert with_phrases(doc, plain, low) is low and phrase_rule(plain) is None
    ruled = with_phrases(doc, SimpleNamespace(meta={"phrases": {"tests": ["news"]}}), low)
    by_word = {t.text: ruled(t.i) for t in doc}
    assert by_word["abrupt"] > 1.0 and by_word["vote"] == 0.5


def test_a_detector_with_the_rule_drops_the_set_phrase_flag_only() -> None:
    topics = load_detector("minilm-topics")
    ruled = replace(topics, meta={**topics.meta, "phrases": {"tests": ["news"]}})
    doc = load_nlp()("The vote came to an abrupt end after a scathing rebuke.")
    before = {w.span.text for w in frame_doc(doc, model=topics).loaded}
    after = {w.span.text for w in frame_doc(doc, model=ruled).loaded}
    assert "abrupt" in before and "abrupt" not in after
    assert after == before - {"abrupt"}  # "scathing rebuke" is no set phrase: kept


def test_eval_measures_the_minilm_detectors_with_the_rule_beside_their_base() -> None:
    from newsprism.eval.framing_variants import PHRASE_RULE, WITH_PHRASES, shipped_detectors

    found = shipped_detectors()
    for label, base in WITH_PHRASES.items():
        assert found[label].meta["phrases"] == PHRASE_RULE
        assert found[label].threshold == found[base].threshold
        assert phrase_rule(found[base]) is None  # the shipped description is untouched
