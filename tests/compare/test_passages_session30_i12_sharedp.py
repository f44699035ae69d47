"""A passage made of who reported it and when is not one statement (session 30)."""

from newsprism.compare.pairs import _WORD
from newsprism.compare.passages import passages


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _share(first: str, second: str) -> bool:
    return bool(passages(_words(first)) & passages(_words(second)))


def test_a_source_a_reporting_verb_and_a_day_are_no_passage() -> None:
    first = ("The city plans to close two libraries by late next month, the Boston Globe "
             "reported on Friday, citing a draft budget.")
    second = "The closures could begin next month, the Boston Globe reported on Friday."
    assert not _share(first, second)


def test_a_statement_printed_word_for_word_is_still_a_passage() -> None:
    first = 'The mayor wrote that "the harbor tunnel will stay closed until the repairs end".'
    second = 'She said the harbor tunnel will stay closed until the repairs end on the east side.'
    assert _share(first, second)


def test_a_day_inside_a_statement_does_not_hide_its_content() -> None:
    first = ("Officials said the governor signed the water rights compact with three tribes "
             "on Monday.")
    second = ("The governor signed the water rights compact with three tribes on Monday, "
              "officials said.")
    assert _share(first, second)
