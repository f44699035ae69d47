"""Quotes and reported speech in Arabic text, by rule, with the speaker named near the verb.

The English extractor reads spaCy's parse; no trained Arabic pipeline is on PyPI, so an
Arabic Doc (``extract/nlp.py``: blank ``ar`` tokenizer, rule-based sentences) comes here.
Arabic news reports speech in a few fixed shapes, verb first:

* ``وقال المتحدث باسم الخارجية ماثيو ميلر إن بلينكن أكد …`` — reported: verb, speaker,
  the complementiser إن/أن, then what was said, to the end of the sentence;
* ``وأضاف: «لا حل عسكري»`` or ``قال الوزير إن «…»`` — direct: the quotation after the
  cue (quotation marks «» “” "" paired by the project's one finder, ``marks.py``);
* ``«…»، قال الوزير`` — direct, the cue after the quotation.

The speaker is the phrase between the verb and إن/أن, a colon, a quotation or a
preposition (``data/speech_verbs_ar.toml`` lists those words). No phrase (``وأضاف أن``)
means the last speaker of the same gender (a verb ending in ت is feminine), resolved as
"pronoun"; a phrase of role words only (``الوزير``) is the last speaker named with that
role ("role"), else kept as written ("description"); a phrase starting with an unnamed
source (``مصدر أمني``) is a "description"; any other phrase is the name as written. A
speech verb with no إن/أن, colon or quotation after it (``أكد دعم المملكة``) reports a
noun, not words, and is skipped: precision first.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from newsprism.clean.dates_arabic import fold
from newsprism.extract.quotes.extractor import QuoteSpan
from newsprism.extract.quotes.marks import Quotation, find_quotations
from newsprism.extract.quotes.speakers import Resolution

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LETTER = "\u0621-\u064a"
_WORD = re.compile(rf"[{_LETTER}\u0640\u064b-\u0652A-Za-z0-9]+|[^\s]")
_COMPLEMENTISERS = {fold(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم",
                                      "أنهم", "إنهما", "أنهما", "إننا", "أننا", "بأن",
                                      "بأنه", "بأنها", "بأنهم")}  # fmt: skip
_ADJUNCT_WORDS = 8  # words of "للصحفيين في مؤتمر صحفي" allowed between speaker and إن
_BREAKS = set(":،,«\"“”».؛;!?؟()")
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")


def _bare(token: str) -> str:
    """A token without short vowels and tatweel («أيضًا» and «أيضاً» alike)."""
    return _HARAKAT.sub("", token)
_COMPLEMENTISER = re.compile(
    rf"(?:{'|'.join(sorted(map(re.escape, _COMPLEMENTISERS), key=len, reverse=True))})"
    rf"(?![{_LETTER}])\s*"
)


@dataclass(frozen=True)
class ArabicSpeechLexicon:
    """The Arabic speech verbs (form -> (verb shown, tone, feminine)) and speaker words."""

    forms: dict[str, tuple[str, str, bool]]
    stop: frozenset[str]
    roles: frozenset[str]
    unnamed: frozenset[str]
    objects: frozenset[str]
    max_words: int
    pattern: re.Pattern[str]


@cache
def load_arabic_lexicon() -> ArabicSpeechLexicon:
    raw = tomllib.loads(resources.files("newsprism").joinpath("data/speech_verbs_ar.toml")
                        .read_text("utf-8"))  # fmt: skip
    forms: dict[str, tuple[str, str, bool]] = {}
    for tone in ("neutral", "loaded"):
        for entry in raw["verbs"][tone]:
            words = entry.split()
            for form in words:
                feminine = form.endswith("ت") or form.startswith("ت")
                forms.setdefault(fold(form), (words[0], tone, feminine))
    alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    pattern = re.compile(rf"(?<![{_LETTER}])(?:و|ف)?(?P<verb>{alternation})(?![{_LETTER}])")
    speaker = raw["speaker"]

    def words(key: str) -> frozenset[str]:
        return frozenset(_bare(fold(w)) for w in speaker[key])

    return ArabicSpeechLexicon(forms, words("stop"), words("roles"), words("unnamed"),
                               words("object_nouns"), int(speaker["max_words"]), pattern)


@dataclass
class _Said:
    """One speech verb found, with its speaker phrase and where the phrase ends."""

    verb: str
    tone: str
    feminine: bool
    cue: tuple[int, int]
    phrase: tuple[int, int] | None
    after: int  # where the content may begin


class _ArabicQuotes:
    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.folded = fold(doc.text)
        self.lex = load_arabic_lexicon()
        self.sentences = [(s.start_char, s.end_char) for s in doc.sents]
        self.quotations = find_quotations(doc.text)
        self.taken: list[tuple[int, int]] = []
        # every subject so far: (speaker or None when unresolved, feminine, phrase folded);
        # a pronoun takes the last one of its gender, and stays unresolved on a None
        self.history: list[tuple[str | None, bool, str]] = []

    def sentence_of(self, offset: int) -> tuple[int, tuple[int, int]]:
        for n, (a, b) in enumerate(self.sentences):
            if a <= offset < b:
                return n, (a, b)
        return len(self.sentences) - 1, self.sentences[-1] if self.sentences else (0, 0)

    def inside_taken(self, a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in self.taken)

    def in_quotation(self, offset: int) -> bool:
        return any(a <= offset < b for q in self.quotations for a, b in q.regions)

    def run(self) -> list[QuoteSpan]:
        spans: list[QuoteSpan] = []
        for match in self.lex.pattern.finditer(self.folded):
            start, end = match.span("verb")
            if self.inside_taken(start, end) or self.in_quotation(start):
                continue
            said = self._cue(match)
            span = self._content(said)
            if span is not None:
                spans.append(span)
            elif said.phrase is not None:  # "أكد الوزير دعم …": a subject a pronoun may
                self.history.append((None, said.feminine, self.folded[slice(*said.phrase)]))
        spans.extend(self._cues_after())
        return sorted(spans, key=lambda s: s.start)

    def _cue(self, match: re.Match[str]) -> _Said:
        verb, tone, feminine = self.lex.forms[match["verb"]]
        words = []
        for word in _WORD.finditer(self.folded, match.end()):
            token = _bare(word.group(0))
            ends = not token or token in _BREAKS or token in self.lex.stop \
                or token in _COMPLEMENTISERS or len(words) == self.lex.max_words  # fmt: skip
            if ends or self._newline_between(match.end(), word.start()):
                break
            words.append(word.span())
        phrase = (words[0][0], words[-1][1]) if words else None
        after = words[-1][1] if words else match.end()
        return _Said(verb, tone, feminine, match.span("verb"), phrase, after)

    def _newline_between(self, a: int, b: int) -> bool:
        return "\n" in self.text[a:b]

    def _opening(self, at: int
                 ) -> tuple[int, re.Match[str] | None, Quotation | None] | None:  # fmt: skip
        """Where what was said opens after the speaker: a quotation, or إن/أن, possibly
        after a colon or a few words of adjunct ("للصحفيين في مؤتمر صحفي", "إلى")."""
        for word in range(_ADJUNCT_WORDS + 1):
            lead = re.match(r"\s*[:،,]?\s*", self.folded[at:])
            at += lead.end() if lead else 0
            quotation = next((q for q in self.quotations if q.regions[0][0] == at), None)
            if quotation is not None and word == 0:
                return at, None, quotation
            if quotation is not None:  # «قال لـ«الشرق الأوسط» إن»: a name in the adjunct
                at = quotation.regions[0][1]
                continue
            comp = _COMPLEMENTISER.match(self.folded, at)
            if comp is not None:
                return at, comp, None
            token = _WORD.match(self.folded, at)
            if token is None or token.group(0) in _BREAKS or word == _ADJUNCT_WORDS \
                    or _bare(token.group(0)) == "علي" or self.lex.pattern.match(self.folded, at):
                return None  # «على أن»: "that X should", an object, not speech  # fmt: skip
            at = token.end()
        return None

    def _content(self, said: _Said) -> QuoteSpan | None:
        if said.phrase and any(_bare(w) in self.lex.objects
                               for w in self.folded[slice(*said.phrase)].split()):  # fmt: skip
            return None
        opening = self._opening(said.after)
        if opening is None:
            return None
        _, comp, quotation = opening
        if quotation is not None:
            return self._make(said, quotation.parts, "direct")
        assert comp is not None
        begin = comp.end()
        _, (_, sentence_end) = self.sentence_of(begin)
        end = len(self.text[:sentence_end].rstrip(" \n.؟?!"))
        inner = next((q for q in self.quotations if q.regions[0][0] == begin), None)
        if inner is not None and inner.regions[-1][1] >= end:
            return self._make(said, inner.parts, "direct")
        if end - begin < 3:
            return None
        return self._make(said, ((begin, end),), "reported")

    def _make(self, said: _Said, parts: tuple[tuple[int, int], ...], kind: str) -> QuoteSpan:
        speaker, resolved, surface = self._speaker(said)
        start, end = parts[0][0], parts[-1][1]
        self.taken.append((min(start, said.cue[0]), end))
        sentence, _ = self.sentence_of(said.cue[0])
        return QuoteSpan(
            text=" ".join(self.text[a:b] for a, b in parts), start=start, end=end,
            kind=kind,  # type: ignore[arg-type]
            cue=self.text[said.cue[0] : said.cue[1]], cue_start=said.cue[0],
            cue_end=said.cue[1], speaker=speaker,
            speaker_start=surface[0] if surface and resolved in ("name", "role") else None,
            speaker_end=surface[1] if surface and resolved in ("name", "role") else None,
            speaker_surface=self.text[surface[0] : surface[1]] if surface else None,
            resolved=resolved, sentence_index=sentence, parts=tuple(parts),
            surface_start=surface[0] if surface else None,
            surface_end=surface[1] if surface else None, cue_tone=said.tone,
        )  # fmt: skip

    def _speaker(self, said: _Said) -> tuple[str | None, Resolution, tuple[int, int] | None]:
        """(speaker, how it was resolved, the span of the phrase at the cue)."""
        if said.phrase is None:
            previous = next((h for h in reversed(self.history) if h[1] == said.feminine), None)
            if previous is None or previous[0] is None:
                return None, "none", None
            return previous[0], "pronoun", None
        a, b = said.phrase
        shown, folded = self.text[a:b], self.folded[a:b]
        words = [_bare(w) for w in folded.split()]
        resolved: Resolution = "name"
        if words[0] in self.lex.unnamed:
            resolved = "description"
        elif all(w in self.lex.roles for w in words):
            named = next((h for h in reversed(self.history) if h[0] is not None
                          and words[0] in h[2].split() and h[2] != folded), None)  # fmt: skip
            shown, resolved = (named[0], "role") if named else (shown, "description")
        self.history.append((shown, said.feminine, folded))
        return shown, resolved, said.phrase

    def _cues_after(self) -> list[QuoteSpan]:
        """«…»، قال الوزير: a quotation whose cue follows it."""
        found = []
        for quotation in self.quotations:
            a, b = quotation.regions[0][0], quotation.regions[-1][1]
            if self.inside_taken(a, b):
                continue
            match = self.lex.pattern.match(self.folded, b + len(self._gap(b)))
            if match is None or self._gap(b).strip(" ") not in ("،", ",", ""):
                continue
            said = self._cue(match)
            if said.phrase is None:
                continue
            found.append(self._make(said, quotation.parts, "direct"))
        return found

    def _gap(self, at: int) -> str:
        gap = re.match(r"[\s،,]*", self.folded[at:])
        return gap.group(0) if gap else ""


def extract_arabic_quotes(doc: Doc) -> list[QuoteSpan]:
    """Quotes and reported speech of an Arabic Doc, in text order (see the module doc)."""
    if not doc.text.strip():
        return []
    return _ArabicQuotes(doc).run()


__all__ = ["Quotation", "extract_arabic_quotes", "load_arabic_lexicon"]
