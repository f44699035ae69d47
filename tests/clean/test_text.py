"""The plain-text line cascade: title, pasted headlines, tail rules, non-English text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.clean import clean_document
from newsprism.clean.text import clean_lines, looks_like_headline
from newsprism.models import RawDocument

ARABIC_ARTICLE = (Path(__file__).parents[1] / "data" / "arabic_article.txt").read_text("utf-8")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("US Warns Israel Against Large-Scale Invasion of Rafah: Latest Updates", True),
        ("‘Israel’ goes ballistic over UNSC resolution leaving US ‘very disappointed’", True),
        ("He pointed out that there are currently about 1.4 million people in Rafah.", False),
        ("Gaza", False),  # one word
        ("https://aja.ws/d5f3wh", False),
        ("2024-03-26 02:21:30", False),
        ("Blinken, Gallant,", False),
    ],
)
def test_looks_like_headline(line: str, expected: bool) -> None:
    assert looks_like_headline(line, min_words=2, max_words=30) is expected


def test_first_line_sentence_is_not_a_title() -> None:
    text = "Blinken met Gallant in Washington on Monday.\nThe talks lasted two hours."
    result = clean_lines(text)
    assert result.title is None
    assert result.paragraphs == text.splitlines()


def test_title_after_leading_stamp_line() -> None:
    text = "2024-03-26 02:21:30\nBlinken Warns Gallant on Rafah\nThe talks lasted two hours."
    result = clean_lines(text)
    assert result.title == "Blinken Warns Gallant on Rafah"
    assert [r.reason for r in result.removed] == ["date-stamp", "title"]


def test_heading_line_ending_with_colon_is_kept() -> None:
    text = (
        "Blinken met Gallant in Washington on Monday.\n"
        "What the spokesman said:\n"
        "“We believe that this would be a mistake,” Miller said."
    )
    assert clean_lines(text).removed == []


def test_pasted_headline_needs_sentences_around_it() -> None:
    # A line without final punctuation glued to the next sentence is not a pasted headline.
    text = (
        "Blinken met Gallant in Washington on Monday.\n"
        "The spokesman said the two officials discussed\n"
        "humanitarian assistance for civilians in Gaza."
    )
    assert clean_lines(text).removed == []


def test_source_credit_only_in_the_tail() -> None:
    text = (
        "Source: officials in Gaza said the crossing was closed.\n"
        "Blinken met Gallant in Washington on Monday.\n"
        "Source: Al Jazeera + agencies"
    )
    result = clean_lines(text, find_title=False)
    assert [(r.text, r.reason) for r in result.removed] == [
        ("Source: Al Jazeera + agencies", "source-credit")
    ]


def test_blank_lines_and_whitespace_are_not_paragraphs() -> None:
    result = clean_lines("\n\n   First sentence here is long enough.  \n\n\t\nSecond one.\n")
    assert result.paragraphs == ["First sentence here is long enough.", "Second one."]


def test_arabic_article_is_cleaned_like_english() -> None:
    raw = RawDocument("ar.txt", ARABIC_ARTICLE, "text")
    article = clean_document(raw)
    assert article.language == "ar"
    assert article.title == "واشنطن تحذر إسرائيل من اجتياح رفح"
    assert [r.reason for r in article.removed] == ["title", "share-link", "read-more", "hashtags"]
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1] == "وأشار إلى أن نحو 1.4 مليون شخص يوجدون حاليا في رفح."


def test_removed_positions_point_at_input_lines() -> None:
    text = "Headline For The Story\n\nBody sentence one is here.\n\n1711428572\n"
    result = clean_lines(text)
    lines = text.splitlines()
    for removed in result.removed:
        assert lines[removed.position].strip() == removed.text


def test_hard_wrapped_lines_become_one_paragraph() -> None:
    text = (
        "Blinken met Gallant in Washington on Monday, and the\n"
        "two discussed the dangers of an invasion of Rafah.\n"
        "\n"
        "Miller said the talks were constructive."
    )
    assert clean_lines(text).paragraphs == [
        "Blinken met Gallant in Washington on Monday, and the two discussed the dangers of an "
        "invasion of Rafah.",
        "Miller said the talks were constructive.",
    ]


@pytest.mark.parametrize(
    ("line", "ends"),
    [("He left.", True), ('She said "no."', True), ("(Reuters)", False), ("", False),
     ("Why?”)", True), ("Headline without end", False), ("”" * 200_000, False)],
)  # fmt: skip
def test_ends_sentence_is_linear_on_long_lines_of_closers(line: str, ends: bool) -> None:
    from newsprism.clean.text import ends_sentence

    assert ends_sentence(line) is ends
