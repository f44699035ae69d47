"""Keys that survive translation: digits of any script, Arabic number words, names."""

from __future__ import annotations

import pytest

from newsprism.xling.script import (
    arabic_numbers,
    arabic_skeletons,
    ascii_digits,
    is_arabic,
    name_skeleton,
    number_keys,
    skeleton,
)


@pytest.mark.parametrize(("latin", "arabic"), [
    ("Blinken", "بلينكن"), ("Gallant", "غالانت"), ("Rafah", "رفح"), ("Netanyahu", "نتنياهو"),
    ("Washington", "واشنطن"), ("Ramadan", "رمضان"), ("Hamas", "حماس"), ("Miller", "ميلر"),
])  # fmt: skip
def test_a_name_has_one_skeleton_in_both_scripts(latin: str, arabic: str) -> None:
    assert skeleton(latin) == skeleton(arabic)
    assert len(skeleton(latin)) >= 3


def test_different_names_have_different_skeletons() -> None:
    keys = {skeleton(w) for w in ("Blinken", "Gallant", "Netanyahu", "Miller", "Kirby")}
    assert len(keys) == 5


def test_proclitics_and_the_article_are_stripped() -> None:
    # "and Blinken", "to Washington", "the Pentagon"
    assert skeleton("Blinken") in arabic_skeletons("وبلينكن")
    assert skeleton("Washington") in arabic_skeletons("لواشنطن")
    assert skeleton("Pentagon") in arabic_skeletons("البنتاغون")


def test_a_name_is_matched_by_its_last_word() -> None:
    assert name_skeleton("Antony Blinken") == skeleton("بلينكن")


def test_arabic_indic_digits_read_as_ascii() -> None:
    assert ascii_digits("١٫٤ مليون و٢٠٢٤") == "1.4 مليون و2024"


@pytest.mark.parametrize(("text", "value"), [
    ("نحو ١٫٤ مليون فلسطيني", 1_400_000), ("1.4 مليون شخص", 1_400_000),
    ("قتل ثلاثة أشخاص", 3), ("ثلاثة آلاف نازح", 3_000), ("1,400 جندي", 1_400),
    ("مليار دولار", 1e9), ("٢٠ شاحنة", 20),
])  # fmt: skip
def test_arabic_numbers_are_read_with_their_scale(text: str, value: float) -> None:
    assert arabic_numbers(text)[0].value == value


def test_words_that_are_not_numbers_give_none() -> None:
    assert arabic_numbers("قال المتحدث إن الوفد لن يسافر") == []


def test_number_keys_agree_across_languages() -> None:
    english, arabic = number_keys("about 1.4 million people"), number_keys("نحو ١٫٤ مليون")
    assert "1400000" in english & arabic


def test_script_detection() -> None:
    assert is_arabic("بلينكن يلتقي غالانت في واشنطن")
    assert not is_arabic("Blinken meets Gallant (بلينكن)")
