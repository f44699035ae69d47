"""Arabic cleaning and dates on hand-made gold over SaudiNewsNet (``eval arabic``).

The gold (``gold/saudinewsnet-clean/gold.jsonl``, made from the texts alone: see its
README) names 40 articles of ``../shared/data/saudinewsnet-sample`` and, for each, the
first and last words of the article proper, every piece of boilerplate, every full date
with its Gregorian day, every clock time printed with a named zone with its UTC time,
and the publication time where the text states it.

Scores, each summed over the articles:

* **cleaning**, segment-wise as trafilatura-eval is scored: the body start and end are
  "with" segments (found in the clean text: TP, else FN), each boilerplate string a
  "without" segment (found: FP). The article goes through the real ingest path
  (``item_from_fields`` then ``clean_document``). Baseline: the raw text, uncleaned.
* **dates**: every stamp the date finder returns on the article's lines is a prediction;
  it is a TP when its span overlaps a gold date's and its day is the gold day, else a
  FP; a gold date no correct stamp covers is a FN. Baseline: dateparser's
  ``search_dates`` with ``languages=["ar"]`` on the same lines.
* **zoned times**: the same over clock times with a named zone (UTC time of day, on the
  article's crawl day).
* **publication**: ``published_at`` of the cleaned article against the stated time.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import EvalError, IngestError
from newsprism.eval import EvalTable, prf
from newsprism.eval.jsonl import json_lines

COLUMNS = ["system", "task", "articles", "precision", "recall", "f1", "tp", "fp", "fn",
           "seconds"]  # fmt: skip
DEFAULT_GOLD = Path("gold/saudinewsnet-clean/gold.jsonl")
ProgressFn = Callable[[int, int], None]


@dataclass
class Tally:
    """Counts of one system on one task."""

    system: str
    task: str
    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        precision, recall, f1 = prf(self.tp, self.fp, self.fn)
        return {"system": self.system, "task": self.task, "articles": self.articles,
                "precision": round(precision, 4), "recall": round(recall, 4),
                "f1": round(f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "seconds": round(self.seconds, 2)}  # fmt: skip


def load_gold(gold_path: Path, data_dir: Path) -> list[tuple[dict, dict]]:
    """(gold record, article row) pairs, in gold order.

    Raises:
        EvalError: E140 when the gold file or an article it names is missing or malformed.
    """
    if not gold_path.is_file():
        raise EvalError(f"{gold_path}: no such gold file (see gold/saudinewsnet-clean/README.md)",
                        code="E140")  # fmt: skip
    data_dir = Path(data_dir)
    if (data_dir / "saudinewsnet-sample").is_dir():
        data_dir = data_dir / "saudinewsnet-sample"
    rows: dict[str, dict] = {}
    for name in ("articles.jsonl", "articles-date-cues.jsonl"):
        path = data_dir / name
        if not path.is_file():
            raise EvalError(f"{data_dir} has no {name}: pass the saudinewsnet-sample folder",
                            code="E140")  # fmt: skip
        for _, row in json_lines(path, "E140", ("id",)):
            rows[row["id"]] = row
    try:
        gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
        return [(g, rows[g["id"]]) for g in gold]
    except (ValueError, KeyError) as exc:
        raise EvalError(f"{gold_path}: bad record or unknown article id: {exc}",
                        code="E140") from exc  # fmt: skip


def _overlaps(text: str, needle: str, span: tuple[int, int]) -> bool:
    start = text.find(needle)
    while start >= 0:
        if start < span[1] and span[0] < start + len(needle):
            return True
        start = text.find(needle, start + 1)
    return False


def _score_spans(tally: Tally, lines: list[str], gold: list[tuple[str, str]],
                 found: list[tuple[int, tuple[int, int], str]]) -> None:  # fmt: skip
    """Match predictions (line, span, value) against gold (text, value) on the same lines."""
    covered: set[int] = set()
    for index, span, value in found:
        hit = next((k for k, (text, want) in enumerate(gold)
                    if value == want and _overlaps(lines[index], text, span)), None)  # fmt: skip
        if hit is None:
            tally.fp += 1
            tally.misses.append(f"FP {lines[index][span[0]:span[1]]!r} -> {value}")
        else:
            covered.add(hit)
    tally.tp += len(covered)
    tally.fn += len(gold) - len(covered)
    tally.misses.extend(f"FN {gold[k][0]!r}" for k in range(len(gold)) if k not in covered)


def _newsprism_dates(lines: list[str]) -> list[tuple[int, tuple[int, int], str]]:
    from newsprism.clean.dates import find_stamps

    found = []
    for index, line in enumerate(lines):
        for stamp in find_stamps(line, source="eval"):
            start = line.find(stamp.original)
            day = stamp.value.date().isoformat()
            found.append((index, (start, start + len(stamp.original)), day))
    return found


def _dateparser_dates(lines: list[str]) -> list[tuple[int, tuple[int, int], str]]:
    from dateparser.search import search_dates

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    found = []
    for index, line in enumerate(lines):
        try:
            results = search_dates(line, languages=["ar"], settings=settings) or []
        except Exception:  # dateparser raises assorted errors on odd input
            results = []
        for text, value in results:
            start = line.find(text)
            found.append((index, (start, start + len(text)), value.date().isoformat()))
    return found


def _newsprism_times(lines: list[str], day: dt.date) -> list[tuple[int, tuple[int, int], str]]:
    from newsprism.clean.dates_arabic import find_clock_times

    found = []
    for index, line in enumerate(lines):
        for clock in find_clock_times(line):
            start = line.find(clock.original)
            found.append((index, (start, start + len(clock.original)), clock.utc_time(day)))
    return found


def _clean(row: dict) -> Any:
    from newsprism.clean import clean_document
    from newsprism.ingest.readers import item_from_fields

    raw = item_from_fields(row, location="saudinewsnet", line=None, meta={}, encoding="utf-8")
    try:
        return clean_document(raw)
    except IngestError:
        return None


def _score_cleaning(tally: Tally, text: str, gold: dict) -> None:
    for segment in (gold["body_start"], gold["body_end"]):
        if segment in text:
            tally.tp += 1
        else:
            tally.fn += 1
            tally.misses.append(f"{gold['id']}: body lost {segment!r}")
    for piece in gold["boilerplate"]:
        if piece["text"] in text:
            tally.fp += 1
            tally.misses.append(f"{gold['id']}: kept {piece['kind']} {piece['text']!r}")


def _timed(tally: Tally, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    tally.seconds += time.perf_counter() - started
    return result


def evaluate_arabic(data_dir: Path, *, gold_path: Path = DEFAULT_GOLD, limit: int | None = None,
                    on_progress: ProgressFn | None = None) -> EvalTable:  # fmt: skip
    """Score Arabic cleaning, dates, zoned times and publication time on the gold."""
    pairs = load_gold(Path(gold_path), data_dir)[:limit]
    tallies = {key: Tally(*key) for key in (
        ("newsprism", "cleaning"), ("raw text", "cleaning"), ("newsprism", "full dates"),
        ("dateparser search_dates", "full dates"), ("newsprism", "zoned times"),
        ("newsprism", "publication"))}  # fmt: skip
    for done, (gold, row) in enumerate(pairs, 1):
        for tally in tallies.values():
            tally.articles += 1
        _score_article(tallies, gold, row)
        if on_progress:
            on_progress(done, len(pairs))
    return EvalTable(
        title=f"Arabic cleaning and dates: {len(pairs)} SaudiNewsNet articles, hand-made gold",
        columns=COLUMNS, rows=[t.row() for t in tallies.values()],
        notes=_notes(tallies.values()),
    )  # fmt: skip


def _score_article(tallies: dict[tuple[str, str], Tally], gold: dict, row: dict) -> None:
    lines = row["content"].splitlines()
    article = _timed(tallies["newsprism", "cleaning"], lambda: _clean(row))
    _score_cleaning(tallies["newsprism", "cleaning"], article.text if article else "", gold)
    _score_cleaning(tallies["raw text", "cleaning"], row["content"], gold)
    wanted = [(d["text"], d["date"]) for d in gold["dates"]]
    for system, finder in (("newsprism", _newsprism_dates),
                           ("dateparser search_dates", _dateparser_dates)):  # fmt: skip
        tally = tallies[system, "full dates"]
        _score_spans(tally, lines, wanted, _timed(tally, lambda f=finder: f(lines)))
    day = dt.date.fromisoformat(row["date_extracted"][:10])
    times = tallies["newsprism", "zoned times"]
    _score_spans(times, lines, [(t["text"], t["utc_time"]) for t in gold["zoned_times"]],
                 _timed(times, lambda: _newsprism_times(lines, day)))  # fmt: skip
    published = tallies["newsprism", "publication"]
    found = article.published_at if article else None
    if gold["published"]:
        if found == gold["published"]:
            published.tp += 1
        else:
            published.fn += 1 if found is None else 0
            published.fp += 0 if found is None else 1
            published.misses.append(f"{gold['id']}: published {found} != {gold['published']}")


def _notes(tallies: Iterable[Tally]) -> list[str]:
    notes = []
    for tally in tallies:
        if tally.system == "newsprism":
            notes.extend(f"{tally.task}: {miss}" for miss in tally.misses)
    return notes
