"""The framing detector scored on BASIL's bias spans and BABE's biased words (``eval framing``).

BASIL (Fan et al., EMNLP 2019, "In Plain Sight") has US-politics events of 2010–2014,
each told by Fox News, the New York Times and the Huffington Post, in which annotators
marked the phrases that carry bias: ``lex`` (lexical: the word choice itself) and
``inf`` (informational: what is said, usually a clause or a sentence). The copy in
``../shared/data/basil`` has 50 events, 150 articles. The framing detector is about
word choice, so its recall is measured on the ``lex`` spans.

Spans are matched on text. BASIL's offsets are per sentence and its files do not say
which sentence, so a span is placed in the first sentence where ``sentence[start:end]``
equals its text (then, failing that, where the text occurs at all); the article text
is its sentences joined by spaces, paragraphs by blank lines.

Recall is given at two overlap criteria: *any* (a detected span shares a character,
which for word-aligned spans means a token, with the gold span) and *≥0.8*
(characters shared over characters covered by the gold span and the detected spans
that touch it, both stripped of quote marks and end punctuation). Precision is the share
of detected spans that overlap a ``lex`` span, and (``prec_bias``) a ``lex`` or ``inf``
span: a detector that flagged every word would score full recall and show it here.

The split is by year: the learned detector is trained on 2010–2012 (with BABE), so
2013–2014 is the part it has not seen, and is reported separately. The curated lexicon
was written from style guides, not from BASIL (docs/eval-framing.md says what of BASIL
was seen before it was written). BABE is scored by :mod:`newsprism.eval.framing_babe`;
the lexicon baselines come from :mod:`newsprism.eval.framing_baselines`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.errors import EvalError
from newsprism.eval import EvalTable
from newsprism.eval.basil import basil_files, place, read_basil
from newsprism.eval.framing_baselines import lexicon_spans, load_baselines
from newsprism.eval.framing_counted import COUNTED_LAYERS, COUNTED_SYSTEM

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsprism.extract.framing import Span

log = logging.getLogger(__name__)

COLUMNS = ["system", "data", "split", "slice", "articles", "gold", "found_any", "recall_any",
           "recall_0.8", "flagged", "prec_lex", "prec_bias", "word_p", "word_r", "word_f1",
           "sentence_macro_f1"]  # fmt: skip
DEV_YEARS = frozenset({"2010", "2011", "2012"})
OUTLETS = ("fox", "nyt", "hpo")
LEXICON_LAYERS = frozenset({"term", "attribution", "hedge", "scare-quote", "partial-quote"})
# The detector's layers: each row scores the union of its layers.
SYSTEMS: tuple[tuple[str, frozenset[str]], ...] = (
    ("lexicon layers (terms, verbs, hedges, quotes)", LEXICON_LAYERS),
    ("learned detector (loaded words)", frozenset({"loaded"})),
    ("loaded language (terms + detector)", frozenset({"term", "loaded"})),
    ("default (lexicon layers + detector)", LEXICON_LAYERS | {"loaded"}),
    ("+ affect cues (cues=True)", LEXICON_LAYERS | {"loaded", "cue"}),
)
# Whose voice the configured detector's flags are in (issue 14): the rows above count
# every flag, as BASIL's annotators mark loaded words in a source's mouth too.
VOICE_SYSTEMS: tuple[tuple[str, frozenset[str]], ...] = (
    ("learned detector, outside quotation marks", frozenset({"loaded:unquoted"})),
    ("learned detector, outlet's own voice (not quoted, not reported speech)",
     frozenset({"loaded:own-voice"})),
    ("learned detector, a named source's reported speech", frozenset({"loaded:reported"})),
)  # fmt: skip
DEFAULT_SYSTEM = SYSTEMS[3][0]
FULL_SYSTEM = SYSTEMS[-1][0]
SPLITS = ("2010-12 (detector trained here)", "held-out 2013-14", "all")
_STRIP = " \t\n\"'“”‘’.,;:!?()"


@dataclass(frozen=True)
class GoldSpan:
    """One BASIL phrase annotation placed in the article text."""

    start: int
    end: int
    text: str
    bias: str  # "lex" or "inf"
    quote: bool
    words: int


@dataclass(frozen=True)
class Detection:
    """One flagged span and the layer and category that flagged it."""

    start: int
    end: int
    layer: str  # "term", "attribution", "scare-quote"
    category: str


@dataclass
class BasilArticle:
    """One BASIL article with its gold spans."""

    name: str
    year: str
    outlet: str
    text: str
    gold: list[GoldSpan] = field(default_factory=list)
    unplaced: int = 0


def load_basil(data_dir: Path, limit: int | None = None) -> list[BasilArticle]:
    """Every article of ``articles/<year>/`` with the gold spans of ``annotations/<year>/``.

    Raises:
        EvalError: E300 when the folder is not BASIL or a file is malformed.
    """
    root = Path(data_dir)
    paths = basil_files(root)
    paths = paths[:limit] if limit is not None else paths
    articles = []
    for path in paths:
        doc = read_basil(path)
        ann_path = root / "annotations" / doc.year / f"{doc.name}_ann.json"
        try:
            ann = json.loads(ann_path.read_text("utf-8")) if ann_path.is_file() else {}
            article = BasilArticle(doc.name, doc.year, doc.outlet, doc.text)
            for a in ann.get("phrase-level-annotations", []):
                placed = place(doc, int(a["start"]), int(a["end"]), a["txt"])
                if placed is None:
                    article.unplaced += 1
                    continue
                article.gold.append(GoldSpan(
                    placed[0], placed[1], a["txt"], a["bias"], a.get("quote") == "yes",
                    len(a["txt"].split()),
                ))  # fmt: skip
        except (ValueError, KeyError, TypeError) as exc:
            raise EvalError(f"{ann_path} is not a BASIL annotation file: {exc}",
                            code="E300") from exc  # fmt: skip
        articles.append(article)
    return articles


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding quote marks, spaces and end punctuation."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def overlap_ratio(text: str, gold: GoldSpan, detections: Iterable[Detection]) -> float:
    """Characters of the gold span covered, over characters of gold ∪ touching detections.

    0.0 when no detection touches the gold span; 1.0 for an exact match once quote marks
    and end punctuation are stripped from both.
    """
    g0, g1 = _stripped(text, gold.start, gold.end)
    if g1 <= g0:
        g0, g1 = gold.start, gold.end
    covered: set[int] = set()
    union = set(range(g0, g1))
    for d in detections:
        d0, d1 = _stripped(text, d.start, d.end)
        if d1 <= d0:
            d0, d1 = d.start, d.end
        if d0 < g1 and g0 < d1:
            chars = set(range(d0, d1))
            covered |= chars & union
            union |= chars
    return len(covered) / len(union) if covered else 0.0


def _touches(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@dataclass
class Tally:
    """Counts for one row of the table."""

    articles: int = 0
    gold: int = 0
    found_any: int = 0
    found_08: int = 0
    flagged: int = 0
    hit_lex: int = 0
    hit_bias: int = 0

    def add(self, other: Tally) -> None:
        for name in ("articles", "gold", "found_any", "found_08", "flagged", "hit_lex",
                     "hit_bias"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, system: str, split: str, slice_: str) -> dict[str, object]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "system": system, "data": "basil", "split": split, "slice": slice_,
            "articles": self.articles,
            "gold": self.gold, "found_any": self.found_any,
            "recall_any": ratio(self.found_any, self.gold),
            "recall_0.8": ratio(self.found_08, self.gold), "flagged": self.flagged,
            "prec_lex": ratio(self.hit_lex, self.flagged),
            "prec_bias": ratio(self.hit_bias, self.flagged),
        }  # fmt: skip


def score_article(
    article: BasilArticle,
    detections: list[Detection],
    *,
    gold_filter: Callable[[GoldSpan], bool] = lambda g: True,
) -> Tally:
    """Recall on the article's ``lex`` spans (those passing ``gold_filter``), and precision."""
    tally = Tally(articles=1)
    lex = [g for g in article.gold if g.bias == "lex"]
    for gold in lex:
        if not gold_filter(gold):
            continue
        tally.gold += 1
        touching = [d for d in detections if _touches(d.start, d.end, gold.start, gold.end)]
        if touching:
            tally.found_any += 1
            if overlap_ratio(article.text, gold, touching) >= 0.8:
                tally.found_08 += 1
    for d in detections:
        tally.flagged += 1
        if any(_touches(d.start, d.end, g.start, g.end) for g in lex):
            tally.hit_lex += 1
        if any(_touches(d.start, d.end, g.start, g.end) for g in article.gold):
            tally.hit_bias += 1
    return tally


def detect_doc(doc: Doc, variants: dict | None = None) -> list[Detection]:
    """Every span the framing layers flag in a parsed article (quoted or not), and the
    loaded words of each detector of ``variants`` (label -> model) as ``loaded:label``."""
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.framing.detector import load_detector
    from newsprism.extract.quotes import extract_quotes

    layers = {"attribution", "hedge", "scare-quote", "partial-quote", "cue", "loaded"}
    quotes = extract_quotes(doc)
    framed = frame_doc(doc, cues=True, quotes=quotes).spans()
    found = [Detection(span.start, span.end, kind if kind in layers else "term", kind)
             for span, kind in framed]  # fmt: skip
    found += [Detection(span.start, span.end, voice, "loaded") for span, kind in framed
              if kind == "loaded" for voice in _voices(span)]  # fmt: skip
    configured = load_detector()
    for label, model in (variants or {}).items():
        spans = ([(d.start, d.end) for d in found if d.layer == "loaded"] if model is configured
                 else [(s.start, s.end) for s, kind in
                       frame_doc(doc, quotes=quotes, model=model).spans() if kind == "loaded"])
        found += [Detection(a, b, f"loaded:{label}", "loaded") for a, b in spans]
    return found


def _voices(span: Span) -> list[str]:
    """The voice layers of one loaded-word span (:data:`VOICE_SYSTEMS`)."""
    if span.in_quote:
        return []
    return ["loaded:unquoted", "loaded:reported" if span.speaker else "loaded:own-voice"]


def _split(year: str) -> str:
    return SPLITS[0] if year in DEV_YEARS else SPLITS[1]


def data_folders(data_dir: Path) -> tuple[Path, Path]:
    """The BASIL folder and the data root (with ``babe/`` and ``bias-lexicons/``): the
    argument may be either the root (``../shared/data``) or its ``basil`` folder."""
    data_dir = Path(data_dir)
    if (data_dir / "basil" / "articles").is_dir():
        return data_dir / "basil", data_dir
    return data_dir, data_dir.parent


def _system_rows(
    articles: list[BasilArticle],
    detections: list[list[Detection]],
    systems: Iterable[tuple[str, Callable[[Detection], bool]]],
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for system, keep in systems:
        totals: dict[str, Tally] = {}
        for article, found in zip(articles, detections, strict=True):
            tally = score_article(article, [d for d in found if keep(d)])
            totals.setdefault(_split(article.year), Tally()).add(tally)
            totals.setdefault("all", Tally()).add(tally)
        rows += [totals[split].row(system, split, "all") for split in SPLITS if split in totals]
    return rows


def _baseline_detections(root: Path, articles: list[BasilArticle]) -> list[list[Detection]]:
    """The lexicon baselines' flags on each article (none when the lexicons are absent)."""
    folder = root / "bias-lexicons"
    if not folder.is_dir():
        return [[] for _ in articles]
    baselines = load_baselines(folder)
    return [[Detection(a, b, "baseline", name) for name, words in baselines.items()
             for a, b in lexicon_spans(article.text, words)] for article in articles]  # fmt: skip


def evaluate_framing(
    data_dir: Path,
    *,
    limit: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> EvalTable:
    """The framing layers and the learned detector on BASIL and BABE, beside baselines.

    Args:
        data_dir: the data root (``basil/``, ``babe/``, ``bias-lexicons/``) or its
            ``basil`` folder (the others are then looked for beside it).
        limit: only the first N BASIL articles (in path order, so the earliest years)
            and the first N BABE sentences of the report part.
        on_progress: called with (items done, items total).

    Returns:
        BASIL rows per system (the lexicon baselines, the lexicon layers, the detector,
        both) and split; per outlet, gold kind and category for the full output; then
        BABE rows (word P/R/F1, sentence macro F1) when ``babe/`` is there.

    Raises:
        EvalError: E300 when the folder is not BASIL.
    """
    from newsprism.eval.framing_babe import evaluate_babe
    from newsprism.eval.framing_variants import shipped_detectors, variant_systems

    basil_dir, root = data_folders(data_dir)
    articles = load_basil(basil_dir, limit)
    variants = shipped_detectors()
    detections, seconds = _detect_all(articles, variants, on_progress)
    baseline = _baseline_detections(root, articles)
    names = sorted({d.category for found in baseline for d in found})
    rows = _system_rows(articles, baseline, [(n, lambda d, n=n: d.category == n) for n in names])
    systems = [*SYSTEMS, (COUNTED_SYSTEM, COUNTED_LAYERS), *VOICE_SYSTEMS,
               *variant_systems(list(variants), LEXICON_LAYERS)]
    rows += _system_rows(articles, detections, [(name, lambda d, layers=layers: d.layer in layers)
                                                for name, layers in systems])  # fmt: skip
    rows += _slices(articles, detections)
    babe_rows, babe_notes = (
        evaluate_babe(root, limit=limit, variants=variants)
        if (root / "babe").is_dir()
        else ([], [])
    )
    unplaced = sum(a.unplaced for a in articles)
    lex_total = sum(1 for a in articles for g in a.gold if g.bias == "lex")
    notes = [
        f"BASIL: {len(articles)} articles, {lex_total} lex spans placed in the text"
        f" ({unplaced} annotations of any kind could not be placed); parse and framing"
        f" {seconds:.1f} s.",
        "recall_any: a flagged span shares a token with the gold span; recall_0.8: flagged"
        " characters cover >= 0.8 of gold + flagged (quote marks and end punctuation"
        " stripped).",
        "prec_lex: share of flagged spans touching a lex span; prec_bias: touching a lex or"
        " inf span. Quoted and unquoted spans are both scored.",
        *babe_notes,
    ]
    return EvalTable("Framing on BASIL bias spans and BABE biased words", COLUMNS,
                     rows + babe_rows, notes)  # fmt: skip


def _detect_all(articles: list, variants: dict,
                on_progress: Callable[[int, int], None] | None) -> tuple[list, float]:  # fmt: skip
    """Every layer's and detector's flags on each article (one spaCy pass over all), and
    the seconds that parse and detection took."""
    from newsprism.extract.nlp import load_nlp

    detections: list[list[Detection]] = []
    start = time.perf_counter()
    for done, doc in enumerate(load_nlp().pipe(a.text for a in articles), 1):
        detections.append(detect_doc(doc, variants))
        if on_progress is not None:
            on_progress(done, len(articles))
    return detections, time.perf_counter() - start


def _slices(articles: list[BasilArticle], detections: list[list[Detection]]) -> list[dict]:
    """Rows on all years: per outlet (default and full detector), then for the full one
    per gold kind and per detector category."""
    rows: list[dict[str, object]] = []
    systems = dict(SYSTEMS)
    for system in (SYSTEMS[0][0], DEFAULT_SYSTEM):
        for outlet in OUTLETS:
            tally = Tally()
            for article, found in zip(articles, detections, strict=True):
                if article.outlet == outlet:
                    tally.add(score_article(
                        article, [d for d in found if d.layer in systems[system]]))  # fmt: skip
            rows.append(tally.row(system, "all", f"outlet {outlet}"))
    pairs = list(zip(articles, detections, strict=True))
    kinds: list[tuple[str, Callable[[GoldSpan], bool]]] = [
        ("gold not quoted", lambda g: not g.quote),
        ("gold in a quote", lambda g: g.quote),
        ("gold 1 word", lambda g: g.words == 1),
        ("gold 2-3 words", lambda g: 2 <= g.words <= 3),
        ("gold 4+ words", lambda g: g.words >= 4),
    ]
    for name, keep in kinds:
        tally = Tally()
        for article, found in pairs:
            own = [d for d in found if not d.layer.startswith("loaded:")]
            tally.add(score_article(article, own, gold_filter=keep))
        tally.flagged = tally.hit_lex = tally.hit_bias = 0  # precision is not per gold kind
        rows.append(tally.row(FULL_SYSTEM, "all", name))
    categories = sorted({d.category for _, found in pairs for d in found
                         if not d.layer.startswith("loaded:")})  # fmt: skip
    for category in categories:
        tally = Tally()
        for article, found in pairs:
            tally.add(score_article(article, [d for d in found if d.category == category
                                              and not d.layer.startswith("loaded:")]))
        rows.append(tally.row(FULL_SYSTEM, "all", f"category {category}"))
    return rows
