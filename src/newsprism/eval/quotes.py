"""Quotes and their speakers, scored on PolNeAR (``eval quotes``).

The gold set is PolNeAR (Newell, Margolin and Ruths, LREC 2018): US political news with
every attribution annotated as Source, Cue and Content, in brat standoff
(``<split>/text/<name>.txt`` and ``<split>/attributions/<name>_<annotator>.ann``).

Definitions (docs/eval-quotes.md has the reasons):

- **Gold quotes** are the relations whose cue contains a speech verb or phrase of
  ``data/speech_verbs.toml`` (:func:`newsprism.extract.quotes.is_speech_cue`), as in the
  quote extractors this is compared with. Discontinuous spans (``a b;c d``) and several
  Content entities of one relation are one content made of parts.
- **One annotator per article**: the alphabetically first annotator id with a file, so
  that doubly annotated articles count once and the choice never depends on scores.
- **Direct or reported** (gold): direct when every part of the content sits inside
  one pair of quotation marks (it opens with a mark or right after one, closes with
  one or right before one, and has no double mark inside); otherwise reported.
- **Overlap** of a predicted and a gold content: over word tokens (``\\w+`` runs of the
  article text, so quotation marks, commas and spaces never count), the tokens shared
  divided by the token count of the longer of the two. A prediction and a gold quote
  match at a threshold (0.3 or 0.8) when their overlap reaches it; matching is one to
  one, best overlap first.
- **Precision, recall, F1** per threshold, for all quotes and per kind: recall counts
  gold quotes of that kind found, precision counts predictions of that kind that match.
  A prediction that matches no speech-verb quote but does match an out-of-scope gold
  attribution (cue ":" or "called", say) is neither right nor wrong: it is left out.
- **Speaker accuracy**, over the quotes matched at 0.3 whose gold relation has a
  Source: the speaker is right when the predicted speaker's words at the cue (the
  surface) or its resolved best mention overlap the gold Source span, or when the
  predicted name's last word is one of the capitalised words of the gold Source.
  PolNeAR's Source is the mention at the cue ("he"), so resolution to a name is
  checked by the seed tests, not here.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import EvalError
from newsprism.eval import EvalTable
from newsprism.pronoun_words import PERSONAL_SUBJECTS

log = logging.getLogger(__name__)

COLUMNS = ["system", "split", "kind", "gold", "predicted", "p@0.3", "r@0.3", "f1@0.3",
           "p@0.8", "r@0.8", "f1@0.8", "speaker_acc"]  # fmt: skip
THRESHOLDS = (0.3, 0.8)
KINDS = ("all", "direct", "reported")
SYSTEMS = ("newsprism", "quote marks only")

Spans = tuple[tuple[int, int], ...]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d;\s]+?)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_WORD = re.compile(r"\w+")
_OPENING = "“\"‘'«„"
_CLOSING = "”\"’'»"


@dataclass(frozen=True)
class GoldQuote:
    """One gold attribution: its content, cue and source spans (each possibly in parts)."""

    content: Spans
    cue: Spans
    source: Spans
    cue_text: str
    kind: str  # "direct" | "reported"
    speech: bool  # the cue is a speech verb or phrase: in scope


@dataclass(frozen=True)
class GoldArticle:
    """One article's text and the relations of the chosen annotator."""

    name: str
    annotator: str
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True)
class Predicted:
    """What a system says about one quote, reduced to what is scored."""

    content: Spans
    kind: str
    speaker: str | None
    speaker_spans: Spans  # the surface at the cue and the resolved best mention


# --- reading PolNeAR ---------------------------------------------------------------


def _spans(raw: str) -> Spans:
    out = []
    for piece in raw.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_brat(ann: str) -> tuple[dict[str, tuple[str, Spans]], list[dict[str, list[str]]]]:
    """Entities (id -> (label, spans)) and relations (role -> entity ids) of one file.

    A T line's text may run over several lines (spans across paragraphs): only the
    offsets are read, so the continuation lines are skipped.
    """
    entities: dict[str, tuple[str, Spans]] = {}
    relations: list[dict[str, list[str]]] = []
    for line in ann.splitlines():
        m = _T_LINE.match(line)
        if m:
            entities[m.group(1)] = (m.group(2), _spans(m.group(3)))
            continue
        m = _E_LINE.match(line)
        if m:
            roles: dict[str, list[str]] = {}
            for arg in m.group(2).split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            relations.append(roles)
    return entities, relations


def _quoted(text: str, a: int, b: int) -> bool:
    """A content part inside quotation marks (marks included in the span or just outside)."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " \t\n,.;:—–-":
        b -= 1
    if b <= a:
        return False
    opens = text[a] in _OPENING or _neighbour(text, a - 1, -1) in _OPENING
    closes = text[b - 1] in _CLOSING or _neighbour(text, b, 1) in _CLOSING
    # “one or two instances” where donations “slipped”: marks inside mean two quotations
    inner = text[a + (text[a] in _OPENING) : b - (text[b - 1] in _CLOSING)]
    return opens and closes and not any(m in inner for m in ("“", "”", '"', "''"))


def _neighbour(text: str, i: int, step: int) -> str:
    """The first character from ``i`` in direction ``step`` that is not space or , . ;"""
    while 0 <= i < len(text) and text[i] in " \t,.;":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def gold_kind(text: str, content: Spans) -> str:
    """Direct when every part of the content is inside quotation marks."""
    return "direct" if content and all(_quoted(text, a, b) for a, b in content) else "reported"


def parse_article(name: str, annotator: str, text: str, ann: str) -> GoldArticle:
    """The gold quotes of one article from its brat annotation."""
    from newsprism.extract.quotes import is_speech_cue

    entities, relations = read_brat(ann)

    def spans(refs: Iterable[str]) -> Spans:
        found = [s for ref in refs if ref in entities for s in entities[ref][1]]
        return tuple(sorted(found))

    quotes = []
    for roles in relations:
        content = spans(roles.get("Content", []))
        if not content:
            continue
        cue = spans(roles.get("Cue", []))
        cue_text = " ".join(text[a:b] for a, b in cue)
        quotes.append(GoldQuote(
            content=content, cue=cue, source=spans(roles.get("Source", [])),
            cue_text=cue_text, kind=gold_kind(text, content),
            speech=bool(cue) and is_speech_cue(cue_text),
        ))  # fmt: skip
    return GoldArticle(name, annotator, text, tuple(quotes))


def load_split(data_dir: Path, split: str, limit: int | None = None,
               offset: int = 0) -> list[GoldArticle]:  # fmt: skip
    """The articles of one split, by name, each with its first annotator's relations.

    ``offset`` skips the first articles by name, so that a slice (the last 150 of train,
    a fresh sample) can be scored without the rest; ``limit`` counts after it.

    Raises:
        EvalError: E300 when the folder has no ``<split>/text`` and ``<split>/attributions``.
    """
    base = Path(data_dir) / split
    text_dir, ann_dir = base / "text", base / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(
            f"{data_dir} has no {split}/text and {split}/attributions: pass the polnear "
            "folder (see ../shared/data/README.md)",
            code="E300",
        )
    by_name: dict[str, list[Path]] = {}
    for ann in ann_dir.glob("*.ann"):
        name, _, annotator = ann.stem.rpartition("_")
        if name and (text_dir / f"{name}.txt").is_file():
            by_name.setdefault(name, []).append(ann)
    articles = []
    names = sorted(by_name)[offset:]
    for name in names[:limit] if limit is not None else names:
        ann = min(by_name[name], key=lambda p: p.stem.rpartition("_")[2])
        text = (text_dir / f"{name}.txt").read_text("utf-8")
        annotator = ann.stem.rpartition("_")[2]
        articles.append(parse_article(name, annotator, text, ann.read_text("utf-8")))
    return articles


# --- scoring -----------------------------------------------------------------------


class _Words:
    """Word-token positions of one text, to turn character spans into token sets."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def of(self, parts: Spans) -> frozenset[int]:
        import bisect

        found: set[int] = set()
        for a, b in parts:
            i = max(0, bisect.bisect_right(self.starts, a) - 1)
            while i < len(self.spans) and self.spans[i][0] < b:
                if self.spans[i][1] > a:
                    found.add(i)
                i += 1
        return frozenset(found)


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared tokens over the token count of the longer span (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def match(pred: Sequence[frozenset[int]], gold: Sequence[frozenset[int]],
          threshold: float) -> dict[int, int]:  # fmt: skip
    """One-to-one matching, best overlap first: {prediction index: gold index}."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            score = overlap(p, g)
            if score >= threshold:
                pairs.append((-score, j, i))
    pairs.sort()
    taken_p: set[int] = set()
    taken_g: set[int] = set()
    out: dict[int, int] = {}
    for _, j, i in pairs:
        if i not in taken_p and j not in taken_g:
            out[i] = j
            taken_p.add(i)
            taken_g.add(j)
    return out


def speaker_right(text: str, pred: Predicted, gold: GoldQuote) -> bool:
    """The predicted speaker is the gold Source (see the module docstring)."""
    if not gold.source:
        return False
    for a, b in pred.speaker_spans:
        if any(a < d and c < b for c, d in gold.source):
            return True
    if pred.speaker:
        words = pred.speaker.split()
        names = {w.casefold() for a, b in gold.source for w in _WORD.findall(text[a:b])
                 if w[:1].isupper()}  # fmt: skip
        if words and words[-1].strip("’'").casefold() in names:
            return True
    return False


@dataclass
class Tally:
    """Counts of one system on one split, per kind and threshold."""

    system: str
    split: str
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    # (threshold, kind) -> [tp on gold side, tp on prediction side, scored predictions]
    hits: dict[tuple[float, str], list[int]] = field(default_factory=dict)
    speakers: dict[str, list[int]] = field(default_factory=dict)  # kind -> [right, total]
    ignored: int = 0
    seconds: float = 0.0
    wrong: list[str] = field(default_factory=list)  # one line per wrong speaker (at 0.3)

    def add(self, text: str, gold: Sequence[GoldQuote], pred: Sequence[Predicted],
            name: str = "") -> None:  # fmt: skip
        words = _Words(text)
        in_scope = [g for g in gold if g.speech]
        out_scope = [g for g in gold if not g.speech]
        g_tokens = [words.of(g.content) for g in in_scope]
        o_tokens = [words.of(g.content) for g in out_scope]
        p_tokens = [words.of(p.content) for p in pred]
        for g in in_scope:
            self.gold["all"] += 1
            self.gold[g.kind] += 1
        for threshold in THRESHOLDS:
            pairs = match(p_tokens, g_tokens, threshold)
            for i, p in enumerate(pred):
                if i not in pairs and any(overlap(p_tokens[i], o) >= threshold for o in o_tokens):
                    if threshold == THRESHOLDS[0]:
                        self.ignored += 1
                    continue  # an out-of-scope attribution: neither right nor wrong
                for kind in ("all", p.kind):
                    self._hit(threshold, kind)[2] += 1
                    if i in pairs:
                        self._hit(threshold, kind)[1] += 1
            for i, j in pairs.items():
                g = in_scope[j]
                for kind in ("all", g.kind):
                    self._hit(threshold, kind)[0] += 1
                    if threshold == THRESHOLDS[0] and g.source:
                        right = speaker_right(text, pred[i], g)
                        tally = self.speakers.setdefault(kind, [0, 0])
                        tally[0] += right
                        tally[1] += 1
                        if not right and kind == "all":
                            self.wrong.append(_wrong_line(text, name, pred[i], g))
        for p in pred:
            self.predicted["all"] += 1
            self.predicted[p.kind] += 1

    def _hit(self, threshold: float, kind: str) -> list[int]:
        return self.hits.setdefault((threshold, kind), [0, 0, 0])

    def rows(self) -> list[dict[str, object]]:
        rows = []
        for kind in KINDS:
            row: dict[str, object] = {"system": self.system, "split": self.split, "kind": kind,
                                      "gold": self.gold[kind],
                                      "predicted": self.predicted[kind]}  # fmt: skip
            for threshold in THRESHOLDS:
                found, right, scored = self._hit(threshold, kind)
                precision = right / scored if scored else 0.0
                recall = found / self.gold[kind] if self.gold[kind] else 0.0
                f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
                row[f"p@{threshold}"] = round(precision, 4)
                row[f"r@{threshold}"] = round(recall, 4)
                row[f"f1@{threshold}"] = round(f1, 4)
            right_n, total = self.speakers.get(kind, [0, 0])
            row["speaker_acc"] = round(right_n / total, 4) if total else None
            rows.append(row)
        return rows


def _wrong_line(text: str, name: str, pred: Predicted, gold: GoldQuote) -> str:
    """One wrong speaker as a reader checks it: the predicted name, the gold Source, the
    cue and the start of the quote (``--wrong-speakers``)."""
    def cut(spans: Spans, n: int = 70) -> str:
        return " … ".join(" ".join(text[a:b].split()) for a, b in spans)[:n]

    return (f"{name}: {pred.speaker!r} for Source {cut(gold.source)!r} (cue {gold.cue_text!r}): "
            f"{cut(pred.content)}")


# --- systems -----------------------------------------------------------------------

System = Callable[[object], list[Predicted]]


def newsprism_system(doc: object) -> list[Predicted]:
    """newsprism's :func:`extract_quotes`."""
    from newsprism.extract.quotes import extract_quotes

    out = []
    for q in extract_quotes(doc):  # type: ignore[arg-type]
        spans = []
        if q.surface_start is not None and q.surface_end is not None:
            spans.append((q.surface_start, q.surface_end))
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append((q.speaker_start, q.speaker_end))
        out.append(Predicted(q.parts or ((q.start, q.end),), q.kind, q.speaker, tuple(spans)))
    return out


def quote_marks_system(doc: object) -> list[Predicted]:
    """Baseline: every quotation is a direct quote; speaker is the nearest name or he/she.

    The nearest PERSON or ORG entity, or subject pronoun, outside quotation marks in
    the sentences the quotation touches, by character distance.
    """
    from newsprism.extract.quotes import find_quotations

    text: str = doc.text  # type: ignore[attr-defined]
    out = []
    quotations = find_quotations(text)
    regions = [r for q in quotations for r in q.regions]

    def outside(a: int) -> bool:
        return not any(s <= a < e for s, e in regions)

    candidates = [(e.start_char, e.end_char) for e in doc.ents  # type: ignore[attr-defined]
                  if e.label_ in ("PERSON", "ORG") and outside(e.start_char)]  # fmt: skip
    candidates += [(t.idx, t.idx + len(t)) for t in doc  # type: ignore[attr-defined]
                   if t.lower_ in PERSONAL_SUBJECTS and outside(t.idx)]  # fmt: skip
    for q in quotations:
        words = sum(len(_WORD.findall(text[a:b])) for a, b in q.parts)
        if not words or (q.single and words < 2):
            continue  # empty, or a scare quote (‘Israel’): no one is quoted
        span = doc.char_span(q.start, q.end, alignment_mode="expand")  # type: ignore[attr-defined]
        lo = span.sent.start_char if span is not None and len(span) else q.start
        hi = span[-1].sent.end_char if span is not None and len(span) else q.end
        near = [(min(abs(a - q.end), abs(q.start - b)), a, b) for a, b in candidates
                if lo <= a < hi]  # fmt: skip
        speaker, spans = None, ()
        if near:
            _, a, b = min(near)
            speaker, spans = text[a:b], ((a, b),)
        out.append(Predicted(q.parts, "direct", speaker, spans))
    return out


_SYSTEMS: dict[str, System] = {"newsprism": newsprism_system,
                               "quote marks only": quote_marks_system}  # fmt: skip


def _splits(split: str | Sequence[str]) -> list[str]:
    if isinstance(split, str):
        return [s.strip() for s in split.replace("+", ",").split(",") if s.strip()]
    return list(split)


def _wanted_systems(systems: Iterable[str] | None) -> list[str]:
    """The rows to run, checked against the known systems before any article is read."""
    wanted = list(systems) if systems is not None else list(_SYSTEMS)
    unknown = [s for s in wanted if s not in _SYSTEMS]
    if unknown:
        raise EvalError(f"unknown systems {unknown}; known: {list(_SYSTEMS)}", code="E300")
    return wanted


def evaluate_quotes(
    data_dir: Path,
    *,
    split: str | Sequence[str] = "dev",
    limit: int | None = None,
    offset: int = 0,
    on_progress: Callable[[int, int], None] | None = None,
    systems: Iterable[str] | None = None,
    basil_dir: Path | None = None,
    wrong_speakers: bool = False,
) -> EvalTable:
    """Score newsprism's quotes and speakers on PolNeAR (and BASIL) beside a baseline.

    Args:
        data_dir: the polnear folder (``<split>/text``, ``<split>/attributions``), or a
            folder holding it as ``polnear/`` (``../shared/data``).
        split: "dev" (the default, the set reported), "train" (the set the rules were
            developed on), or several: ``("train", "dev")`` or ``"train,dev"``.
        limit: only the first N articles (by name) of each split (and of BASIL).
        offset: skip the first N articles (by name) of each PolNeAR split (not BASIL).
        on_progress: called with (articles done, articles total) after each article.
        systems: the row names to run (default: newsprism and the baseline).
        basil_dir: a BASIL folder: adds a row per system for its quoted phrases and
            their speakers (:mod:`newsprism.eval.quotes_basil`).
        wrong_speakers: also list, as notes, every PolNeAR quote matched at 0.3 whose
            speaker newsprism got wrong (article, predicted, gold Source, cue, quote).

    Returns:
        Rows per system, split and kind (all, direct, reported; "quoted spans" for
        BASIL): gold and predicted counts, P/R/F1 at overlap ≥ 0.3 and ≥ 0.8, speaker
        accuracy.

    Raises:
        EvalError: when a folder is not a PolNeAR (or BASIL) folder or a system is unknown.
    """
    from newsprism.eval.quotes_basil import load_basil_quotes, score_basil
    from newsprism.extract.nlp import load_nlp

    wanted = _wanted_systems(systems)
    data_dir = _polnear_dir(Path(data_dir))
    splits = _splits(split)
    loaded = {name: load_split(data_dir, name, limit, offset) for name in splits}
    basil = load_basil_quotes(basil_dir, limit) if basil_dir is not None else []
    progress = _Progress(sum(len(a) for a in loaded.values()) + len(basil), on_progress)
    nlp = load_nlp()
    tallies, notes = _score_polnear(loaded, wanted, progress, nlp)
    rows: list[dict[str, object]] = []
    for tally in sorted(tallies, key=lambda t: (wanted.index(t.system), splits.index(t.split))):
        rows += tally.rows()
    if basil:
        docs = list(progress.parse(nlp, [a.text for a in basil]))
        basil_rows, basil_notes = score_basil(basil, docs, {s: _SYSTEMS[s] for s in wanted})
        rows += basil_rows
    notes += _notes(tallies, progress.parse_seconds)
    if wrong_speakers:
        notes += _wrong_speaker_notes(tallies)
    if basil:
        notes += basil_notes
    return EvalTable(title=_title(loaded, len(basil)), columns=list(COLUMNS), rows=rows,
                     notes=notes)


def _title(loaded: dict[str, list[GoldArticle]], basil_articles: int) -> str:
    """The table's title: which splits and how many articles were scored."""
    polnear_articles = sum(len(a) for a in loaded.values())
    title = f"Quotes and speakers: PolNeAR {'+'.join(loaded)} ({polnear_articles} articles)"
    if basil_articles:
        title += f" and BASIL 2010-14 ({basil_articles} articles)"
    return title


def _wrong_speaker_notes(tallies: list[Tally]) -> list[str]:
    """newsprism's wrong PolNeAR speakers, one note each, to be read and sorted."""
    return [f"PolNeAR wrong speaker ({t.split}): {w}" for t in tallies
            if t.system == "newsprism" for w in t.wrong]  # fmt: skip


def _score_polnear(loaded: dict[str, list[GoldArticle]], wanted: list[str],
                   progress: _Progress, nlp: Any) -> tuple[list[Tally], list[str]]:  # fmt: skip
    """Each system's tally per PolNeAR split, and a note per split."""
    tallies: list[Tally] = []
    notes: list[str] = []
    for name, articles in loaded.items():
        split_tallies = [Tally(system, name) for system in wanted]
        for article, doc in zip(articles, progress.parse(nlp, [a.text for a in articles]),
                                strict=True):  # fmt: skip
            for tally in split_tallies:
                t1 = time.perf_counter()
                pred = _predict(tally.system, doc, article.name)
                tally.seconds += time.perf_counter() - t1
                tally.add(article.text, article.quotes, pred, article.name)
        tallies += split_tallies
        in_scope = sum(1 for a in articles for g in a.quotes if g.speech)
        all_rel = sum(len(a.quotes) for a in articles)
        notes.append(f"{name}: {len(articles)} articles, {in_scope} of {all_rel} attributions "
                     "have a speech cue (the gold quotes)")  # fmt: skip
    return tallies, notes


def _polnear_dir(data_dir: Path) -> Path:
    """The polnear folder itself, or ``polnear/`` inside the folder given."""
    inner = data_dir / "polnear"
    return inner if inner.is_dir() and not (data_dir / "dev").is_dir() else data_dir


def _predict(system: str, doc: object, name: str) -> list[Predicted]:
    try:
        return _SYSTEMS[system](doc)
    except Exception as exc:  # a crash scores as no predictions, and is logged
        log.warning("%s failed on %s: %s", system, name, exc)
        return []


class _Progress:
    """Parses articles in batches, timing the parse and reporting articles done."""

    def __init__(self, total: int, on_progress: Callable[[int, int], None] | None) -> None:
        self.total, self.done, self.on_progress = total, 0, on_progress
        self.parse_seconds = 0.0

    def __len__(self) -> int:
        return self.total

    def parse(self, nlp: Any, texts: list[str]) -> Iterable[object]:
        docs = nlp.pipe(texts, batch_size=16)
        for _ in texts:
            t0 = time.perf_counter()
            doc = next(docs)
            self.parse_seconds += time.perf_counter() - t0
            yield doc
            self.done += 1
            if self.on_progress is not None:
                self.on_progress(self.done, self.total)


def _notes(tallies: Sequence[Tally], parse_seconds: float) -> list[str]:
    return [
        "gold: PolNeAR relations whose cue has a speech verb or phrase "
        "(data/speech_verbs.toml); one annotator per article (first id)",
        "overlap: shared word tokens / tokens of the longer span; one-to-one matching; a "
        "prediction matching only an out-of-scope attribution is not counted",
        "speaker_acc: over matches at 0.3 with a gold Source; right when the surface or the "
        "resolved mention overlaps the Source, or the name's last word is in it",
        "seconds: " + ", ".join(f"{t.system}/{t.split} {t.seconds:.1f}" for t in tallies)
        + f"; spaCy parsing {parse_seconds:.1f}",
        "ignored (out-of-scope matches): " + ", ".join(
            f"{t.system}/{t.split} {t.ignored}" for t in tallies),
    ]  # fmt: skip
