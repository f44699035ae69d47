"""Session 32 (issue 14): a word of physical force used of a political thing ("looted the
pension fund", "an onslaught of complaints") is flagged as a term of the category
``force-figure``; its literal uses (a place, a person or an object as its target, a
sentence about armed force or crime) and the quoted ones are not. Sentences written for
the test, through the real parse and ``frame_text``, with the rule patched out."""

from __future__ import annotations

import pytest

import newsprism.extract.framing as framing
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.force_figures import FIGURE_CATEGORY, force_figures
from newsprism.extract.nlp import load_nlp


def _found(text: str) -> list[str]:
    """What the rule finds, before the other layers are asked whether they flag it."""
    doc = load_nlp()(text)
    return [doc[a:b].text for a, b in force_figures(doc)]


def _figures(text: str) -> list[str]:
    return [s.text for t in frame_text(text).terms if t.category == FIGURE_CATEGORY
            for s in t.spans]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), [
    ("The governor looted the state pension fund to balance the books.", "looted"),
    ("Critics say the bill guts the regulation of payday lenders.", "guts"),
    ("The mayor weathered an onslaught of complaints about the snow removal.", "onslaught"),
    ("Her rivals launched an assault on her voting record in the primary.", "assault"),
    ("The council voted to torpedo the zoning proposal.", "torpedo"),
    ("Opponents kept trying to chip away at the agreement.", "chip away at"),
    ("The challenger used his time to beat up on the incumbent.", "beat up on"),
    ("Opponents said the council gutted the budget as a favor to developers.", "gutted"),
    ("The plan slashes food aid and housing programs for seniors.", "slashes"),
])
def test_a_figure_of_force_on_a_political_thing_is_found(text: str, word: str) -> None:
    assert word in _found(text)


@pytest.mark.parametrize("text", [
    "Detectives raided a warehouse in the harbor district on Monday.",
    "The man was charged with assaulting a bus driver.",
    "Troops came under an onslaught of mortar fire near the border.",
    "The store slashed prices on winter coats.",
    "The utility pledged to slash carbon emissions by half this decade.",
    "A wildfire tore into the hills above the town.",
    "The hurricane battered the coast for two days.",
    "Unions marched against what they describe as an assault on pensions.",
])
def test_a_literal_use_is_not_found(text: str) -> None:
    assert _found(text) == []


def test_a_quoted_figure_is_the_speakers_and_not_this_layers() -> None:
    text = '"They have looted the pension fund," the treasurer said.'
    assert _found(text) == ["looted"]
    assert _figures(text) == []


def test_the_rule_is_what_adds_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The governor looted the state pension fund to balance the books."
    assert _figures(text) == ["looted"]
    monkeypatch.setattr(framing, "force_figures", lambda doc: [])
    assert _figures(text) == []


def test_a_word_another_layer_flags_is_not_flagged_twice() -> None:
    text = "The senator blasted and gutted the regulation of payday lenders."
    assert "gutted" in _found(text)
    kinds = [kind for span, kind in frame_text(text).spans() if span.text == "gutted"]
    assert len(kinds) == 1


@pytest.mark.parametrize(("text", "owner"), [
    ("The mayor said that the budget, which guts the housing program, was fair.", None),
    ("The mayor will announce whether he can stop the raid on the pension fund.", None),
    ("The mayor said that the council gutted the housing program.", "mayor"),
])
def test_a_writers_aside_in_reported_words_is_the_outlets(text: str, owner: str | None
                                                         ) -> None:
    spans = [s for t in frame_text(text).terms if t.category == FIGURE_CATEGORY
             for s in t.spans]  # fmt: skip
    assert len(spans) == 1
    assert (spans[0].speaker or "").lower().endswith(owner or "") and \
        (owner is None) == (spans[0].speaker is None)
