"""The speaker scorer of the quote evaluations (eval/speakers.py): general cases it got
wrong before issue 12, each a way a reader names a speaker that the gold uses."""

from __future__ import annotations

import pytest

from newsprism.eval.speakers import name_tokens, same_speaker


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        # a nickname is the person's formal given name (data/names.toml)
        ("Bill Kristol", "William Kristol", True),
        ("Chuck Schumer", "Charles E. Schumer", True),
        ("Bill Kristol", "Wilma Kristol", False),
        # a title the stop list does not know is not a given name
        ("RNC Chair Reince Priebus", "Reince Priebus", True),
        ("Bishop Daniel Jenky", "Daniel Jenky", True),
        ("Bishop Daniel Jenky", "Mark Jenky", False),
        ("John A. Boehner", "John Boehner", True),
        ("George W. Bush", "Laura Bush", False),
        # the annotator's gloss in parentheses is not part of the name
        ("five Missouri Republican senators",
         "Missouri Republican senators (Blunt, Ashcroft, Bond, Danforth, Talent)", True),
        ("Talent", "Missouri Republican senators (Blunt, Ashcroft, Bond, Danforth, Talent)",
         False),
        # a possessive names its owner: the office speaks for the person
        ("Carl Seel", "Carl Seel's office", True),
        ("Harry Reid's office", "Harry Reid", True),
        ("Bruce Braley", "Carl Seel's office", False),
        # an unnamed source matches on content words, not "and", "at"
        ("the faculty at Georgetown", "Georgetown University faculty and administrators",
         True),
        ("the students at Yale", "Georgetown University faculty and administrators", False),
        # an unnamed source may be named as the annotator's gloss describes it
        ("court papers released by federal prosecutors", "the documents (court papers)",
         True),
        ("a television commercial", "the documents (court papers)", False),
        ("U.S", "federal law (U.S. Code)", False),  # letters of an abbreviation
    ],
)  # fmt: skip
def test_same_speaker_general_cases(predicted: str, gold: str, right: bool) -> None:
    assert same_speaker(predicted, gold) is right


def test_name_tokens_drop_possessives_glosses_and_titles() -> None:
    assert name_tokens("Sen. Harry Reid's office (D-Nev.)") == ["harry", "reid", "office"]


def test_a_curly_apostrophe_is_the_straight_one() -> None:
    # session 21: gold/speakers-pronouns writes "Terry O'Neill", the article "O’Neill"
    assert same_speaker("Terry O’Neill", "Terry O'Neill")
    assert not same_speaker("Terry O’Neill", "Terry O'Brien")


def test_a_name_with_combining_accents_is_the_precomposed_name() -> None:
    """Session 34: a story's entity name may come decomposed (NFD); the name is the same."""
    import unicodedata

    from newsprism.eval.speakers import same_speaker

    typed = "Zoë Ångström"
    assert same_speaker(unicodedata.normalize("NFD", typed), typed)
    assert not same_speaker(unicodedata.normalize("NFD", "Zoë Lindqvist"), typed)
