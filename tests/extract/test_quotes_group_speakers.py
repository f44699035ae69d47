"""Speakers the article describes in full, and participles whose parse names the wrong
one (docs/eval-quotes.md, "Session 17").

Every sentence is written for the test and parsed by the real pipeline. Each rule's
test fails on the code before it: the group was unresolved, or the participle went to
the noun the parse hung it on. The last tests guard the limits: a definite plural that
says nothing of who stays unresolved, and "who" on a list of nouns is not guessed.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_a_party_with_the_speaks_as_itself() -> None:
    # "the Republicans" was read as a role noun with no earlier holder: unresolved
    text = ("In a letter delivered to the majority leader on Tuesday, the Republicans "
            "informed their colleagues that they would block every bill.")  # fmt: skip
    quote = only(quotes_of(text), "informed", "they would block")
    assert (quote.speaker, quote.resolved) == ("the Republicans", "description")


def test_a_definite_plural_with_an_of_phrase_says_which_people() -> None:
    text = ("The mayor visited a diner on Main Street. The owners of the diner said they "
            "learned of the visit an hour before.")  # fmt: skip
    quote = only(quotes_of(text), "said", "they learned")
    assert quote.speaker == "the owners of the diner"


def test_a_participle_on_a_news_conference_is_its_holders() -> None:
    text = ("Attorney General Loretta Lynch spoke on Monday. She appeared at a news "
            "conference announcing that her department was suing the state.")  # fmt: skip
    quote = only(quotes_of(text), "announcing", "her department")
    assert quote.speaker == "Loretta Lynch"


def test_a_participle_after_a_that_clause_of_a_verb_is_the_verbs_subject() -> None:
    # "disputed" is no speech verb: the participle went to "feel", the Democrats'
    text = ("After meeting the Polish president, Mr. Obama on Wednesday emphatically "
            "disputed that Democrats generally feel betrayed by his deal with Republicans, "
            "saying that “the more who look at it, the more will like it.”")  # fmt: skip
    quote = only(quotes_of(text), "saying", "the more")
    assert quote.speaker == "Obama"


def test_two_subjects_joined_by_and_speak_together() -> None:
    # the parse makes both names subjects of "pledging"; the first alone was given
    text = ("Most candidates declined, with only Newt Gingrich and Rick Santorum "
            "pledging to appear.")  # fmt: skip
    quote = only(quotes_of(text), "pledging")
    assert quote.speaker == "Newt Gingrich and Rick Santorum"


def test_a_gerund_after_a_recipient_is_the_senders() -> None:
    # the parse makes Reid the subject of "warning"; Reid is the one warned
    text = ("All 42 members of the GOP caucus are sending the letter to Senate Majority "
            "Leader Harry Reid warning him that they will bring the chamber to a "
            "standstill.")  # fmt: skip
    quote = only(quotes_of(text), "warning")
    assert quote.speaker is not None and "Reid" not in quote.speaker
    assert "members" in quote.speaker


def test_who_on_a_bare_plural_is_the_people_described() -> None:
    text = ("He echoed some conservative commentators who have suggested that the "
            "senator changes his views in Spanish.")  # fmt: skip
    quote = only(quotes_of(text), "suggested")
    assert (quote.speaker, quote.resolved) == ("some conservative commentators", "description")


def test_a_share_of_a_group_speaks_as_that_share() -> None:
    text = "In the new poll, 52 percent of registered voters say they would consider him."
    quote = only(quotes_of(text), "say", "they would consider")
    assert quote.speaker == "52 percent of registered voters"


def test_a_definite_plural_that_says_nothing_of_who_stays_unresolved() -> None:
    # no earlier "scholars", no "of" phrase, no party: which scholars is not said
    text = "The debate went on for hours. The scholars said the ruling was wrong."
    quote = only(quotes_of(text), "said", "the ruling")
    assert quote.speaker is None


def test_who_on_a_list_of_nouns_is_not_guessed() -> None:
    # the parse may hang "who" on any noun of the list: no speaker rather than a part
    text = ("The state has faced a backlash from rights groups, entertainers and "
            "business leaders who say the law targets gay people.")  # fmt: skip
    quote = only(quotes_of(text), "say", "the law")
    assert quote.speaker is None
