"""How long one done act of one named doer lasted, told two ways (compare/durations.py,
issue 12, session 34): a ``number`` conflict, and every kind of duration that is not one.

Each through the whole ``analyze_story`` on real parses, in words unlike the gold's.
"""

from __future__ import annotations

import pytest

from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of

VOGT = "Conductor Lena Vogt rehearsed the orchestra for {} before the premiere."


def _durations(first: str, second: str) -> list[dict]:
    return [c for c in conflicts_of(compare_texts(first, second))
            if c["kind"] == "number" and c["about"].startswith("the length of")]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "values"), [
    (VOGT.format("four hours"), VOGT.format("six hours"), {"four hours", "six hours"}),
    (VOGT.format("100 minutes"), VOGT.format("150 minutes"), {"100 minutes", "150 minutes"}),
    # an infinitive of purpose is the act it completes; a role noun named by apposition
    ("The union chief Dana Ortiz queued for nine hours to see the minister, aides said.",
     "The union chief Dana Ortiz queued outside the ministry for eleven hours, aides said.",
     {"nine hours", "eleven hours"}),
    # the parser hangs the hours on "before" and leaves "for" empty
    ("Apple's chief Tim Cook testified for three hours before the Senate committee.",
     "Apple's chief Tim Cook testified for five hours before the Senate committee.",
     {"three hours", "five hours"}),
    ("Former banker Carl Dunn was sentenced to 12 years in prison for the fraud.",
     "Former banker Carl Dunn was sentenced to 15 years in prison for the fraud.",
     {"12 years", "15 years"}),
])  # fmt: skip
def test_one_act_two_lengths_is_a_conflict(first: str, second: str, values: set) -> None:
    [conflict] = _durations(first, second)
    assert values_of(conflict) == values
    assert {s["sentence"] for s in conflict["sides"]} == {first, second}


@pytest.mark.parametrize(("first", "second"), [
    # different precision: a round number, in digits or words, or "about"
    (VOGT.format("about 100 minutes"), VOGT.format("112 minutes")),
    (VOGT.format("100 minutes"), VOGT.format("112 minutes")),
    (VOGT.format("thirty hours"), VOGT.format("32 hours")),
    # two units are two precisions; a range or a fraction is no one figure
    (VOGT.format("two days"), VOGT.format("48 hours")),
    (VOGT.format("six to seven hours"), VOGT.format("nine hours")),
    (VOGT.format("six and a half hours"), VOGT.format("nine hours")),
    # not done and over: negated, future, a period up to now, a maximum
    ("Conductor Lena Vogt did not rehearse the orchestra for four hours before the premiere.",
     VOGT.format("six hours")),
    ("Conductor Lena Vogt will rehearse the orchestra for four hours before the premiere.",
     VOGT.format("six hours")),
    ("The hostages have been held by Jack Moran for 30 hours, police said.",
     "The hostages have been held by Jack Moran for 48 hours, police said."),
    ("Carl Dunn could face 20 years in prison for the fraud, prosecutors said.",
     "Carl Dunn faced 10 years in prison for the fraud, prosecutors said."),
    # the speaker's own words
    ("“I rehearsed the orchestra for four hours,” conductor Lena Vogt said before the "
     "premiere.", VOGT.format("six hours")),
    # two acts: another object, another doer, another term, another office, other months
    (VOGT.format("four hours"),
     "Conductor Lena Vogt rehearsed the choir for six hours before the premiere."),
    (VOGT.format("four hours"),
     "Conductor Max Rau rehearsed the orchestra for six hours before the premiere."),
    ("Former banker Carl Dunn was sentenced to 12 years in prison for the fraud.",
     "Former banker Carl Dunn was sentenced to 5 years of probation for the fraud."),
    ("Senator Tom Baker served four years in the state senate before he ran for governor.",
     "Senator Tom Baker served three years as mayor of the city before he ran for governor."),
    ("Conductor Lena Vogt rehearsed the orchestra for four hours in March before the premiere.",
     "Conductor Lena Vogt rehearsed the orchestra for six hours in June before the premiere."),
    # a time, not a length; no named doer
    ("Conductor Lena Vogt left the orchestra three years ago after a dispute.",
     "Conductor Lena Vogt left the orchestra four years ago after a dispute."),
    ("Rebel leader Omar Idris surrendered two days after the army arrived.",
     "Rebel leader Omar Idris surrendered four days after the army arrived."),
    ("The hearing on the budget lasted three hours, with the mayor answering questions.",
     "The hearing on the budget lasted five hours, with the mayor answering questions."),
])  # fmt: skip
def test_no_conflict(first: str, second: str) -> None:
    assert _durations(first, second) == []
