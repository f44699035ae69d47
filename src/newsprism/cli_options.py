"""The command line's shared parts: options, the error wrapper, output consoles and the
progress bar, used by `newsprism.cli` and `newsprism.cli_eval`."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from newsprism.display import one_line
from newsprism.errors import NewsprismError
from newsprism.models import IngestFailure
from newsprism.store import DEFAULT_DB

# Piped output (make demo, CI logs) gets a readable width instead of rich's 80 columns.
_PIPED_WIDTH = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 140
out = Console(highlight=False, soft_wrap=False, width=_PIPED_WIDTH)
err = Console(stderr=True, highlight=False)


def db_option(fn: Callable, *, stored: bool = False) -> Callable:
    """``--db`` of every command that opens a store (``stored``: see
    :func:`stored_db_option`)."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default=DEFAULT_DB,
        show_default=True,
        envvar="NEWSPRISM_DB",
        callback=existing_store if stored else None,
        help="The store: an SQLite file (created on first use) or a "
        "postgresql://USER@HOST:PORT/DB URL.",
    )(fn)


def stored_db_option(fn: Callable) -> Callable:
    """``--db`` of a command that reads what is stored (``articles``, ``show``,
    ``stories``, ``story``, ``analyze``, ``recluster``): an SQLite file that does not
    exist is one E207 line. Before session 34 such a command created an empty store
    there (and any missing folder on its path), and a typo in ``--db`` printed "0
    articles" with exit status 0. ``ingest`` and ``serve`` (whose upload form fills an
    empty store) still create it."""
    return db_option(fn, stored=True)


def missing_store(db_path: str) -> bool:
    """True for an SQLite path with no file: opening it would create an empty store."""
    from newsprism.store import is_url

    return not is_url(db_path) and not Path(db_path).exists()


def existing_store(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """The ``--db`` (or ``db copy --from``) value, if it names a PostgreSQL URL or an
    existing file."""
    if value and missing_store(value):
        error = NewsprismError(f"no store at {value}: nothing has been ingested there "
                               f"(`newsprism ingest FILES --db {value}` creates it)",
                               code="E207")  # fmt: skip
        raise RunFailed(one_line(str(error)))
    return value


def stories_model_option(fn: Callable) -> Callable:
    """``--stories-model`` of ingest and ``recluster`` (the name ``eval clustering`` takes)."""
    return click.option(
        "--stories-model",
        "stories_model",
        type=click.Choice(["packaged", "minilm"]),
        default="packaged",
        show_default=True,
        help="The clusterer model: the packaged default, or the one that adds MiniLM (ONNX) "
        "title + lead vectors (about a point of B³ F1 ahead on AllSides' dense days, level "
        "on NeuS feeds; about 10 ms more CPU an article, 768 bytes stored an article; "
        "docs/embeddings.md). A store keeps the model its stories were built with; "
        "`recluster --stories-model` switches it (docs/clustering.md, decision 26).",
    )(fn)


def max_bytes_option(fn: Callable) -> Callable:
    """``--max-bytes`` of ``ingest`` and (session 34) ``compare``, whose E106 line
    said "--max-bytes raises it" while only ``ingest`` took it."""
    return click.option(
        "--max-bytes", type=int, default=16 * 1024 * 1024, show_default=True,
        help="Largest article accepted (a file, a JSON line, a WARC record).",
    )(fn)  # fmt: skip


def format_option(*choices: str) -> Callable[[Callable], Callable]:
    def decorate(fn: Callable) -> Callable:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices),
            default=choices[0],
            show_default=True,
            help="Output format.",
        )(fn)

    return decorate


def report_options(fn: Callable) -> Callable:
    """--format, -o and --embedder: the options of every command that prints a comparison."""
    embedder = click.option(
        "--embedder", type=click.Choice(["static", "minilm"]), default="static",
        show_default=True, help="Sentence embeddings for claim alignment.",
    )  # fmt: skip
    output = click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
        help="Write the report to this file instead of the terminal.",
    )  # fmt: skip
    fn = output(embedder(fn))
    return format_option("text", "json", "html")(fn)


class RunFailed(click.ClickException):
    """The command itself failed (not some of its items): exit status 2.

    ``ingest`` exits 1 when some items failed and the others were stored; 2 says the run
    stopped (the store cannot be opened or written, or a bug), so scripts can tell them
    apart. Click's own usage errors exit 2 as well.
    """

    exit_code = 2


def library_errors(fn: Callable) -> Callable:
    """Turn a NewsprismError, or any unexpected exception (a bug), into a one-line
    message and exit status 2, never a traceback (the log has it)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NewsprismError as exc:
            raise RunFailed(one_line(str(exc))) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            logging.getLogger(__name__).error("the run stopped", exc_info=exc)
            message = f"[E199] internal error, the run stopped: {type(exc).__name__}: {exc}"
            raise RunFailed(one_line(message) + " (a bug: please report it)") from exc

    return wrapper


def print_failure(console: Console, failure: IngestFailure) -> None:
    """One line per failed item (``IngestFailure.line``: escaped, so one line whatever
    the file is called), never wrapped, so that scripts can grep it."""
    line = Text.assemble(("error", "red"), failure.line.removeprefix("error"))
    console.print(line, soft_wrap=True)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


class IngestProgress:
    """The ingest progress bar: files done of all, and articles stored per second (an
    archive is one file of thousands of pages: the file count alone would sit still)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = progress.add_task("ingest", total=None, articles=0, rate="")
        self.started = time.monotonic()

    def files(self, done: int, total: int) -> None:
        self.progress.update(self.task, completed=done, total=total)

    def failure(self, failure: IngestFailure) -> None:
        print_failure(self.progress.console, failure)

    def committed(self, report: Any) -> None:
        """After each committed batch: articles added or found stored, and their rate."""
        count = len(report.added) + report.already_stored
        rate = count / max(time.monotonic() - self.started, 1e-9)
        self.progress.update(self.task, articles=count, rate=f"{rate:,.1f} articles/s")


@contextlib.contextmanager
def ingest_progress() -> Iterator[IngestProgress]:
    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[articles]:,} articles · {task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with bar:
        yield IngestProgress(bar)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 story``, ``2 stories``: a count with its noun in the number the count needs, so
    a one-story store does not read "1 stories"."""
    if n == 1:
        return f"1 {noun}"
    return f"{n} {plural or noun + 's'}"


def ingest_summary(report: Any) -> str:
    """The closing line of ``ingest``: ``2 added, 0 already stored, 0 failed, 3 skipped
    (redirect 1, http error 1, not html 1) (2 files)``."""
    line = f"{len(report.added)} added, {report.already_stored} already stored, " \
        f"{len(report.failures)} failed"  # fmt: skip
    skipped = sum(report.skipped.values())
    if skipped:
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(report.skipped.items()))
        line += f", {skipped} skipped ({reasons})"
    return f"{line} ({report.files} files)"
