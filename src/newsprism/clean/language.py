"""The article's language: the page's own declaration when it is reliable, else lingua.

**Declared.** An HTML page says its language in ``<html lang>``, ``og:locale`` and a
``content-language`` meta tag. That is the author's word and costs nothing, and it names
languages lingua is not configured for (Finnish, Hungarian, Norwegian pages were
detected as Swedish or Spanish). It is used when it is reliable: every declaration
agrees on the language, the text is written in that language's script, and the language
is not ``en``, which many page templates (WordPress and others) declare whatever the
text: 23 of the 990 trafilatura-eval pages declare ``en`` over German, Spanish or
Bengali text. docs/cleaning.md has the figures.

**Detected.** Otherwise lingua reads the first ``DETECT_CHARS`` of the clean text. It
is imported and its models loaded only then, and only for the configured languages
(``NEWSPRISM_LANGUAGES``, comma-separated ISO 639-1 codes, widens the list), in its
low-accuracy mode (trigram models only): on the 896 trafilatura-eval pages whose
declaration lingua confirms, both modes give the same answer from 250 characters on,
and the high-accuracy models cost ~400 MB against ~27 MB (texts in six scripts).
``NEWSPRISM_LANGUAGE_ACCURACY=high`` brings them back for corpora of very short texts.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

DEFAULT_LANGUAGES = (
    "en", "ar", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "tr", "fa", "he",
    "ur", "hi", "zh", "ja", "ko", "id", "pl", "sv",
)  # fmt: skip
# The script check of a declaration reads the opening of the text: enough for a
# confident answer, and it keeps a 10 MB article from costing seconds.
SAMPLE_CHARS = 3000
# lingua reads less: its time grows with the sample (3.9 ms at 3,000 characters, 2.1 at
# 1,000); on the 1 905 dev pages and the articles of corpus-1000 the answer changed on
# two pages (5 copies), none a text or JSON Lines item: docs/cleaning.md, "Language".
DETECT_CHARS = 1000
# Templates declare English by default; a declared "en" is checked by lingua.
UNRELIABLE_DECLARATIONS = frozenset({"en"})
# Macrolanguage members that mean the same language for a reader.
_SAME_LANGUAGE = {"nb": "no", "nn": "no"}
_PRIMARY_TAG = re.compile(r"\s*([A-Za-z]{2})(?:[-_][A-Za-z0-9-_]*)?\s*$")
# The script each non-Latin language is written in (the first word of the letters'
# Unicode names); any other language is expected in Latin letters.
_SCRIPT_LANGUAGES = (
    ("ARABIC", "ar fa ur ps ku sd ug"), ("CYRILLIC", "ru uk bg be mk kk ky mn tg sr"),
    ("LATIN", "sr"), ("HEBREW", "he yi"), ("GREEK", "el"), ("CJK", "zh ja ko"),
    ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("DEVANAGARI", "hi mr ne"),
    ("BENGALI", "bn"), ("TAMIL", "ta"), ("TELUGU", "te"), ("THAI", "th"),
    ("GEORGIAN", "ka"), ("ARMENIAN", "hy"), ("ETHIOPIC", "am"), ("KHMER", "km"),
)  # fmt: skip
_SCRIPTS: dict[str, set[str]] = {}
for _script, _codes in _SCRIPT_LANGUAGES:
    for _code in _codes.split():
        _SCRIPTS.setdefault(_code, set()).add(_script)


def configured_languages() -> tuple[str, ...]:
    env = os.environ.get("NEWSPRISM_LANGUAGES", "")
    codes = tuple(c.strip().lower() for c in env.split(",") if c.strip())
    return codes or DEFAULT_LANGUAGES


def high_accuracy() -> bool:
    return os.environ.get("NEWSPRISM_LANGUAGE_ACCURACY", "").strip().lower() == "high"


@lru_cache(maxsize=2)
def _detector(codes: tuple[str, ...], high: bool = False):  # -> lingua.LanguageDetector
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [IsoCode639_1.from_str(code) for code in codes]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
    return (builder if high else builder.with_low_accuracy_mode()).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short or unsure."""
    sample = text[:DETECT_CHARS]
    if not _has_letters(sample, 12):
        return None
    language = _detector(configured_languages(), high_accuracy()).detect_language_of(sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()


def _has_letters(sample: str, needed: int) -> bool:
    """Whether ``sample`` holds at least ``needed`` letters: stops at the ``needed``-th
    (counting all the characters of every sample cost more than a third of lingua's
    own time)."""
    for ch in sample:
        if ch.isalpha():
            needed -= 1
            if needed <= 0:
                return True
    return needed <= 0


def primary_code(value: str | None) -> str | None:
    """``de`` from ``de-AT``, ``de_DE`` or ``DE``; None for anything else (``x-default``)."""
    match = _PRIMARY_TAG.match(value or "")
    if match is None:
        return None
    code = match.group(1).lower()
    return _SAME_LANGUAGE.get(code, code)


def reliable_declaration(declared: Mapping[str, str], text: str) -> tuple[str, str] | None:
    """The declared language and where it was declared, when it can be believed.

    Args:
        declared: where each declaration sits (``html lang``, ``og:locale``,
            ``content-language``) -> its value, as the page gives it.
        text: the clean text, whose script must fit the language.

    Returns:
        ``(code, sources)``, e.g. ``("de", "html lang, og:locale")``; None when the page
        declares nothing usable, its declarations disagree, it declares only ``en``, or
        the text is in another script.
    """
    codes = {source: primary_code(value) for source, value in declared.items()}
    found = {code for code in codes.values() if code}
    if len(found) != 1:
        return None
    code = found.pop()
    if code in UNRELIABLE_DECLARATIONS or not _written_in(text, _SCRIPTS.get(code, {"LATIN"})):
        return None
    return code, ", ".join(source for source, c in codes.items() if c)


@lru_cache(maxsize=4096)
def _script_of(ch: str) -> str:
    """The first word of the letter's Unicode name (``LATIN``, ``ARABIC``…), cached: a
    page has a few dozen distinct letters, and naming each of its 3,000 letters one by one
    cost ~4 ms a page."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _written_in(text: str, scripts: set[str]) -> bool:
    """Whether most letters of the text's opening belong to one of ``scripts``."""
    counts: Counter[str] = Counter()
    for ch, n in Counter(text[:SAMPLE_CHARS]).items():  # each distinct character once
        if ch.isalpha():
            counts[_script_of(ch)] += n
    letters = sum(counts.values())
    return letters > 0 and sum(counts[s] for s in scripts) * 2 > letters


_LANGUAGE_META = {
    "og:locale": "og:locale",
    "content-language": "content-language",
    "language": "content-language",
    "dc.language": "content-language",
}


def declared_languages(tree) -> dict[str, str]:  # tree: an lxml HTML element
    """Where the page declares its language -> the value: ``<html lang>`` (or
    ``xml:lang``), ``og:locale``, and a ``content-language`` / ``language`` meta tag."""
    declared: dict[str, str] = {}
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        declared["html lang"] = lang.strip()
    for meta in root.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "")
        source = _LANGUAGE_META.get(key.strip().lower())
        content = (meta.get("content") or "").strip()
        if source and content and source not in declared:
            declared[source] = content
    return declared
