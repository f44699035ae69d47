"""What framing finds in one article, each finding with the character spans that show it.

Every result points back to the text: ``text[start:end]`` is the span. A span inside a
quotation carries ``in_quote`` and, when the quote extractor knows who is quoted, the
``speaker``: those words are the source's, not the outlet's, and the counts keep them
apart (``count`` against ``quoted``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]``; ``in_quote`` inside a quotation, whose ``speaker``."""

    start: int
    end: int
    text: str
    in_quote: bool = False
    speaker: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                                "in_quote": self.in_quote}  # fmt: skip
        if self.speaker:
            data["speaker"] = self.speaker
        return data


@dataclass
class TermUse:
    """Every use of one lexicon term in one text.

    ``count`` is the outlet's own voice (spans outside quotations); ``quoted`` counts the
    spans inside quotations, which are the speakers' words. ``spans`` holds both.
    ``attributed`` (session 24) counts the spans outside quotations that the text gives
    to a named caller ("a statement describing the massacre as a genocide": the span's
    ``speaker``); they are not the outlet's own voice, so ``count`` leaves them out.
    """

    term: str
    category: str
    neutral: str
    count: int = 0
    quoted: int = 0
    spans: list[Span] = field(default_factory=list)
    attributed: int = 0

    def add(self, span: Span) -> None:
        self.spans.append(span)
        if span.in_quote:
            self.quoted += 1
        elif span.speaker:
            self.attributed += 1
        else:
            self.count += 1

    def as_dict(self) -> dict[str, Any]:
        return {"term": self.term, "category": self.category, "neutral": self.neutral,
                "count": self.count, "quoted": self.quoted, "attributed": self.attributed,
                "spans": [s.as_dict() for s in self.spans]}  # fmt: skip


@dataclass(frozen=True)
class AttributionUse:
    """One attribution verb in the text (its lemma, what it adds to "said", where)."""

    verb: str
    connotation: str
    span: Span

    def as_dict(self) -> dict[str, Any]:
        return {"verb": self.verb, "connotation": self.connotation, **self.span.as_dict()}


@dataclass(frozen=True)
class HedgeUse:
    """One hedge ("reportedly", "allegedly", "what critics call"): the doubt it casts."""

    hedge: str
    connotation: str
    span: Span

    def as_dict(self) -> dict[str, Any]:
        return {"hedge": self.hedge, "connotation": self.connotation, **self.span.as_dict()}


@dataclass(frozen=True)
class CueUse:
    """One affect-cue word (opt-in layer): its VADER valence and where it is."""

    word: str
    valence: float
    span: Span

    def as_dict(self) -> dict[str, Any]:
        return {"word": self.word, "valence": self.valence, **self.span.as_dict()}


@dataclass(frozen=True)
class LoadedWord:
    """A word or phrase the learned detector reads as loaded in its context.

    ``score`` is the calibrated probability that an expert would mark it; ``term`` names
    the lexicon entry that also covers it, if any.
    """

    span: Span
    score: float
    term: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {**self.span.as_dict(), "score": round(self.score, 3), "term": self.term}


@dataclass
class ArticleFraming:
    """How one text frames its story, each finding with the spans that show it."""

    terms: list[TermUse] = field(default_factory=list)
    attribution_verbs: dict[str, int] = field(default_factory=dict)
    scare_quotes: list[Span] = field(default_factory=list)
    attributions: list[AttributionUse] = field(default_factory=list)
    neutral_attributions: int = 0
    partial_quotes: list[Span] = field(default_factory=list)
    cues: list[CueUse] = field(default_factory=list)
    voices: dict[str, int] = field(default_factory=dict)
    lexicon_version: str = ""
    hedges: list[HedgeUse] = field(default_factory=list)
    loaded: list[LoadedWord] = field(default_factory=list)
    detector: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The public JSON shape: terms, attribution_verbs, voices, plus the evidence.

        ``attribution_verbs`` counts the outlet's own uses only (``{lemma: count}``);
        ``attribution_spans`` lists every use, quoted ones marked ``in_quote``.
        ``loaded_words`` are the learned detector's flags, ``hedges`` the doubt markers.
        """
        return {
            "terms": [t.as_dict() for t in self.terms],
            "attribution_verbs": dict(self.attribution_verbs),
            "voices": dict(self.voices),
            "scare_quotes": [{"start": s.start, "end": s.end, "text": s.text}
                             for s in self.scare_quotes],
            "attribution_spans": [a.as_dict() for a in self.attributions],
            "neutral_attributions": self.neutral_attributions,
            "partial_quotes": [s.as_dict() for s in self.partial_quotes],
            "cues": [c.as_dict() for c in self.cues],
            "lexicon_version": self.lexicon_version,
            "hedges": [h.as_dict() for h in self.hedges],
            "loaded_words": [w.as_dict() for w in self.loaded],
            "detector": self.detector,
        }  # fmt: skip

    def spans(self) -> list[tuple[Span, str]]:
        """Every flagged span with its kind: a term's category, "attribution", "hedge",
        "scare-quote", "partial-quote", "cue" or "loaded".

        An attribution verb inside a quotation is the speaker's own verb ("“I admit I
        was wrong”"), not the outlet's choice of how to attribute: it is no flag, as
        ``attribution_verbs`` never counts it (it stays in ``attribution_spans``,
        marked ``in_quote``). Session 24: on BASIL 2010–2012 all 12 such flags touched
        no bias span."""
        found = [(s, t.category) for t in self.terms for s in t.spans]
        found += [(a.span, "attribution") for a in self.attributions if not a.span.in_quote]
        found += [(h.span, "hedge") for h in self.hedges]
        found += [(s, "scare-quote") for s in self.scare_quotes]
        found += [(s, "partial-quote") for s in self.partial_quotes]
        found += [(c.span, "cue") for c in self.cues]
        found += [(w.span, "loaded") for w in self.loaded]
        return sorted(found, key=lambda pair: (pair[0].start, pair[0].end))
