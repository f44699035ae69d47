"""Step 4b of the quote extractor: a he/she speaker checked against the quote before
it and the main subject before it (runs.py).

Every sentence is written for the test; each is parsed by the real pipeline. Before
the check, recency gave each "he" below to the first subject of the sentence before
(Mark Webb, Bob Smith): a name in a clause that only opens that sentence.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_he_after_a_quote_is_its_speaker_when_the_main_subject_agrees() -> None:
    text = ("Gov. Ann Lee's claim that Mark Webb had lied to voters was false, Tom Brown "
            "said.\n\n“He has always been honest with us,” he said.")  # fmt: skip
    quote = only(quotes_of(text), "said", "He has always")
    assert (quote.speaker_surface, quote.speaker, quote.resolved) == ("he", "Tom Brown", "pronoun")
    assert text[quote.speaker_start : quote.speaker_end] == "Tom Brown"


def test_she_is_not_the_previous_speaker_of_the_other_gender() -> None:
    # the quote before is Tom Brown's, but "she" cannot be him: recency stands
    text = ("Sen. Mark Webb's claim that Ann Lee had lied to voters was false, Tom Brown "
            "said.\n\n“She has always been honest with us,” he said.")  # fmt: skip
    quote = only(quotes_of(text), "said", "She has always")
    assert (quote.speaker, quote.resolved) == ("Tom Brown", "pronoun")


def test_three_readings_of_he_leave_it_unresolved() -> None:
    # recency: Bob Smith (first subject); the quote before: Tom Brown; the main clause:
    # Mark Jones. No two agree, so no name is shown rather than a guess.
    text = ("When Bob Smith spoke on Monday, Mark Jones walked out while Tom Brown told "
            "reporters that the vote was fair.\n\n“It is over,” he said.")  # fmt: skip
    found = quotes_of(text)
    assert only(found, "told reporters").speaker == "Tom Brown"
    quote = only(found, "said", "It is over")
    assert (quote.speaker_surface, quote.speaker, quote.resolved) == ("he", None, "none")


def test_a_name_before_he_in_its_own_sentence_is_not_rechecked() -> None:
    # "which he said": the sentence names its own antecedent, the check does not apply
    text = ("“We will win,” Tom Brown said.\n\nMark Jones has blasted the rules, which he "
            "said were unfair to voters.")  # fmt: skip
    quote = only(quotes_of(text), "said", "which were unfair")
    assert quote.speaker == "Mark Jones"
