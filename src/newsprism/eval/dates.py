"""Publication dates from HTML, scored at day resolution beside htmldate (``eval dates``).

The gold set is htmldate's own evaluation corpus (``eval_default.json``: ``{url: {"file",
"date"}}``, pages in ``html/<file>.gz``). Per page: the right day is a TP, a wrong day a
FP, no date a FN. newsprism's day is the *local* day of the stamp the clean stage
chooses (the day printed on the page, in the page's own zone), so a page published at
00:30 in Berlin counts as that day, not the UTC day before. htmldate runs in the same
process on the same decoded pages, in extensive and in fast mode.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsprism.errors import NewsprismError
from newsprism.eval import EvalTable, load_url_index, prf, read_page

log = logging.getLogger(__name__)

COLUMNS = ["system", "pages", "accuracy", "precision", "recall", "f1", "tp", "fp", "fn",
           "seconds"]  # fmt: skip


@dataclass(frozen=True)
class GoldPage:
    """One page of the gold set."""

    url: str
    file: str
    date: str  # YYYY-MM-DD


@dataclass
class Tally:
    """Counts and time of one system over the corpus."""

    system: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: float = 0.0

    def add(self, found: str | None, gold: str) -> None:
        if not found:
            self.fn += 1
        elif found[:10] == gold:
            self.tp += 1
        else:
            self.fp += 1

    def row(self) -> dict[str, object]:
        pages = self.tp + self.fp + self.fn
        precision, recall, f1 = prf(self.tp, self.fp, self.fn)
        return {
            "system": self.system,
            "pages": pages,
            "accuracy": round(self.tp / pages, 4) if pages else 0.0,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "seconds": round(self.seconds, 1),
        }


def load_gold(data_dir: Path, limit: int | None = None) -> list[GoldPage]:
    """The gold pages in file order.

    Raises:
        EvalError: E300 when ``eval_default.json`` is missing or malformed.
    """
    return load_url_index(
        data_dir, "eval_default.json", "htmldate-eval", "{'file', 'date'}",
        lambda url, v: GoldPage(url, str(v["file"]), str(v["date"])[:10]), limit,
    )  # fmt: skip


def newsprism_day(html: str, url: str | None) -> str | None:
    """The publication day the clean stage would store for this page, in the page's zone.

    Same path as ``clean_document`` on an HTML item with a URL and no given date:
    ``extract_html`` collects the stamps, ``choose_published`` picks one; a page
    without article text is rejected by ingest, so it has no date either.
    """
    from newsprism.clean.dates import choose_published
    from newsprism.clean.html import extract_html

    try:
        page = extract_html(html, url=url)
    except NewsprismError:
        return None
    if not page.paragraphs:
        return None
    chosen = choose_published(page.stamps).chosen
    return chosen.local_iso()[:10] if chosen is not None else None


def htmldate_day(html: str, url: str | None, *, extensive: bool) -> str | None:
    """htmldate's original-date guess, as in its own evaluation."""
    import htmldate

    try:
        return htmldate.find_date(html, url=url, original_date=True, extensive_search=extensive)
    except Exception as exc:  # a baseline crash is a miss, not a stopped evaluation
        log.debug("htmldate failed on %s: %s", url, exc)
        return None


def evaluate_dates(
    data_dir: Path,
    *,
    limit: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> EvalTable:
    """Score newsprism's publication day beside htmldate (extensive and fast).

    Args:
        data_dir: the htmldate-eval folder (``eval_default.json`` and ``html/``).
        limit: only the first N pages.
        on_progress: called with (pages done, pages total) after each page.

    Returns:
        One row per system: accuracy TP/all, precision TP/(TP+FP), recall
        TP/(TP+FN), F1, the counts and the seconds spent.

    Raises:
        EvalError: when the folder is not an htmldate-eval folder.
    """
    import htmldate  # noqa: F401  (import cost kept out of the timings)

    pages = load_gold(data_dir, limit)
    systems: list[tuple[Tally, Callable[[str, str], str | None]]] = [
        (Tally("newsprism"), newsprism_day),
        (Tally("htmldate extensive"), lambda h, u: htmldate_day(h, u, extensive=True)),
        (Tally("htmldate fast"), lambda h, u: htmldate_day(h, u, extensive=False)),
    ]
    missing = 0
    for done, gold in enumerate(pages, 1):
        html = read_page(data_dir, gold.file)
        if html is None:
            missing += 1
        for tally, find in systems:
            if html is None:
                tally.add(None, gold.date)
                continue
            start = time.perf_counter()
            found = find(html, gold.url)
            tally.seconds += time.perf_counter() - start
            tally.add(found, gold.date)
        if on_progress is not None:
            on_progress(done, len(pages))
    notes = [
        "day-level: right day TP, wrong day FP, none FN; accuracy = TP / pages",
        "newsprism: local day (page's zone) of the stamp the clean stage chooses; "
        "its time includes text extraction",
        "htmldate: find_date(original_date=True), same process, same decoded pages",
    ]
    if missing:
        notes.append(f"{missing} page file(s) missing: counted as FN for every system")
    return EvalTable(
        title=f"Publication dates: {len(pages)} pages of {Path(data_dir).name}",
        columns=list(COLUMNS),
        rows=[tally.row() for tally, _ in systems],
        notes=notes,
    )
