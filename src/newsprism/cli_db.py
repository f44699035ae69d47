"""`newsprism db ...`: manage whole stores (copy one between backends, checked table by
table). Its own module so the per-article commands in `cli` stay under the size limit."""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from newsprism.cli_options import (
    err,
    existing_store,
    format_option,
    library_errors,
    out,
    print_json,
    progress_bar,
)
from newsprism.store import open_store


@click.group("db")
def db_group() -> None:
    """Manage stores: copy one between backends (SQLite file, PostgreSQL URL)."""


@db_group.command("copy")
@click.option("--from", "source", required=True, metavar="DB", callback=existing_store,
              help="The store to copy: an SQLite file or a postgresql:// URL.")  # fmt: skip
@click.option("--to", "target", required=True, metavar="DB",
              help="An empty store to copy into (created on first use).")  # fmt: skip
@format_option("text", "json")
@library_errors
def db_copy(source: str, target: str, fmt: str) -> None:
    """Copy every article, story, the clusterer's state and the analyses to another store,
    then check each table on both sides by row count and SHA-256 digest.

    The target must be empty; the copy is one transaction there, so a failed copy leaves
    it empty. Exit status 1 when a table differs after the copy.

    Example: newsprism db copy --from newsprism.db --to postgresql://news@localhost:5432/news
    """
    from newsprism.store.copy import copy_store

    with open_store(source) as src, open_store(target) as dst, progress_bar() as progress:
        tasks: dict[str, Any] = {}

        def on_progress(table: str, done: int, total: int) -> None:
            if table not in tasks:
                tasks[table] = progress.add_task(table, total=total)
            progress.update(tasks[table], completed=done)

        report = copy_store(src, dst, on_progress=on_progress)
    if fmt == "json":
        print_json(report.as_dict())
    else:
        table = Table(show_header=True)
        for column in ("table", "rows", "copied", "digest", "check"):
            table.add_column(column)
        for t in report.tables:
            table.add_row(t.table, str(t.source_rows), str(t.target_rows), t.source_hash[:16],
                          "ok" if t.ok else "DIFFERS")  # fmt: skip
        out.print(table)
        err.print(f"copied {report.source} to {report.target}: "
                  + ("every table checked" if report.ok else "some tables differ [E223]"),
                  markup=False)  # fmt: skip
    if not report.ok:
        raise click.exceptions.Exit(1)
