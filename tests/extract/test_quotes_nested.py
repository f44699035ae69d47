"""Step 5 of the quote extractor: statements quoted inside a quote (nested.py).

Every sentence is written for the test; each is parsed by the real pipeline.
"""

from __future__ import annotations

from newsprism.extract.quotes import QuoteSpan
from tests.extract.quote_helpers import quotes_of


def _outer_and_inner(found: list[QuoteSpan]) -> tuple[QuoteSpan, list[QuoteSpan]]:
    [outer] = [q for q in found if q.within is None and q.kind == "direct"]
    return outer, [q for q in found if q.within is not None]


def test_a_quotation_with_its_own_cue_inside_a_quote_is_the_inner_speakers() -> None:
    text = ("Mitt Romney chose Paul Ryan in August.\n\n"
            "“When he called, he basically said to me, ‘You share my values and you have "
            "the experience to get this country back on track,’” Ryan said.")  # fmt: skip
    outer, [inner] = _outer_and_inner(quotes_of(text))
    # the outer quote is shown whole, with its exact boundaries, and keeps its speaker
    assert text[outer.start : outer.end].startswith("When he called")
    assert text[outer.start : outer.end].endswith("back on track,’")
    assert outer.speaker == "Paul Ryan"
    # the inner one is Romney's ("he" in Ryan's words is not Ryan) and points at it
    assert inner.text.startswith("You share my values")
    assert inner.text.endswith("back on track")
    assert (inner.speaker, inner.resolved, inner.speaker_surface) == (
        "Mitt Romney", "pronoun", "he")  # fmt: skip
    assert inner.within == (outer.start, outer.end)
    assert inner.as_dict()["within"] == [outer.start, outer.end]


def test_an_inner_cue_after_the_inner_quotation() -> None:
    text = ('Joe Sestak said he told Bill Clinton that "I will decide on my own, and not for '
            "an offer. 'I knew you would say that,' he replied, and we moved on.\"")
    found = quotes_of(text)
    [inner] = [q for q in found if q.within is not None]
    assert (inner.text, inner.cue) == ("I knew you would say that", "replied")
    assert inner.speaker == "Bill Clinton"  # not Sestak, whose words these are


def test_i_inside_a_quote_is_the_outer_speaker_and_gives_no_second_quote() -> None:
    text = "“I told him, ‘We will never agree to this deal,’” Senator Tom Smith said."
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Tom Smith"]
    assert all(q.within is None for q in found)


def test_a_term_in_single_marks_inside_a_quote_is_not_a_statement() -> None:
    text = "“The war was not ‘a war of choice’ for anyone,” Bill Kristol wrote on Friday."
    found = quotes_of(text)
    assert [(q.speaker, q.within) for q in found] == [("Bill Kristol", None)]


def test_an_inner_he_with_only_the_outer_speaker_before_it_gives_no_inner_quote() -> None:
    # never the outer speaker, and no guess: the words stay the outer quote's
    text = "“Then he said to me, ‘You should run for the Senate next year,’” Tom Smith said."
    found = quotes_of(text)
    assert [(q.speaker, q.within) for q in found] == [("Tom Smith", None)]


def test_we_inside_a_quote_gives_no_inner_quote() -> None:
    text = ("“We felt the time had come to stand up and say, ‘It is time for the party to "
            "act on this,’” NAACP President Ben Jealous said.")  # fmt: skip
    found = quotes_of(text)
    assert [(q.speaker, q.within) for q in found] == [("Ben Jealous", None)]


def test_words_only_wished_for_are_not_an_inner_quote() -> None:
    text = ("“It is Hillary Clinton standing up and saying, ‘These are the things we need to "
            "do,’” Bernie Sanders told CNN on Sunday.")  # fmt: skip
    found = quotes_of(text)
    assert [(q.speaker, q.within) for q in found] == [("Bernie Sanders", None)]


def test_a_title_that_ends_its_sentence_is_not_the_next_cues() -> None:
    text = ("Jonah Goldberg wrote a column on Monday.\n\n“Goldberg published a column titled "
            "‘Sorry, I Still Will Not Vote for Trump.’ He wrote, ‘I would vote for him in a "
            "tie,’” Dennis Prager said.")  # fmt: skip
    inner = [q for q in quotes_of(text) if q.within is not None]
    assert not any(q.text.startswith("Sorry") for q in inner)
