"""A word in quote marks that names what a subject calls for is that subject's partial
quote, not a scare quote (session 27, i14-read28, extract/framing/demanded.py). NeuS
raw row 434: the New York Post's "Eighteen prominent scientists … are calling for a
“transparent” and “data-driven” probe" showed the two words as the writer's scare
quotes."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text

NY_POST = ("Eighteen prominent scientists, including a Harvard University epidemiologist and "
           "a Stanford University microbiologist, are calling for a “transparent” and "
           "“data-driven” probe into the origins of the pandemic that has killed more than "
           "3.34 million people worldwide as of Friday.")  # fmt: skip


def _quotes(text: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    framing = frame_text(text, detector=False)
    return ([s.text for s in framing.scare_quotes],
            [(s.text, s.speaker) for s in framing.partial_quotes])  # fmt: skip


def test_row_434_the_words_called_for_are_the_scientists() -> None:
    scare, partial = _quotes(NY_POST)
    assert scare == []
    assert partial == [("“transparent”", "Eighteen prominent scientists"),
                       ("“data-driven”", "Eighteen prominent scientists")]  # fmt: skip


def test_the_object_of_urge_is_the_subjects_word() -> None:
    scare, partial = _quotes("Democrats urged a “fair” review of the new rules on Monday.")
    assert scare == [] and partial == [("“fair”", "Democrats")]


@pytest.mark.parametrize("text", [
    "The administration unveiled its “reform” on Tuesday.",  # no speech reported
    "They called for “Medicare” cuts in the budget.",  # a capitalised word: maybe a name
    "A “fair” review was called for in the plan.",  # passive: no subject asks
])  # fmt: skip
def test_other_scare_quotes_stay(text: str) -> None:
    scare, partial = _quotes(text)
    assert len(scare) == 1 and partial == [], (scare, partial)


def test_a_pronoun_caller_leaves_the_speaker_empty() -> None:
    scare, partial = _quotes("She called for a “thorough” inquiry into the deaths.")
    assert scare == [] and partial == [("“thorough”", None)]


def test_row_299_the_callers_name_keeps_its_of_part() -> None:
    # National Review, NeuS raw row 299: the parse hangs "of Elections" on "Board"
    text = ("The New York City Board of Elections called for “patience” from candidates and "
            "the public after discovering a “discrepancy” in the latest vote tally.")
    _, partial = _quotes(text)
    assert ("“patience”", "New York City Board of Elections") in partial
