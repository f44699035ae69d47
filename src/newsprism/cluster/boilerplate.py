"""An agency's closing boilerplate, set aside before the clustering features.

Wire stories end with the same lines: a copyright notice ("This material may not be
published, broadcast, rewritten or redistributed"), a credit ("Associated Press writers
in Washington contributed to this report", "Reporting by …; Editing by …"), a newsletter
or app prompt, a link to the agency's coverage. Two different stories of one agency on
one day then share tens of words that the model's IDF table weighs as rare, so their
body cosine and their MinHash rise together: a quake and a rate cut with the same
63-word footer joined one story (docs/clustering.md, decision 19).

The clean stage drops such lines when an HTML page marks them as a footer, and its line
rules drop short ones; text and JSON feeds keep a footer paragraph whole. Here, only for
the features (the stored text and the compare report keep every word), the closing
sentences of the body that match a boilerplate cue are cut, from the end backwards,
stopping at the first sentence that is not boilerplate, and a text that would lose
everything keeps its words.

This is a pure function of the text (no store, no count over other articles), so the
features stay a pure function too, as the Dask engine needs.
"""

from __future__ import annotations

import re

# One pattern per kind of closing line; searched case-insensitively in one sentence.
_CUES = (
    # copyright and reuse notices
    r"^\W*(©|\(c\)\s|copyright\b)",
    r"\ball rights reserved\b",
    r"\bmay not be (re)?published\b",
    r"\b(broadcast|rewritten|redistributed)\b.{0,40}\bwithout (prior )?(written )?permission\b",
    r"\b(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\b",
    r"جميع الحقوق محفوظة",
    # credits
    r"\bcontributed( reporting)? to this (report|story|article)\b",
    r"^\W*((additional )?reporting|writing|compiled|editing) by\b",
    r"\bediting by\b",
    r"\bour standards\s*:|\btrust principles\b",
    # prompts and promotions
    r"\bsign up (for|to)\b",
    r"\bsubscribe (to|for|now|here)\b",
    r"\b(get|receive|join|try) (our|the) [\w'’ -]{0,40}newsletter\b",
    r"\bdelivered (straight |directly )?to your inbox\b",
    r"\bfollow (us|[\w'’ .-]{2,40}) on (twitter|x|facebook|instagram|telegram|threads|"
    r"youtube|tiktok|google news)\b",
    r"\bfollow [\w'’ .-]{2,40} coverage\b",
    r"\bdownload (our|the) app\b",
    r"^\W*(read|see) (more|the latest|also)\b.{0,80}\b(at|on) https?://",
    r"^\W*https?://\S+\W*$",
)
_CUE = re.compile("|".join(f"(?:{c})" for c in _CUES), re.IGNORECASE)
# Sentence ends: after . ! ? (or a closing quote after them) followed by white space.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")


def _sentences(text: str) -> list[tuple[int, str]]:
    """``(start offset, sentence)`` of each sentence of ``text``, in order."""
    out: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            out.append((start, text[start : match.start()]))
        start = match.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def is_boilerplate(sentence: str) -> bool:
    """Whether one sentence is a closing notice, credit or prompt (see the module doc)."""
    return _CUE.search(sentence.strip()) is not None


def body_without_footer(text: str) -> str:
    """``text`` without its closing boilerplate sentences (the features' view of the body).

    Sentences are cut from the end while they match a cue; the first one that does not
    stops the cut, so a cue word in the middle of a report never removes anything. A
    text made of boilerplate alone is returned as it is (its words are all the features
    have).
    """
    sentences = _sentences(text)
    cut = len(text)
    for start, sentence in reversed(sentences):
        if not is_boilerplate(sentence):
            break
        cut = start
    if cut == len(text):
        return text
    kept = text[:cut].rstrip()
    return kept if kept else text


def paragraphs_without_footer(paragraphs: list[str]) -> list[str]:
    """The paragraphs that :func:`body_without_footer` keeps of their joined text."""
    if not paragraphs:
        return paragraphs
    kept = body_without_footer("\n\n".join(paragraphs))
    return [p for p in kept.split("\n\n") if p.strip()]
