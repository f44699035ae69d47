"""Session 36 (issue 14, i14-reader36): a verb of speaking the parse conjoined inside
someone's "that" clause through a subjectless participle ("warned lawmakers that the
city was close to exhausting its borrowing capacity - now set for March 3 - and
urged …") speaks with the statement's speaker, not with the clause's subject; a cue
with a subject of its own, or conjoined to a verb with one, keeps its own. Sentences
written for the test, through the real parse, quote extractor and framing pass."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, nested_speaker

LIFTED = ("Harbor Commissioner Dana Whitcombe on Tuesday again warned lawmakers that the city "
          "was close to exhausting its borrowing capacity - now set for March 3 - and urged "
          "the council to act in order to avert “lasting damage” to the schools.")
OWN_SUBJECT = ("Mayor Dana Whitcombe said that the committee urged the council to avoid "
               "“serious harm” to the budget.")
HEAD_WITH_SUBJECT = ("Mayor Dana Whitcombe said that the committee met on Monday and urged "
                     "the council to avoid “serious harm” to the budget.")


def _partials(text: str) -> dict[str, str | None]:
    return {p.text: p.speaker for p in frame_text(text).partial_quotes}


def test_the_conjoined_cue_speaks_with_the_statements_speaker() -> None:
    assert _partials(LIFTED) == {"“lasting damage”": "Dana Whitcombe"}


def test_without_the_rule_the_clause_subject_spoke(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nested_speaker, "NESTED_SPEAKER_RULE", False)
    assert _partials(LIFTED) == {"“lasting damage”": "the city"}


@pytest.mark.parametrize("text", [OWN_SUBJECT, HEAD_WITH_SUBJECT])
def test_a_cue_with_a_subject_keeps_it(text: str) -> None:
    assert _partials(text) == {"“serious harm”": "the committee"}
