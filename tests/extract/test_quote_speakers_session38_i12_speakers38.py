"""Session 38 (branch i12-speakers38): kinds gold/speakers-fresh38 (FNC-1 articles) showed.

- a he/she whose nearest subject is a person the article describes but never names
  ("A former rebel fighter … admitted he was approached. He said: “…”") is that
  description, not the last man named (described_antecedent.py);
- a child described by age ("a 9-year-old girl") is described, and a letter "from" her
  is hers (speech_verbs.toml, individuals);
- "“…,” read the police report obtained by the Post": the document reads the words, and
  the phrase's agent tells it apart from the last report named (document_reads.py,
  phrases.known_by_agent);
- a description named soon after as "The judge, Marcus L. Whitfield" is that person
  (described_antecedent.named_later); an owner's description drops its "'s".

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_he_after_an_unnamed_fighter_is_the_fighter_not_the_last_man_named() -> None:
    text = ("The group wants money for the body of Mark Olsen, the reporter it killed.\n\n"
            "A former rebel commander, speaking anonymously, has admitted he was asked to "
            "sell the remains to Olsen's family.\n\n"
            "He said: “They want the money first, and they will not give the body "
            "without it.”")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "a former rebel commander"


def test_a_chain_of_he_goes_back_to_the_described_person() -> None:
    text = ("Officials named Paul Dorner as the hostage. A police officer at the scene "
            "said the gate was locked.\n\n“We waited for two hours,” he said.\n\n"
            "“Nobody came out,” he added.")  # fmt: skip
    quotes = quotes_of(text)
    assert only(quotes, "added").speaker == "a police officer at the scene"


def test_a_letter_from_a_girl_is_hers() -> None:
    text = ("This letter from a 9-year-old girl moved her teacher.\n\n"
            "The full letter reads: “You are a great teacher and I will always treat you "
            "the same way.”")  # fmt: skip
    assert only(quotes_of(text), "reads").speaker == "a 9-year-old girl"


def test_read_the_report_after_a_quotation_is_that_report() -> None:
    text = ("A police report shows she once lost a bag at the airport.\n\n"
            "In March she was arrested at a bar. “She stated, ‘I bought it online,’” "
            "read the police report obtained by the Daily Post.")  # fmt: skip
    assert only(quotes_of(text), "read").speaker == "the police report"


def test_a_description_named_soon_after_is_that_person() -> None:
    text = ("A federal judge in Oregon on Monday struck down the county's curfew, which he "
            "called a “needless burden,” angering the sheriff.\n\n"
            "The curfew was passed in 2019.\n\n"
            "The judge, Marcus L. Whitfield of the district court, wrote that it was too "
            "broad.")  # fmt: skip
    assert only(quotes_of(text), "called").speaker == "Marcus L. Whitfield"


def test_a_letter_of_a_described_owner_is_the_owner_without_the_possessive() -> None:
    text = ("A pupil wrote to the head teacher last week.\n\n"
            "According to the paper, the boy's full letter reads: “Please keep the library "
            "open after school.”")  # fmt: skip
    assert only(quotes_of(text), "reads").speaker == "the boy"
