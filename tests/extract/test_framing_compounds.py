"""A flag on one piece of a hyphenated compound is judged as the compound (session 21).
Sentences written for the test, parsed by the shared pipeline; the last test runs the
shipped default detector end to end."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text
from newsprism.extract.framing.compounds import compound_extent, judge_compound
from newsprism.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _at(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_the_extent_of_a_compound_runs_over_every_joined_hyphen(nlp) -> None:
    doc = nlp("It was an over-the-top show, a well known act and a half - hour wait.")
    top = _at(doc, "top")
    assert doc[slice(*compound_extent(doc, top, top + 1))].text == "over-the-top"
    known = _at(doc, "known")  # no hyphen: the phrase itself
    assert compound_extent(doc, known, known + 1) == (known, known + 1)
    hour = _at(doc, "hour")  # a hyphen with spaces joins nothing
    assert compound_extent(doc, hour, hour + 1) == (hour, hour + 1)


def test_a_piece_goes_when_the_compound_scores_low_and_widens_when_it_scores_high(
    nlp,
) -> None:
    doc = nlp("A law-abiding citizen met a hard-core activist.")
    law, abiding = _at(doc, "law"), _at(doc, "abiding")
    hard, core = _at(doc, "hard"), _at(doc, "core")
    scores = {law: 0.05, abiding: 0.7, hard: 0.45, core: 0.65}
    assert judge_compound(doc, abiding, abiding + 1, scores, 0.5) is None  # mean 0.375
    assert judge_compound(doc, core, core + 1, scores, 0.5) == (hard, core + 1)  # 0.55
    citizen = _at(doc, "citizen")  # no compound: unchanged, whatever the scores
    assert judge_compound(doc, citizen, citizen + 1, {}, 0.5) == (citizen, citizen + 1)


def test_function_words_of_a_compound_do_not_count_against_it(nlp) -> None:
    doc = nlp("It was an over-the-top show.")
    top = _at(doc, "top")
    assert doc[slice(*judge_compound(doc, top, top + 1, {top: 0.6}, 0.5))].text == "over-the-top"


def test_the_default_detector_flags_no_piece_of_a_compound() -> None:
    """Whatever the MiniLM scores, no loaded word ends or starts inside a compound."""
    text = ("The man in an open-necked shirt, a law-abiding citizen, was hurt in a double "
            "suicide-bomb attack. It was an over-the-top, gaffe-prone show.")
    framing = frame_text(text)
    for word in framing.loaded:
        s, e = word.span.start, word.span.end
        assert s == 0 or text[s - 1] != "-", word.span.text
        assert e == len(text) or text[e] != "-", word.span.text
    assert not {"necked", "abiding", "suicide"} & {w.span.text for w in framing.loaded}


def test_a_word_outside_the_compound_stays_when_the_compound_is_cut_off(nlp) -> None:
    doc = nlp("They met the left-wing terrorists and a double suicide-bomb attack.")
    left, wing, terrorists = _at(doc, "left"), _at(doc, "wing"), _at(doc, "terrorists")
    scores = {left: 0.1, wing: 0.6, terrorists: 0.9}
    assert judge_compound(doc, wing, terrorists + 1, scores, 0.5) == (terrorists, terrorists + 1)
    scores[left] = 0.5  # mean 0.55: the compound is loaded, the phrase widens over it
    assert judge_compound(doc, wing, terrorists + 1, scores, 0.5) == (left, terrorists + 1)
    double, suicide = _at(doc, "double"), _at(doc, "suicide")
    assert judge_compound(doc, double, suicide + 1, {double: 0.6, suicide: 0.7}, 0.5) == (
        double, double + 1)  # fmt: skip
