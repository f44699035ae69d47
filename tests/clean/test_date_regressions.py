"""Pages that used to be lost as E199: an epoch stamp (aware) beside naive stamps, and an
impossible offset ("+85:00"). Each must now clean, keeping its article."""

from __future__ import annotations

import pytest

from newsprism.clean.html import extract_html

BODY = "The council approved the budget on Monday after a long debate that lasted hours. " * 5
PAGE = "<html><head>{head}</head><body><article><h1>Title here</h1><p>" + BODY + "</p>{extra}"
PAGE += "</article></body></html>"
EPOCH = '<p><time datetime="1558442573000">x</time></p>'
BAD_OFFSET = (
    '<script type="application/ld+json">'
    '{"@type":"NewsArticle","datePublished":"2019-05-21T10:00:00+85:00"}</script>'
)


@pytest.mark.parametrize(
    ("head", "extra", "url"),
    [
        (BAD_OFFSET, "", "https://example.org/a"),
        ('<meta property="article:published_time" content="2019-05-21T14:42:53">', EPOCH,
         "https://example.org/a"),
        ("", EPOCH, "https://example.org/2019/05/22/a"),
    ],
)  # fmt: skip
def test_page_with_mixed_stamps_is_cleaned(head: str, extra: str, url: str) -> None:
    result = extract_html(PAGE.format(head=head, extra=extra), url=url)
    assert "council approved the budget" in "\n".join(result.paragraphs)
    assert result.stamps, "the page's date evidence was dropped"


@pytest.mark.parametrize(
    ("text", "impossible"),
    [
        ("2023-43-31T15:10:27+01:00", True), ("2020-04-85T17:49:50+00:00", True),
        ("2022-11-43 08:43:92", True), ("2021-71-28 06:29:18+0200", True), ("2019-00-13", True),
        ("2023-13-05", False), ("2023-02-30T10:00", False), ("2019-78-40Z", False),
        ("2019-78-40 pm", False), ("٢٠٢٣-٤٣-٣١", False),
    ],
)  # fmt: skip
def test_impossible_iso_day_is_known_without_dateparser(text: str, impossible: bool) -> None:
    from newsprism.clean.dates import _dateparser_stamp, _impossible_iso_day, parse_free

    assert _impossible_iso_day(text) is impossible
    if impossible:  # the shortcut answers what dateparser would
        assert _dateparser_stamp(text, source="meta", role="published", languages=None) is None
        assert parse_free(text, source="meta", role="published") is None


STAMP_LINES = [
    "Published March 25, 2024 at 10:30 a.m. EDT",
    "Updated: Monday, 25 March 2024, 14:05 CET",
    "24. Januar 2022 um 18:00 Uhr",
    "1er mars 2020 à 09h30",
    "19 de febrero de 2020",
    "2024-03-26T14:05:00+01:00",
    "26/03/2024 - 14:05",
    "1558442573",
    "نشر في 3 كانون الثاني 2024 - 10:30 مساءً بتوقيت القدس",
    "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس",
    "١٥ مايو ٢٠١٥",
    "26/10/1436 هـ",
]


@pytest.mark.parametrize("line", STAMP_LINES)
def test_no_stamp_pattern_matches_a_line_without_a_digit(line: str) -> None:
    # ``find_stamps`` skips a line with no digit; this asks every pattern itself, with
    # each digit (of any script) turned into a letter or dropped.
    from newsprism.clean.dates import _stamps_in, find_stamps

    assert find_stamps(line, source="t"), "the line's own stamp is found"
    for blank in ("x", "", " "):
        bare = "".join(blank if ch.isdecimal() else ch for ch in line)
        assert _stamps_in(bare, source="t", day_first=None) == []
        assert _stamps_in(bare, source="t", day_first=True) == []


@pytest.mark.parametrize(
    ("lines", "day_first"),
    [
        (["No date here.", "Posted 26/03/2024 at noon", "Another line"], True),
        (["Posted 03/26/2024", "and words only"], False),
        (["نشر ٢٦/٠٣/2024", "كلمات فقط"], True),  # Arabic-Indic day and month
        (["Words, then more words.", "3/4/2024 cannot tell"], None),
        (["Nothing numeric at all."], None),
    ],
)  # fmt: skip
def test_numeric_order_is_read_from_the_lines_with_digits(lines: list[str], day_first) -> None:
    from newsprism.clean.dates import numeric_order_hint

    assert numeric_order_hint(lines) is day_first
