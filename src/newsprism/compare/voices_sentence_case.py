"""A described voice that opens a sentence: "Multiple senators", "Senators involved in …".

The quote extractor gives a voice as the article writes it, so a description that
opens its sentence keeps the sentence's capital: The Hill's "Senators involved in
bipartisan negotiations say …" and the Washington Post's "Multiple senators leaving an
evening negotiating session … said …" (NeuS raw row 318, session 31), the same group of
senators, were each "heard only" in their outlet. :func:`.labels_voices.is_description`
reads a capitalised first word that is no determiner as a possible name the linker
missed, so neither had a head noun to compare. A name, though, capitalises its later
words too ("Capitol Police officers", "Kenneth F. McKenzie Jr."); a description whose
only capital is its first letter is a sentence's opening, and is read here in lower case.

The head noun then ends before a participle set after a plural noun ("senators
involved in …", "officials briefed on …", "protesters chanting …"): the participle
opens the noun's modifier, as "of" or "who" do (:data:`.labels_voices.CUT_WORDS`); one
before the noun ("elected officials", "leading scientists") is the noun's adjective.
Both only widen what :mod:`.labels_voices` compares, which withholds an "only" and
never makes one.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def sentence_case(speaker: str) -> str | None:
    """``speaker`` with its first letter in lower case when it is a description that
    opens a sentence: two words or more, the first capitalised and not an acronym,
    every later word in lower case (numbers and marks aside); else None."""
    words = _WORD.findall(speaker)
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return None
    if any(not w.islower() for w in words[1:]):
        return None
    return speaker[:1].lower() + speaker[1:]


def participle_after_plural(word: str, previous: str) -> bool:
    """``word`` is a participle ("-ed", "-ing") right after a plural noun ("senators
    involved"): the plural's modifier starts there."""
    low, prev = word.lower(), previous.lower()
    plural = prev.endswith("s") and not prev.endswith("ss") and len(prev) > 3
    return plural and len(low) > 4 and low.endswith(("ed", "ing"))
