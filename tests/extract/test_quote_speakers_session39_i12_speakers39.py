"""Session 39 (branch i12-speakers39): kinds gold/speakers-fresh38 (FNC-1 articles) showed.

- a person's name the tagger labels ORG ("Kelly-Loreal") is a person when its last word
  alone is the subject of a verb of speech elsewhere ("Loreal said"), so a later "she
  added" resolves to her (mistyped_person.py); an organisation named by its first word
  ("Goldman said") is not re-read.

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_a_hyphenated_name_tagged_org_is_the_she_who_adds() -> None:
    text = ("The 31-year-old posted a long reply on Monday. ‘None of this happened,’ Loreal "
            "said.\n\nKelly-Loreal was accused by a tabloid of faking her wedding photos."
            "\n\n“We were married in Rome and I have the pictures,” she added.")  # fmt: skip
    quotes = quotes_of(text)
    assert only(quotes, "added").speaker == "Kelly-Loreal"
    assert only(quotes, "said").speaker == "Kelly-Loreal"


def test_the_statement_after_a_denial_is_the_denier_s() -> None:
    text = ("Residents have complained about brown water for a week.\n\n"
            "Dalton Water Authority flatly denied the complaints on Tuesday.\n\n"
            "“Every sample we took met the federal standard. Nothing was hidden from "
            "anyone,” the statement said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Dalton Water Authority"


def test_the_statement_after_a_pronoun_stays_unresolved() -> None:
    text = ("Residents have complained about brown water for a week.\n\n"
            "It flatly denied the complaints on Tuesday.\n\n"
            "“Every sample we took met the federal standard. Nothing was hidden from "
            "anyone,” the statement said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker is None


def test_a_described_speaker_drops_why_they_act() -> None:
    text = ("Hundreds marched past the hospital on Saturday.\n\n"
            "A retired nurse in solidarity with the strikers told reporters: “They have "
            "not had a raise in nine years.”")  # fmt: skip
    assert only(quotes_of(text), "told reporters").speaker == "a retired nurse"


def test_an_empty_it_announced_in_a_statement_is_the_statements() -> None:
    text = ("The club dismissed its coach on Sunday night.\n\n"
            "In a letter signed by the club's chairman, Omar Haddad, it was announced that "
            "the coach had been fired for breaking team rules.")  # fmt: skip
    assert only(quotes_of(text), "announced").speaker == "Omar Haddad"


def test_reads_the_slogan_after_a_group_responded_is_the_groups() -> None:
    text = ("Critics mocked the mayor's cycling plan all week.\n\n"
            "On Monday, Pedal Forward, a cycling charity, responded by putting up a poster "
            "of the mayor on a tandem bicycle. “Leave the car at home and see your city,” "
            "reads the slogan.")  # fmt: skip
    assert only(quotes_of(text), "reads").speaker == "Pedal Forward"

