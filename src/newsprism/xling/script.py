"""Language-independent keys for Arabic next to English: digits, numbers and names.

Three things survive translation between an Arabic and an English report of one event:
numbers, names and dates. None of them is written the same way in both:

* **Digits.** Arabic text uses Western digits (0-9) or Arabic-Indic ones (٠-٩, and the
  Persian ۰-۹), with «٫» as decimal point and «٬» as thousands separator.
  :func:`ascii_digits` maps them all to ASCII, so "١٫٤" reads as "1.4".
* **Number words.** "مليون" is "million", "ألف" is "thousand"; "1.4 مليون" is 1,400,000.
  :func:`arabic_numbers` reads the common cases: a digit run with an optional scale word
  (ألف، آلاف، مليون، ملايين، مليار), and the unit words one to ten, twenty ... ninety,
  hundred, thousand alone ("ثلاثة" = 3, "عشرات" is left alone: it is not a number).
* **Names.** Arabic writes a foreign name by its sounds, mostly without short vowels:
  "بلينكن" is Blinken, "غالانت" Gallant, "رفح" Rafah. :func:`skeleton` reduces a word of
  either script to its consonants in one shared alphabet (b, t, d, s, z, k, g, f, h, l,
  m, n, r), dropping vowels, long-vowel letters and doubled letters: both "Blinken" and
  "بلينكن" give ``blnkn``; "Gallant" and "غالانت" give ``glnt``. A skeleton of fewer
  than three consonants matches too much to be used alone (:data:`MIN_SKELETON`).

The tables are small and explicit on purpose (a fact-checker can read why two names
matched); they are not a transliteration standard. Tested in tests/xling/test_script.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_SKELETON = 3

_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",
    "01234567890123456789.,",
)
# Arabic letters -> consonant class; letters that are vowels or glides map to "".
_AR_CLASS = {
    "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "د": "d", "ذ": "d", "ض": "d",
    "س": "s", "ص": "s", "ش": "s", "ز": "z", "ظ": "z", "ك": "k", "ق": "k", "ج": "g",
    "غ": "g", "گ": "g", "ف": "f", "ڤ": "f", "ح": "h", "ه": "h", "خ": "k", "ل": "l",
    "م": "m", "ن": "n", "ر": "r", "ا": "", "أ": "", "إ": "", "آ": "", "ء": "", "ئ": "",
    "ؤ": "", "و": "", "ي": "", "ى": "", "ع": "", "ة": "",
}  # fmt: skip
# Latin digraphs first, then single letters (vowels and glides dropped).
_LATIN_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("th", "t"), ("kh", "k"), ("gh", "g"),
                   ("ph", "f"), ("ck", "k"), ("dh", "d"), ("zh", "z"), ("ng", "n"))  # fmt: skip
_LATIN_CLASS = {
    "b": "b", "p": "b", "t": "t", "d": "d", "s": "s", "c": "k", "z": "z", "x": "ks",
    "k": "k", "q": "k", "g": "g", "j": "g", "f": "f", "v": "f", "h": "h", "l": "l",
    "m": "m", "n": "n", "r": "r",
}  # fmt: skip
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
# What ``"a" <= ch.lower() <= "z"`` accepts: ASCII letters, and two letters whose lower
# case is one (the dotted capital I, the Kelvin sign). A regex counts them in C.
_LATIN_LETTER = re.compile("[A-Za-z\u0130\u212A]")
_TASHKEEL = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")  # marks and tatweel
# One-letter proclitics (and, by, for, so, as) and the article; stripped when what is
# left still has three letters.
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits (and «٫» «٬») as ASCII."""
    return text.translate(_DIGITS)


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds more Arabic letters than Latin ones."""
    return len(_ARABIC_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text))


def _strip_arabic(word: str) -> str:
    return _TASHKEEL.sub("", unicodedata.normalize("NFC", word))


@lru_cache(maxsize=65_536)
def arabic_stems(word: str) -> tuple[str, ...]:
    """``word`` and, when it starts with the article or a one-letter proclitic, the rest.

    "والرئيس" gives ("والرئيس", "الرئيس", "رئيس"); a short word is kept whole.
    """
    word = _strip_arabic(word)
    out = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            out.append(word[len(prefix):])
    return tuple(dict.fromkeys(out))


def _collapse(chars: str) -> str:
    out = []
    for ch in chars:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65_536)
def skeleton(word: str) -> str:
    """The consonant skeleton of one word of Arabic or Latin script ("" for others)."""
    if _ARABIC_LETTER.search(word):
        return _collapse("".join(_AR_CLASS.get(ch, "") for ch in _strip_arabic(word)))
    low = unicodedata.normalize("NFKD", word.lower())
    low = "".join(ch for ch in low if "a" <= ch <= "z")
    for digraph, cls in _LATIN_DIGRAPHS:
        low = low.replace(digraph, cls.upper())  # upper: not read again as a letter
    # A final -h after a vowel is written (Rafah, Hamdallah); a final silent -e is not.
    return _collapse("".join(_LATIN_CLASS.get(ch, ch.lower() if ch.isupper() else "")
                             for ch in low))  # fmt: skip


def arabic_skeletons(text: str) -> set[str]:
    """The skeletons of every Arabic word of ``text`` and of its proclitic-free stems."""
    out: set[str] = set()
    for word in _WORD.findall(text):
        if not _ARABIC_LETTER.search(word):
            continue
        for stem in arabic_stems(word):
            key = skeleton(stem)
            if len(key) >= MIN_SKELETON:
                out.add(key)
    return out


def name_skeleton(name: str) -> str:
    """The skeleton of a name's last word ("Antony Blinken" -> ``blnkn``), the word
    reports in both languages keep."""
    words = _WORD.findall(name)
    return skeleton(words[-1]) if words else ""


# --- numbers --------------------------------------------------------------------------

_SCALE_WORDS = {
    "ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "ألفا": 1e3, "مليون": 1e6, "ملايين": 1e6,
    "مليونا": 1e6, "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9,
}  # fmt: skip
_UNIT_WORDS = {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3,
    "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
    "ثماني": 8, "ثمانية": 8, "ثمان": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100,
    "مئتين": 200, "مئتان": 200, "ألفين": 2000, "ألفان": 2000,
}  # fmt: skip
_NUMBER_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class ArabicNumber:
    """A number read from Arabic text: its value, the text it was read from, where."""

    value: float
    text: str
    start: int
    end: int


def _digit_value(run: str) -> float | None:
    # "1,400" (thousands) and "1.4" (decimal); a comma followed by one or two digits is
    # a decimal comma.
    if re.fullmatch(r"\d{1,3}(,\d{3})+", run):
        return float(run.replace(",", ""))
    try:
        return float(run.replace(",", "."))
    except ValueError:
        return None


def _scale_of(word: str) -> float | None:
    for stem in arabic_stems(word):
        if stem in _SCALE_WORDS:
            return _SCALE_WORDS[stem]
    return None


def _unit_of(word: str) -> int | None:
    for stem in arabic_stems(word):
        if stem in _UNIT_WORDS:
            return _UNIT_WORDS[stem]
    return None


def arabic_numbers(text: str) -> list[ArabicNumber]:
    """Numbers in Arabic (or mixed) text, with their scale words applied.

    "١٫٤ مليون" and "1.4 مليون" give 1,400,000; "ثلاثة" gives 3; "مليون" alone gives
    1,000,000. Four-digit years are numbers too (dates are the date parser's business).
    """
    source = ascii_digits(text)
    if not _ARABIC_LETTER.search(source):
        # No Arabic word, so no number word or scale: the digit runs are all there is
        # (English text on a story's side of the cross-language path).
        return [ArabicNumber(value, m.group(), m.start(), m.end())
                for m in _NUMBER_RUN.finditer(source)
                if (value := _digit_value(m.group())) is not None]  # fmt: skip
    tokens = list(_TOKEN.finditer(source))
    out: list[ArabicNumber] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group()
        value: float | None
        if _NUMBER_RUN.fullmatch(word):
            value = _digit_value(word)
        elif not _ARABIC_LETTER.match(word):
            # A word of another script is no number word: English text (a story's side of
            # the cross-language path) goes by without a look-up per word.
            i += 1
            continue
        else:
            value = _unit_of(word)
            if value is None:
                value = _scale_of(word)
                if value is not None:
                    out.append(ArabicNumber(value, word, tok.start(), tok.end()))
                i += 1
                continue
        end = tok.end()
        if value is not None and i + 1 < len(tokens):
            scale = _scale_of(tokens[i + 1].group())
            if scale is not None:
                value *= scale
                end = tokens[i + 1].end()
                i += 1
        if value is not None:
            out.append(ArabicNumber(value, source[tok.start():end], tok.start(), end))
        i += 1
    return out


def number_key(value: float) -> str:
    """A number as a canonical string: ``1400000``, ``1.4``."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def number_keys(text: str) -> set[str]:
    """Numbers of ``text`` (either language) as canonical strings, for overlap tests:
    "1.4 million", "١٫٤ مليون" and "1,400,000" all give ``1400000``."""
    keys: set[str] = set()
    for number in arabic_numbers(text):
        keys.add(number_key(number.value))
    # English scale words after digits ("1.4 million").
    for match in re.finditer(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion)\b",
                             ascii_digits(text), re.IGNORECASE):  # fmt: skip
        scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[match.group(2).lower()]
        keys.add(number_key(float(match.group(1)) * scale))
    return keys
