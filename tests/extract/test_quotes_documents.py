"""Step 4 of the quote extractor: quoted words whose source is a text (speakers.py).

Every sentence is written for the test; each is parsed by the real pipeline.
"""

from __future__ import annotations

from tests.extract.quote_helpers import quotes_of


def test_the_documents_are_the_papers_introduced_before_with_who_released_them() -> None:
    text = ("Court papers released by federal prosecutors on Monday gave new details about "
            "the case. Mr. Tom Hale bought a boat in 2009, according to the documents. In "
            "2010, he bought a car, the document said.")  # fmt: skip
    found = [q for q in quotes_of(text) if q.speaker_surface in ("the documents", "the document")]
    assert len(found) == 2
    for quote in found:
        # records, not someone's statement: shown as the article introduced them
        assert (quote.speaker, quote.resolved) == (
            "court papers released by federal prosecutors", "description")  # fmt: skip


def test_the_documents_with_no_papers_named_before_stay_unresolved() -> None:
    # which documents speak is not said: not a guess at the nearest text or person
    text = ("Mr. Tom Hale met investigators on Monday. His lawyer issued a statement. Mr. "
            "Hale bought a boat in 2009, according to the documents.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "according to"]
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        None, "the documents", "none")  # fmt: skip


def test_documents_without_an_article_are_described_as_written() -> None:
    [quote] = quotes_of("Court documents said that Mr. Tom Hale bought a boat in 2009.")
    assert (quote.speaker, quote.resolved) == ("Court documents", "description")


def test_a_document_with_no_owner_does_not_take_a_later_documents_speaker() -> None:
    # "The statement added" is the last statement quoted *before* it; reported speech
    # is found after every direct quote, which once let it take a later one's speaker
    text = ("Costs will rise sharply in 2030, according to the annual report. A study by "
            "the Brookings Institution came out on Friday. “Costs will fall after 2030,” the "
            "study said.")  # fmt: skip
    according, said = quotes_of(text)
    assert (according.speaker, according.resolved) == (None, "none")
    assert said.speaker == "Brookings Institution"


def test_a_document_of_two_owners_speaks_for_both() -> None:
    text = ("The lawsuit from Nebraska and Oklahoma argues that Colorado has created a "
            "dangerous gap in the law.")  # fmt: skip
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Nebraska and Oklahoma", "description")


def test_the_filing_is_still_a_document_that_speaks_for_its_maker() -> None:
    # "filing" is a document noun of its own: only "the documents", "the papers",
    # "the records" are looked up as papers
    text = ("Lawyers for Mr. Tom Hale sent a filing to the court on Monday. The filing says "
            "that the search was illegal.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "says"]
    assert quote.speaker == "Lawyers for Mr. Tom Hale"
