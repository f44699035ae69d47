"""A group named for a person is not the person (extract/quotes/team_named.py; NeuS raw
row 458's "a statement from Team Trump", docs/eval-compare.md session 31, i12-read39).
Own sentences, through the real parse."""

from __future__ import annotations

import pytest

from .quote_helpers import quotes_of


@pytest.mark.parametrize(("text", "group"), [
    ("Kamala Harris toured a plant on Friday.\n\n“Every vote counts,” Team Harris said "
     "in an email.", "Team Harris"),
    ("Marco Rubio arrived late.\n\nA statement from Team Rubio said the senator would "
     "attend the next debate.", "Team Rubio"),
])
def test_the_groups_words_are_not_the_persons(text: str, group: str) -> None:
    speakers = {q.speaker for q in quotes_of(text)}
    assert group in speakers
    assert not any(s and s != group and group.split()[1] in s for s in speakers)


@pytest.mark.parametrize(("text", "person"), [
    ("Kamala Harris toured a plant on Friday.\n\n“Every vote counts,” Harris said.",
     "Kamala Harris"),
    ("Marco Rubio arrived late.\n\nA statement from Rubio said he would attend the "
     "next debate.", "Marco Rubio"),
])
def test_the_persons_own_name_still_names_the_person(text: str, person: str) -> None:
    assert person in {q.speaker for q in quotes_of(text)}
