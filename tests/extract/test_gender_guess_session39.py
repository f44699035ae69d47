"""Session 39 (branch i12-gender39, docs/eval-quotes.md): a pronoun resolved by recency
alone (a guess) does not teach its antecedent a gender, so that person's next pronoun of
the other gender still reaches him or her (gold/speakers-fresh39, "Dexter Wakefield").

Sentences written for the tests, in words unlike the article's.
"""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import coref
from tests.extract.quote_helpers import only, quotes_of


@pytest.fixture(autouse=True)
def _guard_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard ships switched off (its reading did not pass); these tests switch it on."""
    monkeypatch.setattr(coref.Antecedents, "GUESS_GUARD", True)

_VISIT = ("Margaret Hale, a teacher from Leeds, was visiting her son in Madrid, the school "
          "said on its website.\n\n")


def test_a_guessed_she_does_not_bar_the_persons_next_he() -> None:
    # before: "she" (recency) made Rowan Pelley a woman, and "he added" skipped him
    text = (_VISIT + "Rowan Pelley, a pastor at the chapel in Leeds, told the local paper "
            "that she was a regular at the Sunday service. He said the family asked for "
            "privacy. “She is a kind and generous woman,” he added.")  # fmt: skip
    assert only(quotes_of(text), "added").speaker == "Rowan Pelley"


def test_a_title_still_fixes_the_gender() -> None:
    # the name's own evidence (Mrs.) still bars a "he": the guard concerns guesses only
    text = (_VISIT + "Mrs. Pelley, a pastor at the chapel in Leeds, told the local paper "
            "that the family asked for privacy. “She is a kind and generous woman,” he "
            "added.")  # fmt: skip
    assert only(quotes_of(text), "added").speaker != "Pelley"


def test_a_guess_with_no_rival_still_teaches_the_gender() -> None:
    # no nearby name gives "she" a woman: Pelley is she, and a later "he" is someone else
    text = ("Rowan Pelley, a pastor at the chapel in Leeds, told the local paper that she "
            "would retire in the spring. “I will miss the Sunday service,” he added.")  # fmt: skip
    assert only(quotes_of(text), "added").speaker != "Rowan Pelley"
