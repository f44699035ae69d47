"""Speakers from the shape of the speaker phrase (issue 12, fifth pass on speakers).

Each rule was found on fresh evidence (`gold/speakers-basil2`, PolNeAR dev); every
sentence here is written for the test and parsed by the real pipeline. See
docs/eval-quotes.md, "Wrong speakers, by kind: fifth pass".
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_they_after_people_named_together_is_both_of_them() -> None:
    text = ("Senators Mark Udall and Ron Wyden released a joint statement on Friday. "
            "“We have long been concerned about the secret law,” they said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        "Mark Udall and Ron Wyden", "they", "pronoun")  # fmt: skip


def test_they_stays_unresolved_when_the_pair_is_further_back_than_a_plural_noun() -> None:
    # "they" is the contractors, whom no rule names; the two men two sentences back
    # would be a guess, so the quote has no speaker
    text = ("Mr. Tom Hale and Mr. Bill Bell were charged in the attack in May. The security "
            "contractors drove to the compound that night. “We were ordered to wait,” they "
            "said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (None, "they", "none")


def test_a_lost_subject_is_the_name_whose_appositive_holds_the_last_name() -> None:
    # the parse hangs "Mark Sheridan" on "Thursday"; the last name before "said" is the
    # law firm in his appositive, which does not speak
    text = ("In a statement issued Thursday, Mark Sheridan, a partner with Patton Boggs, said "
            "his law firm had been retained to represent the campaign.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.resolved) == ("Mark Sheridan", "name")


def test_an_active_conjunct_of_a_passive_verb_shares_its_subject_not_the_agent() -> None:
    text = ("Two of the mayor’s aides, who were interviewed by F.B.I. agents and told them "
            "that Ms. Zimmer had recounted the threat, declined to comment.")  # fmt: skip
    quote = only(quotes_of(text), "told them")
    assert quote.speaker == "the mayor’s aides"
    assert quote.speaker_surface == "who"


def test_a_document_made_by_the_agent_of_a_passive_still_speaks_for_its_maker() -> None:
    # "research" cannot speak for itself: the rule above leaves it to its makers
    text = ("Research released this week by four economists suggests that the damage to "
            "manufacturing jobs was large.")  # fmt: skip
    quote = only(quotes_of(text), "suggests")
    assert quote.speaker == "four economists"


def test_an_unnamed_source_keeps_the_participle_that_says_which() -> None:
    text = "A person briefed on the matter said the prosecutors had issued subpoenas."
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.resolved) == ("a person briefed on the matter", "description")


def test_an_unnamed_source_keeps_the_others_joined_to_it_by_and() -> None:
    text = ("The administration sought to push back on claims by Democrats and Republicans "
            "in Congress that they were not aware of the programs.")  # fmt: skip
    quote = only(quotes_of(text), "claims")
    assert (quote.speaker, quote.resolved) == ("Democrats and Republicans", "description")
