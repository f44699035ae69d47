"""Step 2 of the quote extractor: the cue of each quotation (cues.py).

Every sentence is written for the test; each is parsed by the real pipeline.
"""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import is_speech_cue, load_lexicon
from tests.extract.quote_helpers import quotes_of


@pytest.mark.parametrize("text", [
    '"We will win the state," Miller said.',
    "“We will win the state,” Miller said.",
    "“We will win the state,” said Miller.",
    "Miller said: “We will win the state.”",
    "Miller told reporters, “We will win the state.”",
])  # fmt: skip
def test_direct_quote_straight_and_curly(text: str) -> None:
    [quote] = quotes_of(text)
    assert quote.kind == "direct"
    assert quote.text.rstrip(".") == "We will win the state"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Miller" and quote.resolved == "name"
    assert text[quote.cue_start : quote.cue_end] == quote.cue


@pytest.mark.parametrize("text", [
    "“We will win the state,\" Miller said.",
    "\"We will win the state,” Miller said.",
])  # fmt: skip
def test_mixed_curly_and_straight_marks_pair(text: str) -> None:
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text, quote.speaker) == ("direct", "We will win the state", "Miller")


def test_quote_split_around_its_cue_is_one_quote_in_parts() -> None:
    text = "Senator John Smith arrived late. “We will win,” he said, “and we will win big.”"
    [quote] = quotes_of(text)
    assert len(quote.parts) == 2
    assert [text[a:b] for a, b in quote.parts] == ["We will win", "and we will win big."]
    assert quote.text == "We will win and we will win big."
    assert (quote.start, quote.end) == (quote.parts[0][0], quote.parts[1][1])
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == ("John Smith", "he", "pronoun")


def test_quote_continued_in_the_next_sentence() -> None:
    text = "“It is over,” Jeff Weaver told reporters on Monday. “We won.”"
    [quote] = quotes_of(text)
    assert [text[a:b] for a, b in quote.parts] == ["It is over", "We won."]
    assert quote.cue == "told reporters"


def test_quote_running_over_paragraphs() -> None:
    text = ("Mayor Jane Doe said: “The first paragraph of the speech goes on.\n\n"
            "“The second paragraph ends it.”\n\nThe council adjourned.")  # fmt: skip
    [quote] = quotes_of(text)
    assert [text[a:b] for a, b in quote.parts] == [
        "The first paragraph of the speech goes on.",
        "The second paragraph ends it.",
    ]
    assert quote.speaker == "Jane Doe"


def test_typewriter_double_marks_are_quotation_marks() -> None:
    text = "''It does give an advantage to serious candidates,'' Mr. Gingrich said."
    [quote] = quotes_of(text)
    assert quote.text == "It does give an advantage to serious candidates"
    assert quote.speaker == "Gingrich"


@pytest.mark.parametrize("text", [
    "‘Israel’ goes ballistic over UNSC resolution leaving US ‘very disappointed’",
    "He described it as a “historic” day for the region.",
    "The critics called the plan “dead on arrival” and left.",
    "Israel’s leaders’ plans were not discussed.",
    "She wrote in her memoir, “Hard Choices.”",
])  # fmt: skip
def test_no_quote_from_scare_quotes_names_or_titles(text: str) -> None:
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_a_cue_with_its_own_clause_after_a_closed_quotation_is_not_its_cue() -> None:
    text = ("Martin O'Malley interjected: \"It's just not true.\" He said Clinton would not "
            "go far enough.")  # fmt: skip
    [quote] = quotes_of(text)
    assert (quote.kind, quote.cue, quote.text) == (
        "reported", "said", "Clinton would not go far enough")  # fmt: skip


def test_a_title_in_quotation_marks_inside_a_sentence_is_not_a_quote() -> None:
    text = ("In his new book, “Doomed to Fail,” and in an interview, Mr. Ross said the talks "
            "had collapsed.")  # fmt: skip
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text) == ("reported", "the talks had collapsed")


def test_speech_cues_come_from_the_data_file() -> None:
    assert is_speech_cue("said") and is_speech_cue("also told") and is_speech_cue("according to")
    assert is_speech_cue("pointed out") and is_speech_cue("testified")
    assert not is_speech_cue("called") and not is_speech_cue(":") and not is_speech_cue("pointed")
    lexicon = load_lexicon()
    assert lexicon.tones["claim"] == "loaded" and lexicon.tones["say"] == "neutral"
    assert "spokesperson" in lexicon.roles["spokesman"]


def test_a_cue_that_opens_the_next_quotation_is_not_the_last_ones() -> None:
    """BASIL 2012 (NYT, Netanyahu in an ad): "“… Wait until when?” Then an unseen
    announcer concludes: “The world needs American strength, not apologies.”" joined
    both quotations into one, given to the announcer's "concludes". A verb followed by
    a colon and a quotation introduces that quotation; the closed one before it is not
    its words."""
    text = ("“We will not wait. Wait until when?” Then an unseen announcer concludes: "
            "“The world needs American strength, not apologies.”")  # fmt: skip
    quotes = quotes_of(text)
    concluded = [q for q in quotes if q.cue == "concludes"]
    assert len(concluded) == 1
    assert [text[a:b] for a, b in concluded[0].parts] == [
        "The world needs American strength, not apologies."]
