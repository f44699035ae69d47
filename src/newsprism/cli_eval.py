"""`newsprism eval ...`: score newsprism against the gold-labelled data (docs/evaluation.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from newsprism.cli_options import format_option, library_errors, out, print_json, progress_bar

_FOLDER = click.Path(exists=True, file_okay=False, path_type=Path)
_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group(name="eval")
def eval_group() -> None:
    """Score newsprism against gold-labelled data (see docs/evaluation.md)."""


def _print_eval(table: Any, fmt: str) -> None:
    if fmt == "json":
        print_json(table.as_dict())
        return
    rich_table = Table(title=table.title)
    for column in table.columns:
        rich_table.add_column(column, justify="left" if column == "system" else "right")
    for row in table.rows:
        rich_table.add_row(*[_cell(row.get(c)) for c in table.columns])
    out.print(rich_table)
    for note in table.notes:
        out.print(f"  {note}", markup=False)


def _run_eval(evaluate: Callable[..., Any], data_dir: Path, fmt: str, unit: str,
              **options: Any) -> None:  # fmt: skip
    """Run one evaluation under a progress bar, then print its table."""
    with progress_bar() as progress:
        task = progress.add_task(unit, total=None)
        table = evaluate(
            data_dir, **options,
            on_progress=lambda d, t: progress.update(task, completed=d, total=t),
        )  # fmt: skip
    _print_eval(table, fmt)


def _data_dir_command(
    name: str, limit_help: str, *options: Callable[[Any], Any]
) -> Callable[..., Any]:
    """Declare one `eval NAME DATA_DIR [--limit N] ... [--format]` command.

    Every eval takes the same data-folder argument, `--limit` and `--format`, and
    reports library errors the same way; only `options` differ between them.
    """

    def decorate(func: Callable[..., Any]) -> Any:
        func = format_option("text", "json")(library_errors(func))
        for option in reversed(options):
            func = option(func)
        func = click.option("--limit", type=int, help=limit_help)(func)
        func = click.argument("data_dir", type=_FOLDER)(func)
        return eval_group.command(name=name)(func)

    return decorate


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "-" if value is None else str(value)


@_data_dir_command(
    "extraction",
    "Only the first N pages (quick checks).",
    click.option("--pages", "pages_out", type=click.Path(dir_okay=False, path_type=Path),
                  help="Also write newsprism's errors page by page (JSON Lines, worst first): "
                       "the segments it kept that are furniture and the ones it missed."),
    click.option("--system", "systems", multiple=True,
                  help="Run only this system (repeatable): newsprism, trafilatura, "
                       "'trafilatura (favor_precision)', justext. All by default."),
)  # fmt: skip
def eval_extraction(data_dir: Path, limit: int | None, pages_out: Path | None,
                    systems: tuple[str, ...], fmt: str) -> None:  # fmt: skip
    """Main-text extraction: segment P/R/F beside trafilatura on the same pages.

    Example: newsprism eval extraction ../shared/data/trafilatura-eval --pages errors.jsonl
    """
    from newsprism.eval.extraction import evaluate_extraction

    _run_eval(evaluate_extraction, data_dir, fmt, "pages", limit=limit, pages_out=pages_out,
              systems=systems or None)  # fmt: skip


@_data_dir_command("dates", "Only the first N pages (quick checks).")
def eval_dates(data_dir: Path, limit: int | None, fmt: str) -> None:
    """Publication dates: day-level accuracy beside htmldate on the same pages.

    Example: newsprism eval dates ../shared/data/htmldate-eval
    """
    from newsprism.eval.dates import evaluate_dates

    _run_eval(evaluate_dates, data_dir, fmt, "pages", limit=limit)


@_data_dir_command(
    "quotes",
    "Only the first N articles of each split.",
    click.option("--split", default="dev", show_default=True,
                  help="PolNeAR split(s) to score: dev, train, or train,dev."),
    click.option("--basil/--no-basil", default=True, show_default=True,
                  help="Also score BASIL's quoted phrases and their speakers (the basil/ "
                       "folder next to polnear/)."),
    click.option("--wrong-speakers", is_flag=True,
                  help="Also list every PolNeAR quote found with a wrong speaker (notes)."),
    click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
                  help="Skip the first N PolNeAR articles (by name) of each split; "
                       "--limit counts after them."),
)  # fmt: skip
def eval_quotes(data_dir: Path, limit: int | None, split: str, basil: bool,
                wrong_speakers: bool, offset: int, fmt: str) -> None:  # fmt: skip
    """Quotes and speakers: span P/R/F1 at 0.3 and 0.8 overlap, speaker accuracy (PolNeAR,
    and BASIL's quoted phrases).

    Example: newsprism eval quotes ../shared/data/polnear
    """
    from newsprism.eval.quotes import evaluate_quotes

    basil_dir = next((d for d in (data_dir / "basil", data_dir.parent / "basil")
                      if (d / "articles").is_dir()), None) if basil else None  # fmt: skip
    _run_eval(evaluate_quotes, data_dir, fmt, "articles", split=split, limit=limit,
              basil_dir=basil_dir, wrong_speakers=wrong_speakers,
              offset=offset)  # fmt: skip


@_data_dir_command("framing", "Only the first N articles.")
def eval_framing(data_dir: Path, limit: int | None, fmt: str) -> None:
    """Framing: BASIL lexical-bias spans and BABE biased words, beside lexicon baselines.

    DATA_DIR is the data root (basil/, babe/, bias-lexicons/) or its basil folder.

    Example: newsprism eval framing ../shared/data
    """
    from newsprism.eval.framing import evaluate_framing

    _run_eval(evaluate_framing, data_dir, fmt, "articles", limit=limit)


@_data_dir_command(
    "clustering",
    "Only the first N articles of each part (quick checks).",
    click.option("--batches", type=click.IntRange(min=1), default=1, show_default=True,
                  help="Feed each part as N shuffled batches, each in stream order, as an "
                  "archive ingested in N runs arrives (1: the stream in order)."),
    click.option("--condition", type=click.Choice(["real", "compressed", "both"]), default="both",
                  show_default=True,
                  help="real: the articles' own times; compressed: every gold story moved into "
                  "one 72-hour window (a dense day's feed); both: one after the other."),
    click.option("--story-split", "split", type=click.Choice(["model", "on", "off"]),
                  default="model", show_default=True,
                  help="The split step of growing stories: as the model file says (off in "
                  "the packaged model), on (at the measured scale) or off, to measure it."),
    click.option("--story-merge", "merge", type=click.Choice(["model", "on", "off"]),
                  default="model", show_default=True,
                  help="The merge step of two live stories of one event: as the model file "
                  "says (off in the packaged model), on (at the measured scale) or off."),
    click.option("--stories-model", "stories_model", type=click.Choice(["packaged", "minilm"]),
                  default="packaged", show_default=True,
                  help="The clusterer model: the packaged default, or the one that adds the "
                  "cosine of MiniLM (ONNX) title + lead vectors (about a point ahead on "
                  "AllSides' dense days, level on NeuS feeds; about 10 ms more CPU an "
                  "article; docs/eval-clustering.md)."),
)  # fmt: skip
def eval_clustering(data_dir: Path, limit: int | None, batches: int, condition: str,
                    split: str, merge: str, stories_model: str, fmt: str) -> None:  # fmt: skip
    """Stories: B³ and pairwise P/R/F1 and ARI against gold stories (BASIL, NeuS, GoogleNews).

    DATA_DIR is ../shared/data or one of its basil/, neus-allsides/, googlenews-tsc/,
    ntrex-ar-en/ (stories told in English and Arabic) folders, or
    neus-allsides/raw_crawled/ (the dated AllSides roundups alone: neus-raw). Training
    and held-out parts are scored separately (docs/eval-clustering.md).

    With --batches N, each part arrives as N batches (a backfill): how far stories
    built by incremental ingest fall from those of one ordered pass. Every row also
    shows a TF-IDF single-pass baseline run on the same stream (base_b3_f1) and the
    most gold stories one predicted story holds (mixed).

    Example: newsprism eval clustering ../shared/data/basil --condition compressed
    """
    from newsprism.cluster.model import load_named_model
    from newsprism.eval.clustering import evaluate_clustering

    model = None if stories_model == "packaged" else load_named_model(stories_model)
    _run_eval(evaluate_clustering, data_dir, fmt, "articles", limit=limit, batches=batches,
              condition=condition, split=split, merge=merge, model=model)  # fmt: skip


@_data_dir_command("crosslang", "Only the first N stories (quick checks).")
def eval_crosslang(data_dir: Path, limit: int | None, fmt: str) -> None:
    """Link each Arabic NTREX story to its English one among all of them (top-1).

    DATA_DIR is ../shared/data or its ntrex-ar-en/ folder. Printed beside the naive
    baseline (shared digits and Latin words), computed in the same run; see
    docs/crosslang.md.

    Example: newsprism eval crosslang ../shared/data
    """
    from newsprism.eval.crosslang import evaluate_crosslang

    _run_eval(evaluate_crosslang, data_dir, fmt, "stories", limit=limit)


@_data_dir_command(
    "compare",
    "Only the first N stories.",
    click.option("--gold", "gold_dir", type=_FOLDER,
                  default="gold/compare-basil", show_default=True,
                  help="The folder of hand-made gold files (one per BASIL triplet)."),
    click.option("--only", type=click.Choice(["conflicts"]), default=None,
                  help="Score one measure alone, for a gold that annotates only it "
                       "(gold/conflicts-basil); lists each conflict, right or false."),
)  # fmt: skip
def eval_compare(data_dir: Path, gold_dir: Path, only: str | None, limit: int | None,
                 fmt: str) -> None:  # fmt: skip
    """Compare: shared-pair P/R, conflicts, speakers, citations, unique, summary lines.

    DATA_DIR is ../shared/data or its basil/ folder; the gold is docs/eval-compare.md's.

    Example: newsprism eval compare ../shared/data --gold gold/compare-basil
    Example: newsprism eval compare ../shared/data --gold gold/conflicts-basil --only conflicts
    """
    from newsprism.eval.compare import evaluate_compare

    _run_eval(evaluate_compare, data_dir, fmt, "stories", gold_dir=gold_dir, limit=limit,
              only=only)  # fmt: skip


@_data_dir_command(
    "arabic",
    "Only the first N gold articles (quick checks).",
    click.option("--gold", "gold_path", type=_FILE,
                  default="gold/saudinewsnet-clean/gold.jsonl", show_default=True,
                  help="The hand-made gold (gold/saudinewsnet-clean/README.md)."),
)  # fmt: skip
def eval_arabic(data_dir: Path, gold_path: Path, limit: int | None, fmt: str) -> None:
    """Arabic cleaning, dates, zoned times: SaudiNewsNet against hand-made gold.

    DATA_DIR is ../shared/data or its saudinewsnet-sample/ folder.

    Example: newsprism eval arabic ../shared/data/saudinewsnet-sample
    """
    from newsprism.eval.arabic import evaluate_arabic

    _run_eval(evaluate_arabic, data_dir, fmt, "articles", gold_path=gold_path, limit=limit)
