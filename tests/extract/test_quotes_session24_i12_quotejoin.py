"""Session 24, joined quotations (docs/eval-quotes.md, "Session 24: joined quotations").

A quote in several parts that are two sentences showed them with no stop between
(``joins.joined_text``): the Guardian's "… 106 years ago today Beginning on 24 April
1915 …" (a quotation continued in the next paragraph) and National Review's "We affirm
the history We do this not to cast blame …" (NeuS raw row 497). Their text now shows
the quoted sentence's stop; offsets and parts are the source's as before.

Guards, real sentences: a sentence split around its cue (“…,” he said, “and …”, BASIL
and PolNeAR) reads on with a space and no stop; a part that already ends with its own
stop gets no second one.

The two rule tests fail on main; the guards pass on both.
"""

from __future__ import annotations

from newsprism.extract.quotes import QuoteSpan
from newsprism.extract.quotes.joins import ends_sentence
from tests.extract.quote_helpers import parts_of, quotes_of

GUARDIAN = ("Joe Biden has become the first US president declare formal recognition of the "
            "Armenian genocide, more than a century after the mass killings by Ottoman troops "
            "and opening a rift between the new US administration and Ankara.\n\n"
            "“The American people honour all those Armenians who perished in the genocide "
            "that began 106 years ago today,” Biden said in a statement on Saturday.\n\n"
            "“Beginning on 24 April 1915 with the arrest of Armenian intellectuals and "
            "community leaders in Constantinople by Ottoman authorities, one and a half "
            "million Armenians were deported, massacred...")  # fmt: skip

NATIONAL_REVIEW = ("“Each year on this day, we remember the lives of all those who died in the "
                   "Ottoman-era Armenian genocide and recommit ourselves to preventing such an "
                   "atrocity from ever again occurring,” Biden said in a statement. “We honor "
                   "their story. We see that pain. We affirm the history,” Biden added. “We do "
                   "this not to cast blame but to ensure that what happened is never "
                   "repeated.”")  # fmt: skip

# split around the cue inside one sentence (BASIL, PolNeAR)
TREATING = ("“We have to start treating people the same,” he said, “and finding out what "
            "people really think and what they’re made of.”")  # fmt: skip
HOLDREN = ("\"If you have even a portion of those billion people displaced,\" he said, \"you "
           "now have the sorts of refugee crises and potential conflicts that we haven't seen "
           "in our lifetimes.\"")  # fmt: skip


def _quote(text: str, starting: str) -> QuoteSpan:
    hits = [q for q in quotes_of(text) if q.text.startswith(starting)]
    assert len(hits) == 1, [q.text[:50] for q in quotes_of(text)]
    return hits[0]


def test_a_quotation_continued_in_the_next_paragraph_shows_where_its_sentence_ends() -> None:
    quote = _quote(GUARDIAN, "The American people")
    assert "106 years ago today. Beginning on 24 April 1915" in quote.text
    assert quote.speaker == "Joe Biden"
    # the parts are what the Guardian printed, the comma trimmed as before
    assert parts_of(GUARDIAN, quote)[0].endswith("106 years ago today")
    assert parts_of(GUARDIAN, quote)[1].startswith("Beginning on 24 April 1915")


def test_two_quoted_sentences_around_a_tag_that_ends_its_sentence_keep_their_stop() -> None:
    quote = _quote(NATIONAL_REVIEW, "We honor their story")
    assert quote.text == ("We honor their story. We see that pain. We affirm the history. We do "
                          "this not to cast blame but to ensure that what happened is never "
                          "repeated.")  # fmt: skip
    assert quote.speaker == "Biden"


def test_a_sentence_split_around_its_cue_reads_on_without_a_stop() -> None:
    quote = _quote(TREATING, "We have to")
    assert quote.text == ("We have to start treating people the same and finding out what "
                          "people really think and what they’re made of.")  # fmt: skip
    quote = _quote(HOLDREN, "If you have")
    assert "displaced you now have" in quote.text
    assert quote.text.count(".") == 1  # the source's own, at the end


def test_what_closes_a_sentence_between_two_parts() -> None:
    assert ends_sentence(",” Biden added. “")
    assert ends_sentence(",” Biden said in a statement on Saturday.\n\n“")
    assert ends_sentence(",” he said\n\n“")  # a stop the scrape lost before the paragraph break
    assert not ends_sentence(",” Trump said, “")
    assert not ends_sentence(",” said Dr. Smith, “")
    assert not ends_sentence(",”\n\n“")  # a paragraph cut on a comma: the sentence goes on
    assert not ends_sentence("\n\n“")
