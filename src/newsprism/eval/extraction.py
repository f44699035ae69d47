"""Main-text extraction from HTML, scored beside trafilatura (``eval extraction``).

The gold set is trafilatura's own evaluation corpus (``evaldata.json``: ``{url: {"file",
"with": [...], "without": [...], optional "title", ...}}``, pages in ``html/<file>.gz``).
Per page, whitespace is collapsed in the output and in each segment; a ``with`` segment
found as a substring is a TP (else FN), a ``without`` segment found is a FP (else TN).
A crash or an empty output counts every segment as FN/TN. The counts are summed over
the corpus: P = TP/(TP+FP), R = TP/(TP+FN), F = 2PR/(P+R).

Every system runs in the same process on the same decoded pages, one after the other
per page, so the seconds are comparable. newsprism's output is what the clean stage
stores: ``extract_html(...).paragraphs`` joined by newlines.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsprism.errors import EvalError
from newsprism.eval import EvalTable, load_url_index, prf, read_page

log = logging.getLogger(__name__)

COLUMNS = ["system", "pages", "precision", "recall", "f1", "tp", "fp", "fn", "title_acc",
           "seconds"]  # fmt: skip


@dataclass(frozen=True)
class GoldPage:
    """One page of the gold set."""

    url: str
    file: str
    with_: tuple[str, ...]
    without: tuple[str, ...]
    title: str | None = None


@dataclass
class PageScore:
    """Segment counts on one page."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0


def collapse(text: str) -> str:
    """Whitespace runs to one space, ends stripped (as in the data README)."""
    return " ".join(text.split())


def score_page(output: str | None, with_: Iterable[str], without: Iterable[str]) -> PageScore:
    """Score one output against its gold segments (None or empty: all FN/TN)."""
    text = collapse(output or "")
    score = PageScore()
    for segment in with_:
        if text and collapse(segment) in text:
            score.tp += 1
        else:
            score.fn += 1
    for segment in without:
        if text and collapse(segment) in text:
            score.fp += 1
        else:
            score.tn += 1
    return score


def page_errors(output: str | None, with_: Iterable[str], without: Iterable[str]
                ) -> tuple[list[str], list[str]]:  # fmt: skip
    """The segments a page got wrong: the ``without`` ones kept (FP), the ``with`` ones
    missed (FN), as in ``score_page``."""
    text = collapse(output or "")
    kept = [s for s in without if text and collapse(s) in text]
    missed = [s for s in with_ if not (text and collapse(s) in text)]
    return kept, missed


def _page_record(gold: GoldPage, output: str | None) -> dict[str, object]:
    """One line of the ``--pages`` file: where newsprism went wrong on one page."""
    kept, missed = page_errors(output, gold.with_, gold.without)
    return {
        "url": gold.url, "file": gold.file, "with": len(gold.with_),
        "without": len(gold.without), "fp": len(kept), "fn": len(missed),
        "fp_segments": kept, "fn_segments": missed,
        "output_chars": len(output or ""),
    }  # fmt: skip


def same_title(found: str | None, gold: str) -> bool:
    """Titles match when equal after collapsing whitespace, ignoring case."""
    return found is not None and collapse(found).casefold() == collapse(gold).casefold()


@dataclass
class Tally:
    """Counts and time of one system over the corpus."""

    system: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pages: int = 0
    seconds: float = 0.0
    titles: int = 0
    titles_right: int = 0
    scores_titles: bool = False
    per_page: list[PageScore] = field(default_factory=list)

    def add(self, score: PageScore) -> None:
        self.pages += 1
        self.tp += score.tp
        self.fp += score.fp
        self.fn += score.fn
        self.per_page.append(score)

    def add_title(self, found: str | None, gold: str) -> None:
        self.titles += 1
        self.titles_right += same_title(found, gold)

    def row(self) -> dict[str, object]:
        precision, recall, f1 = prf(self.tp, self.fp, self.fn)
        title_acc = None
        if self.scores_titles and self.titles:
            title_acc = round(self.titles_right / self.titles, 4)
        return {
            "system": self.system,
            "pages": self.pages,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "title_acc": title_acc,
            "seconds": round(self.seconds, 1),
        }


# A system maps (html, url) to (main text, title); title None when it finds none.
System = Callable[[str, str], tuple[str | None, str | None]]


def load_gold(data_dir: Path, limit: int | None = None) -> list[GoldPage]:
    """The gold pages in file order.

    Raises:
        EvalError: E300 when ``evaldata.json`` is missing or malformed.
    """
    return load_url_index(
        data_dir, "evaldata.json", "trafilatura-eval", "{'file', 'with', 'without'}",
        _gold_page, limit,
    )  # fmt: skip


def _gold_page(url: str, v: dict) -> GoldPage:
    return GoldPage(
        url=url,
        file=str(v["file"]),
        with_=tuple(str(s) for s in v.get("with", [])),
        without=tuple(str(s) for s in v.get("without", [])),
        title=str(v["title"]) if v.get("title") else None,
    )


def newsprism_system(html: str, url: str) -> tuple[str | None, str | None]:
    """What the clean stage keeps of an HTML page: the paragraphs, one per line."""
    from newsprism.clean.html import extract_html

    page = extract_html(html, url=url, with_dates=False)
    return "\n".join(page.paragraphs), page.title


def trafilatura_system(*, favor_precision: bool = False) -> System:
    """trafilatura's ``extract`` with its defaults (or favouring precision)."""
    import trafilatura

    def run(html: str, url: str) -> tuple[str | None, str | None]:
        return trafilatura.extract(html, url=url, favor_precision=favor_precision), None

    return run


def justext_system(html: str, url: str) -> tuple[str | None, str | None]:
    """jusText with the German stop list and the parameters of trafilatura's comparison."""
    import justext

    paragraphs = justext.justext(
        html, justext.get_stoplist("German"), 50, 200, 0.1, 0.2, 0.2, 200, True
    )
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate), None


def _title_of_trafilatura(html: str, url: str) -> str | None:
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    return getattr(meta, "title", None) if meta is not None else None


def evaluate_extraction(
    data_dir: Path,
    *,
    limit: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    systems: Iterable[str] | None = None,
    pages_out: Path | None = None,
) -> EvalTable:
    """Score newsprism's main text beside trafilatura (defaults and favor_precision), jusText.

    Args:
        data_dir: the trafilatura-eval folder (``evaldata.json`` and ``html/``).
        limit: only the first N pages.
        on_progress: called with (pages done, pages total) after each page.
        systems: the row names to run (all by default); "newsprism" and "trafilatura"
            are the two the comparison is about.
        pages_out: write newsprism's errors page by page to this file, as JSON Lines
            (``url``, ``file``, ``fp``, ``fn``, ``fp_segments``, ``fn_segments``…), worst
            pages first: the input of the error table in docs/eval-extraction.md.

    Returns:
        One row per system: segment precision, recall, F1, the counts, title accuracy
        (exact match after collapsing whitespace, ignoring case, on pages with a gold
        title) and the seconds spent extracting.

    Raises:
        EvalError: when the folder is not a trafilatura-eval folder.
    """
    import justext  # noqa: F401  (import cost kept out of the timings)
    import trafilatura  # noqa: F401

    pages = load_gold(data_dir, limit)
    runs = _chosen_runs(systems)
    missing = crashes = 0
    records: list[dict[str, object]] = []
    for done, gold in enumerate(pages, 1):
        html = read_page(data_dir, gold.file)
        if html is None:
            missing += 1
        for tally, run in runs:
            output, crashed = _score_one(tally, run, html, gold)
            crashes += crashed
            if pages_out is not None and tally.system == "newsprism":
                records.append(_page_record(gold, output))
        if on_progress is not None:
            on_progress(done, len(pages))
    if pages_out is not None:
        _write_pages(Path(pages_out), records)
    return EvalTable(
        title=f"Main-text extraction: {len(pages)} pages of {Path(data_dir).name}",
        columns=list(COLUMNS),
        rows=[tally.row() for tally, _ in runs],
        notes=_notes(sum(1 for gold in pages if gold.title), missing, crashes),
    )


def _chosen_runs(systems: Iterable[str] | None) -> list[tuple[Tally, System]]:
    """A fresh tally beside each wanted system, in the order asked (all by default)."""
    available: dict[str, System] = {
        "newsprism": newsprism_system,
        "trafilatura": trafilatura_system(),
        "trafilatura (favor_precision)": trafilatura_system(favor_precision=True),
        "justext": justext_system,
    }
    wanted = list(systems) if systems is not None else list(available)
    unknown = [name for name in wanted if name not in available]
    if unknown:
        raise EvalError(f"unknown systems {unknown}; known: {list(available)}", code="E300")
    runs = [(Tally(name), available[name]) for name in wanted]
    for tally, _ in runs:
        tally.scores_titles = tally.system in ("newsprism", "trafilatura")
    return runs


def _score_one(tally: Tally, run: System, html: str | None,
               gold: GoldPage) -> tuple[str | None, int]:  # fmt: skip
    """Run one system on one page and add its score to ``tally``: (its output, 1 if it
    crashed). A crash scores all-FN/TN; it does not stop the run."""
    output: str | None = None
    title: str | None = None
    crashed = 0
    if html is not None:
        start = time.perf_counter()
        try:
            output, title = run(html, gold.url)
        except Exception as exc:
            log.debug("%s failed on %s: %s", tally.system, gold.url, exc)
            crashed = 1
        tally.seconds += time.perf_counter() - start
        if tally.system == "trafilatura" and gold.title:
            title = _title_of_trafilatura(html, gold.url)
    tally.add(score_page(output, gold.with_, gold.without))
    if gold.title and tally.scores_titles:
        tally.add_title(title, gold.title)
    return output, crashed


def _notes(titled: int, missing: int, crashes: int) -> list[str]:
    """How the table was made, for the reader of the eval."""
    notes = [
        "segments: a 'with' segment in the output is a TP (else FN), a 'without' one a FP; "
        "whitespace collapsed; a crash or empty output is all FN/TN",
        "newsprism: extract_html(html, url=url, with_dates=False).paragraphs joined by "
        "newlines; trafilatura: extract(html, url=url) defaults; jusText: German stop "
        "list, as in trafilatura's comparison; same process, same decoded pages",
        f"title_acc: exact title (whitespace collapsed, case ignored) on the {titled} pages "
        "with a gold title; trafilatura's from extract_metadata (not timed)",
    ]
    if missing:
        notes.append(f"{missing} page file(s) missing: counted as FN/TN for every system")
    if crashes:
        notes.append(f"{crashes} crash(es) over all systems: counted as FN/TN")
    return notes


def _write_pages(path: Path, records: list[dict[str, object]]) -> None:
    """Worst pages first (FP + FN), ties in corpus order."""
    ranked = sorted(records, key=lambda r: -(int(r["fp"]) + int(r["fn"])))  # type: ignore[call-overload]
    with path.open("w", encoding="utf-8") as handle:
        for record in ranked:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
