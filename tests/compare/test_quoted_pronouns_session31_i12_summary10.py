"""A quotation whose "he"/"she" stands for a person the line never names is no summary
line (session 31, compare/quoted_pronouns.py; NeuS raw row 308's ""The first time he
used military force …," Korb told Al Jazeera." was its third line). A quotation whose
pronoun the line resolves, or that names nobody by a pronoun, stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare import quoted_pronouns
from newsprism.compare.quoted_pronouns import quoted_pronoun_unnamed
from newsprism.compare.readable import unusable_reasons
from tests.compare.story_helpers import summary_of

UNNAMED = ("\"The papers she signed in March were never shown to the council,\" Mayor Tomas Varga "
           "told the Herald.")


@pytest.mark.parametrize("text", [
    UNNAMED,
    "\"We trusted him with the keys,\" the caretaker said.",  # an object, an unnamed speaker
    "According to Ilse Brandt, \"his plan would have closed the port by June.\"",  # a possessive
])
def test_a_quoted_pronoun_nobody_names_is_unresolved(text: str) -> None:
    assert quoted_pronoun_unnamed(text)
    assert "pronoun" in unusable_reasons(text, [])


@pytest.mark.parametrize("text", [
    "\"Varga knows he has to sell the farm,\" Ilse Brandt said.",  # named before it
    "\"I trust my brother, but he is wrong about the farm,\" Ilse Brandt said.",  # a noun
    "\"He was never at the meeting,\" the lawyer said of Tomas Varga.",  # said of whom
    "\"We will rebuild the bridge by spring,\" Ilse Brandt said.",  # no person pronoun
    "Ilse Brandt said he would resign on Friday.",  # no quotation at all
    "\"I told the board the truth,\" Ilse Brandt said on Tuesday.",  # the speaker's own "I"
])
def test_a_resolved_or_pronoun_free_quotation_reads(text: str) -> None:
    assert not quoted_pronoun_unnamed(text)


def test_the_switch_turns_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quoted_pronouns, "QUOTED_PRONOUN_RULE", False)
    assert not quoted_pronoun_unnamed(UNNAMED)


def _summary(tmp_path: Path) -> list[str]:
    """Two reports of a mill's closure; the second's first sentence of its own is a
    quotation whose "she" (the owner) its headline names, then a dated fact."""
    fact = "The Eastvale paper mill closed on Monday after 84 years, cutting 310 jobs."
    items = {
        "left": ("Eastvale mill closes", fact + "\n\nThe county will hold a jobs fair "
                 "on May 20, its commissioner said.", "Valley Ledger",
                 "https://ledger.example/news/mill"),
        "right": ("Rita Osei's mill shuts its doors", fact + "\n\n" + UNNAMED + "\n\nA "
                  "buyer from Ohio paid $4 million for the site in April.", "Eastvale Herald",
                  "https://herald.example/2021/05/10/mill"),
    }
    return summary_of(tmp_path, items)


def test_through_the_pipeline_the_unnamed_quotation_is_left_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quotation is no line with the rule on (the next fact of its report is); with
    the rule off it is the report's line again."""
    lines = _summary(tmp_path)
    assert UNNAMED not in lines
    assert any("$4 million" in line for line in lines)
    monkeypatch.setattr(quoted_pronouns, "QUOTED_PRONOUN_RULE", False)
    assert UNNAMED in _summary(tmp_path)
