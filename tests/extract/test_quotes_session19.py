"""Session 19 speaker rules (docs/eval-quotes.md, "Session 19"), each on a real parse.

- a subject he/she never stands for a name in the clause its cue is set into
  (``Antecedents._reported``: "Blaming Governor Reed, he said, was too easy" is not
  Reed's);
- "who" right after a person's name is that person even when the parse hung the
  relative on another noun (``Antecedents.name_before``), and that person is then a
  subject for the next he/she;
- a common noun and a person's name set off after it, both parsed as the cue's
  subjects: the name speaks (``Subjects._split_apposition``);
- a conjoined verb with no subject, right after a person's name that the parse joined
  to a noun, is that person's (``Subjects._name_right_before``);
- a pronoun that passed over such a name takes only a subject of the sentence before,
  else stays unresolved;
- "man" and "woman" are people nouns: "A young woman …, saying" is described.

Every sentence is written for the test (after the kinds found in
`gold/speakers-basil5`) and parsed by the project's spaCy pipeline. The rule tests fail
before the change; the guards pass on both.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_a_name_inside_the_reported_clause_is_not_the_pronoun() -> None:
    # before: Tom Reed, the name inside the content the parenthetical cue reports
    text = ("Mark Hale spoke to donors in Ohio on Monday. Blaming Governor Tom Reed, he "
            "said, was “too easy an answer.”")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.resolved) == ("Mark Hale", "pronoun")


def test_a_clause_set_before_the_cue_may_name_the_speaker() -> None:
    # guard: reporters name the speaker in a paraphrase set before "she said", so such
    # a clause is not read as barring its names (measured, docs: "Session 19")
    text = ("The nurses met on Tuesday. Then a student in Ohio, Ms. Jane Olson found the "
            "job too hard, she said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Jane Olson"


def test_a_name_in_an_opening_phrase_may_still_be_the_pronoun() -> None:
    # guard: the rule reads only what the verb reports, not its opening phrase
    text = "After Senator Tom Reed lost the vote, he said the party would try again."
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Tom Reed"


def test_who_right_after_a_name_is_that_person() -> None:
    # before: unresolved ("who" hung on "ire"), and the next "he" went to Tom Reed
    text = ("The ruling, which pleased Senator Tom Reed, drew the ire of Judge Alan Park "
            "who said the law was unclear. “Nobody can follow it,” he said.")  # fmt: skip
    found = quotes_of(text)
    assert only(found, "said", "the law").speaker == "Alan Park"
    assert only(found, "said", "Nobody").speaker == "Alan Park"


def test_a_subjectless_verb_after_a_name_is_that_names() -> None:
    # before: unresolved (the parse joined the name to "certification")
    text = ("But the two remedies require different standards for class certification "
            "and Justice Helen Marsh said it was a serious problem.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Helen Marsh"


def test_a_name_set_off_after_a_noun_subject_speaks() -> None:
    # before: "Voters" (the content's subject, parsed as a second subject of the cue)
    text = "Voters, Warren suggested, don't have to worry that big banks can buy politicians."
    quote = only(quotes_of(text), "suggested")
    assert quote.speaker == "Warren"


def test_a_young_woman_is_described() -> None:
    # before: unresolved ("woman" was no people noun)
    text = ("A young woman, holding a sign, walked up to the senator, saying: “Will you "
            "vote for the bill?”")  # fmt: skip
    quote = only(quotes_of(text), "saying")
    assert (quote.speaker, quote.resolved) == ("a young woman", "description")


def test_no_subject_before_a_barred_name_stays_unresolved() -> None:
    # doubtful: the only man is named inside the clause "he said" is set into, and the
    # sentence before has no person as subject, so no one is guessed (before: Tom Reed)
    text = ("The crowd cheered loudly on Monday. Blaming Governor Tom Reed, he said, was "
            "“too easy an answer.”")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.resolved) == (None, "none")


def test_a_pronoun_with_only_a_content_name_stays_unresolved() -> None:
    # doubtful: the only man named is inside what "he" reports, so nobody is left
    text = "Blaming Governor Tom Reed, he said, was “too easy an answer.”"
    quote = only(quotes_of(text), "said")
    assert (quote.speaker, quote.resolved) == (None, "none")


def test_an_organisation_and_a_country_named_together_speak_together() -> None:
    # session 19's reading (a NeuS cease-fire story): "Hamas and Egypt said" gave the
    # joint statement to Hamas alone; the names-joined rule started only from a person
    quote = only(quotes_of("Hamas and Egypt said the cease-fire would begin at 2 a.m. "
                           "Friday, local time."), "said")  # fmt: skip
    assert quote.speaker == "Hamas and Egypt"


def test_an_organisation_and_a_common_noun_leave_the_organisation() -> None:
    # guard: "its allies" is no name, so the organisation alone is what the text names
    quote = only(quotes_of("The United States and its allies said the sanctions would "
                           "stay in place."), "said")  # fmt: skip
    assert quote.speaker == "United States"


def test_a_described_name_after_an_organisation_is_no_second_speaker() -> None:
    # guard (PolNeAR, USA Today): "Yahoo News and former TV network anchor Katie Couric"
    # is one person described twice; the pair is not read as two speakers
    quote = only(quotes_of("Yahoo News and former TV network anchor Katie Couric said "
                           "the graduates should work hard."), "said")  # fmt: skip
    assert quote.speaker != "Yahoo News and Katie Couric"
