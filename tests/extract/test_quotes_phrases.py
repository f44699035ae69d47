"""Session 18 speaker rules (docs/eval-quotes.md, "Session 18"), each on a real parse.

- "it" is unresolved when a nearer singular thing is what it stands for
  (``Antecedents.antecedent_it`` with ``Speakers.is_thing``), never a body named
  further back;
- a person joined by "and" to proper names the tagger did not take for people speaks
  with them (``phrases.names_joined``), never alone;
- a dateline is no part of the speaker (``phrases.after_dateline``);
- a definite document whose own words say which is described as written
  (``phrases.says_which_document``).

Every sentence is written for the test (after the kinds found in `gold/speakers-basil4`)
and parsed by the project's spaCy pipeline. The four rule tests fail before the change;
the guards pass on both.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_it_after_a_nearer_thing_stays_unresolved() -> None:
    # before: the board of directors, the only body subject within reach
    text = ("The city's board of directors will approve the plan in October. "
            "But the first draft called for a new tax on hotels. "
            "It said the money could pay for parks.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the money")
    assert (quote.speaker, quote.resolved) == (None, "none")


def test_it_after_a_body_subject_is_still_that_body() -> None:
    # the thing "its budget" is an object, not a subject: the agency stays the antecedent
    text = ("The Environmental Protection Agency released its budget on Monday. "
            "It said costs would rise next year.")  # fmt: skip
    quote = only(quotes_of(text), "said", "costs")
    # session 25: a name tagged whole as an organisation is named, not described
    assert quote.speaker == "Environmental Protection Agency"


def test_a_name_the_tagger_missed_still_speaks_with_the_others() -> None:
    # spaCy tags "Emanuel Cleaver" ORG here; before, "John Lewis" alone was the speaker
    text = ("U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver said some "
            "protesters shouted at them on the steps.")  # fmt: skip
    quote = only(quotes_of(text), "said", "some protesters")
    assert quote.speaker == "John Lewis, Andre Carson and Emanuel Cleaver"


def test_a_description_joined_by_and_is_not_a_second_speaker() -> None:
    text = ("The plans are reckless, said Steve Bell, a director at the center, and a "
            "Republican who once ran the budget committee staff.")  # fmt: skip
    quote = only(quotes_of(text), "said", "The plans")
    assert quote.speaker == "Steve Bell"


def test_a_dateline_is_no_part_of_the_speaker() -> None:
    # before: "WASHINGTON AARP", shown by compare as the entity "Washington"
    text = ("WASHINGTON — AARP, the lobby for older Americans, said on Friday that it "
            "was open to modest changes in benefits.")  # fmt: skip
    quote = only(quotes_of(text), "said", "it was open")
    assert quote.speaker == "AARP"


def test_a_document_whose_words_say_which_is_described() -> None:
    # before: unresolved, waiting for an earlier statement's speaker
    text = ("The fund will run dry in 2036, according to the latest annual trustees "
            "report.")  # fmt: skip
    quote = only(quotes_of(text), "according to", "The fund")
    assert (quote.speaker, quote.resolved) == ("the latest annual trustees report",
                                               "description")  # fmt: skip


def test_the_report_alone_stays_unresolved() -> None:
    text = "Costs will rise next year, according to the report."
    quote = only(quotes_of(text), "according to", "Costs")
    assert quote.speaker is None
