"""Session 37, second pass (branch i12-speakers37b): what gold/speakers-fresh37 left.

- a he/she cue that a later, inverted "said <name>" of its own sentence reports is that
  name, not the last man named before (named_after.py; FNC-1 body 1596's al-Golani);
- an editor's brackets inside a quotation are no part of a name ("[Senator Jo] Roe");
- a description opening a sentence with "Her"/"His" keeps it in lower case.

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of

_BEFORE = ("“The talks have failed,” Mayor Daniel Okafor said on Friday.\n\n"
           "Late on Sunday the commander of the rebel brigade spoke on the radio. ")


def test_a_he_cue_reported_by_a_later_inverted_name_is_that_name() -> None:
    text = (_BEFORE + "“Our patience is over. You will pay for this,” he said, warning "
            "that the fighting would reach “the streets of your towns,” said brigade "
            "commander Khalid al-Masri.")  # fmt: skip
    quote = only(quotes_of(text), "said", "Our patience")
    assert quote.speaker == "Khalid al-Masri"


def test_an_editors_brackets_are_no_part_of_a_name() -> None:
    text = ("“They said it could never happen. [Senator Jo] Roe says he misjudged the "
            "army,” the spokesperson said. “We were wrong,” Roe said on Monday.")  # fmt: skip
    assert only(quotes_of(text), "said", "We were wrong").speaker == "Jo Roe"


def test_a_description_opening_a_sentence_keeps_her_in_lower_case() -> None:
    text = ("The student was arrested in March.\n\nHer mother said the family was "
            "“shocked and heartbroken” by the news.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "her mother"
