"""Session 31 (i12-speakers27): an organisation's acronym is its name to the speaker
scorer (``newsprism.eval.speakers.same_speaker``), in words unlike the golds'."""

from __future__ import annotations

import pytest

from newsprism.eval.speakers import same_speaker


@pytest.mark.parametrize(("predicted", "gold"), [
    ("AFT", "American Federation of Teachers"),
    ("American Federation of Teachers", "AFT"),
    ("N.A.S.A.", "National Aeronautics and Space Administration"),
    ("NAACP", "National Association for the Advancement of Colored People"),
    ("WWF", "the World Wildlife Fund (the charity)"),
])  # fmt: skip
def test_an_acronym_is_its_name(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)


@pytest.mark.parametrize(("predicted", "gold"), [
    ("AFT", "American Teachers"),  # a letter too many
    ("AF", "American Federation of Teachers"),  # a letter too few
    ("AFT", "a federation of teachers"),  # a description has no initials
    ("Aft", "American Federation of Teachers"),  # not written as an acronym
    ("AFT", "Teachers"),  # one word
])  # fmt: skip
def test_other_letters_are_no_acronym(predicted: str, gold: str) -> None:
    assert not same_speaker(predicted, gold)
