"""A count a speaker states inside quotation marks is compared as the outlet's own are,
and every sentence of an article stating a side's value is shown on that side
(compare/frames.py ``READ_QUOTED_COUNTS``, compare/side_sentences.py; issue 12, session
37). Whole ``analyze_story``, in words unlike the gold's (gold/conflicts-basil 526cabb7)."""

from __future__ import annotations

from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of

OWN = "Governor Dale Moss signed 12 executive orders on water use on Friday, his office said."
QUOTED = ("An aide said Governor Dale Moss had signed “15 executive orders on water use” "
          "on Friday.")  # fmt: skip


def _numbers(*texts: str) -> list[dict]:
    return [c for c in conflicts_of(compare_texts(*texts)) if c["kind"] == "number"]


def test_a_count_inside_quotation_marks_is_compared() -> None:
    found = _numbers(OWN, QUOTED)
    assert [values_of(c) for c in found] == [{"12", "15"}]


def test_each_sentence_stating_a_value_joins_its_side() -> None:
    second = ("Moss signed 12 executive orders on water use, and aides said more would "
              "follow.")  # fmt: skip
    other = "Governor Dale Moss signed 15 executive orders on water use on Friday, an aide said."
    found = _numbers(f"{OWN} {second}", other)
    assert len(found) == 1
    twelve = [s["sentence"] for s in found[0]["sides"] if s["value"] == "12"]
    assert len(twelve) == 2


def test_a_quoted_count_of_another_owner_is_no_conflict() -> None:
    other = ("Senator Ann Pike said: “I have signed 15 executive orders on water use in my "
             "career.”")  # fmt: skip
    assert _numbers(OWN, other) == []


LEAD = ("President Dale Moss will lay out 12 separate actions he could take on water use, "
        "aides said Monday.")  # fmt: skip
ADMINISTRATION = ("{} Dale Moss unveiled a water plan on Wednesday. The administration is "
                  "supplementing its proposal with 15 executive actions that will be taken "
                  "immediately.")  # fmt: skip


def test_the_administration_of_a_titled_president_is_his() -> None:
    found = _numbers(LEAD, ADMINISTRATION.format("President"))
    assert [values_of(c) for c in found] == [{"12", "15"}]


def test_the_administration_of_no_president_stays_its_own_owner() -> None:
    # session 39: a governor's or a mayor's administration is the governor's or the
    # mayor's (compare/administration_owner.py); a senator heads none
    assert _numbers(LEAD, ADMINISTRATION.format("Senator")) == []
