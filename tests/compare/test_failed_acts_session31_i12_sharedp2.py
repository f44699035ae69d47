"""A failed act negates its verb's object too (session 31, compare/failed_acts.py): "failed
to win enough votes to approve the budget" is not "voted to approve the budget"."""

from __future__ import annotations

from newsprism.compare.failed_acts import failed_objects
from newsprism.compare.negation import negated_words
from newsprism.compare.pairs import opposite_pairs
from newsprism.extract.nlp import load_nlp
from tests.compare.profile_helpers import first_claim_profiles


def _failed(text: str) -> set[str]:
    return {w for word in negated_words(list(load_nlp()(text))) for w in failed_objects(word)}


def _opposite(first: str, second: str) -> bool:
    return bool(opposite_pairs(first_claim_profiles(first, second))[0, 1])


def test_the_object_of_a_failed_verb_is_undone() -> None:
    assert "vote" in _failed("The council failed to win enough votes to approve the budget.")
    assert "permit" in _failed("The mining firm was unable to obtain the water permits.")
    # the object's head only: the nouns that name its kind are stated elsewhere as so
    assert _failed("The agency failed to warn hospital officials about the outbreak.") == {
        "official"}  # fmt: skip
    # a noun under a negating noun is no verb's object
    assert _failed("The lack of funding delayed the school's new gym.") == set()


def test_a_failed_vote_and_a_vote_taken_are_opposites() -> None:
    assert _opposite("The city council failed to win enough votes to approve the budget "
                     "on Monday.",
                     "City council members on Monday voted to approve the mayor's budget.")


def test_two_failures_of_one_act_are_not_opposites() -> None:
    assert not _opposite("The city council failed to win enough votes to approve the budget "
                         "on Monday.",
                         "Council members failed to approve the mayor's budget on Monday.")
    # a failing word's own verb is read as before: an act done is not its failure's object
    assert not _opposite("The mining firm was unable to obtain the water permits.",
                         "The mining firm hired new engineers for the valley site.")
