"""Offline language detection with lingua, loading only the languages newsprism needs.

lingua's full model set costs ~1.4 GB of RAM; the languages below (the major news
languages, Arabic and English first) cost a fraction of that. The list is a setting
(``NEWSPRISM_LANGUAGES``, comma-separated ISO 639-1 codes) so a deployment can widen it.
"""

from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_LANGUAGES = (
    "en", "ar", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "tr", "fa", "he",
    "ur", "hi", "zh", "ja", "ko", "id", "pl", "sv",
)  # fmt: skip
# Detection reads the opening of the text: enough for a confident answer, and it keeps
# a 10 MB article from costing seconds.
SAMPLE_CHARS = 3000


def configured_languages() -> tuple[str, ...]:
    env = os.environ.get("NEWSPRISM_LANGUAGES", "")
    codes = tuple(c.strip().lower() for c in env.split(",") if c.strip())
    return codes or DEFAULT_LANGUAGES


@lru_cache(maxsize=2)
def _detector(codes: tuple[str, ...]):  # -> lingua.LanguageDetector (import kept lazy)
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [IsoCode639_1.from_str(code) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short or unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 12:
        return None
    language = _detector(configured_languages()).detect_language_of(sample)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()
