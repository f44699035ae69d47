"""Framing of an Arabic article: the Arabic lexicon, attribution verbs and hedges.

The English layers match spaCy lemmas and the learned detector reads English features;
an Arabic Doc (blank ``ar`` tokenizer, ``extract/nlp.py``) has neither. So an Arabic text
is matched on its characters against ``data/framing_ar.toml``: each form as whole words,
with the proclitics و ف ب ل ك (and لل for ال) in front, on a copy of the text with alef
forms, alef maqsura and ta marbuta folded (same length, so offsets are the text's). The
findings are the same result types as the English ones (``results.py``), with the same
categories, so a report shows an Arabic outlet's «قوات الاحتلال» beside an English
outlet's "occupation forces". The learned detector does not run (``loaded`` stays
empty): it was trained on English news only.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsprism.clean.dates_arabic import fold
from newsprism.extract.framing.quoting import QuoteIndex, Sources, quotations, span_at
from newsprism.extract.framing.results import ArticleFraming, AttributionUse, HedgeUse, TermUse
from newsprism.extract.quotes.arabic import extract_arabic_quotes, load_arabic_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LETTER = "\u0621-\u064a"
_LOADED = "loaded: the verb also carries the writer's judgement of what was said"


@dataclass(frozen=True)
class ArabicEntry:
    """One Arabic term or hedge and the context that rules a match out."""

    term: str
    gloss: str
    category: str  # "hedge" for a hedge
    neutral: str
    sources: tuple[str, ...]
    not_preceded_by: frozenset[str] = frozenset()
    not_followed_by: frozenset[str] = frozenset()
    not_followed_prefixes: tuple[str, ...] = ()
    connotation: str = ""


@dataclass(frozen=True)
class ArabicLexicon:
    version: str
    forms: dict[str, ArabicEntry]  # every written variant (folded) -> its entry
    pattern: re.Pattern[str]


def _variants(form: str) -> set[str]:
    """A form with the clitics ب ل ك in front (ل + ال is written لل)."""
    if form.startswith("ال"):
        return {form, "ب" + form, "ك" + form, "لل" + form[2:]}
    return {form, "ب" + form, "ل" + form, "ك" + form}


def _entry(raw: dict[str, Any], where: str) -> ArabicEntry:
    if not raw.get("sources"):
        raise ValueError(f"data/framing_ar.toml: {where} has no sources")
    after = [fold(w) for w in raw.get("not_followed_by", [])]
    return ArabicEntry(
        term=raw.get("term") or raw["hedge"], gloss=raw.get("gloss", ""),
        category=raw.get("category", "hedge"), neutral=raw.get("neutral", ""),
        sources=tuple(raw["sources"]),
        not_preceded_by=frozenset(fold(w) for w in raw.get("not_preceded_by", [])),
        not_followed_by=frozenset(w for w in after if not w.endswith("*")),
        not_followed_prefixes=tuple(w[:-1] for w in after if w.endswith("*")),
        connotation=raw.get("connotation", ""),
    )  # fmt: skip


@cache
def load_arabic_framing() -> ArabicLexicon:
    """The packaged Arabic lexicon, compiled once."""
    data = tomllib.loads(resources.files("newsprism").joinpath("data/framing_ar.toml")
                         .read_text("utf-8"))  # fmt: skip
    forms: dict[str, ArabicEntry] = {}
    for kind in ("term", "hedge"):
        for n, raw in enumerate(data.get(kind, [])):
            entry = _entry(raw, f"[[{kind}]] {n + 1}")
            for form in raw["match"]:
                for variant in _variants(" ".join(fold(form).split())):
                    forms.setdefault(variant, entry)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+")
                           for f in sorted(forms, key=len, reverse=True))  # fmt: skip
    pattern = re.compile(rf"(?<![{_LETTER}])(?:و|ف)?(?P<form>{alternation})(?![{_LETTER}])")
    return ArabicLexicon(str(data.get("version", "")), forms, pattern)


def _ruled_out(entry: ArabicEntry, folded: str, start: int, end: int) -> bool:
    """The word before or the two after rule the match out (a name, a factual use)."""
    before = folded[:start].split()[-1:]
    if before and (before[0] in entry.not_preceded_by
                   or (before[0][:1] in "وف" and before[0][1:] in entry.not_preceded_by)):
        return True
    prefixes = entry.not_followed_prefixes
    return any(w in entry.not_followed_by or (prefixes and w.startswith(prefixes))
               for w in folded[end:].split()[:2])


def frame_arabic(doc: Doc, quotes: Sequence[Any] | None = None) -> ArticleFraming:
    """Framing of an Arabic Doc: lexicon terms, hedges and attribution verbs with spans."""
    text = doc.text
    folded = fold(text)
    lexicon = load_arabic_framing()
    index = QuoteIndex(quotations(text))
    sources = Sources(extract_arabic_quotes(doc) if quotes is None else quotes)
    terms: dict[str, TermUse] = {}
    hedges: list[HedgeUse] = []
    for match in lexicon.pattern.finditer(folded):
        entry = lexicon.forms[" ".join(match["form"].split())]
        start, end = match.span()
        if _ruled_out(entry, folded, start, end):
            continue
        span = span_at(text, start, end, index, sources)
        if entry.category == "hedge":
            hedges.append(HedgeUse(entry.term, entry.connotation, span))
        else:
            terms.setdefault(entry.term, TermUse(entry.term, entry.category,
                                                 entry.neutral)).add(span)  # fmt: skip
    attributions, counts, neutral = _attributions(text, folded, index, sources)
    return ArticleFraming(
        terms=sorted(terms.values(), key=lambda u: (-u.count, -u.quoted, u.term)),
        attribution_verbs=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        attributions=attributions, neutral_attributions=neutral,
        lexicon_version=f"ar {lexicon.version}", hedges=hedges,
    )  # fmt: skip


def _attributions(text: str, folded: str, index: QuoteIndex, sources: Sources
                  ) -> tuple[list[AttributionUse], dict[str, int], int]:  # fmt: skip
    """Every Arabic speech verb, loaded ones with their connotation, and the counts of
    the outlet's own uses (outside quotations)."""
    speech = load_arabic_lexicon()
    found: list[AttributionUse] = []
    counts: dict[str, int] = {}
    neutral = 0
    for match in speech.pattern.finditer(folded):
        verb, tone, _ = speech.forms[match["verb"]]
        start, end = match.span("verb")
        span = span_at(text, start, end, index, sources)
        if tone == "loaded":
            found.append(AttributionUse(verb, _LOADED, span))
            if not span.in_quote:
                counts[verb] = counts.get(verb, 0) + 1
        elif not span.in_quote:
            neutral += 1
    return found, counts, neutral
