"""The command line: thin adapters that parse options, call one library function each,
and turn library errors into one-line messages. Only the cli modules print; the shared
options live in `cli_options`, the `eval` commands in `cli_eval`, `db` in `cli_db`."""

from __future__ import annotations

import functools
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from newsprism.cli_db import db_group
from newsprism.cli_eval import eval_group
from newsprism.cli_options import (
    RunFailed,
    counted,
    db_option,
    err,
    format_option,
    ingest_progress,
    ingest_summary,
    library_errors,
    max_bytes_option,
    missing_store,
    out,
    print_failure,
    print_json,
    progress_bar,
    report_options,
    stored_db_option,
    stories_model_option,
)
from newsprism.models import Article
from newsprism.store import open_store

__all__ = ["RunFailed", "cli"]


@click.group()
@click.version_option(package_name="newsprism")
def cli() -> None:
    """newsprism: read the news as many outlets report it."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--outlet", help="Outlet name for every item (beats what the items say).")
@click.option("--url", help="URL of the article (for a single file).")
@click.option("--lang", "language", help="ISO 639-1 language code for every item.")
@max_bytes_option
@click.option("--batch-size", type=int, default=200, show_default=True,
              help="Items per committed transaction.")  # fmt: skip
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that clean in parallel (LocalCluster workers: --dask).")  # fmt: skip
@click.option("--scheduler", metavar="ADDRESS",
              help="Clean on the Dask cluster at this address (tcp://host:8786).")  # fmt: skip
@click.option("--dask", "use_dask", is_flag=True,
              help="Clean on a Dask LocalCluster of --workers workers.")  # fmt: skip
@stories_model_option
@format_option("text", "json")
@library_errors
def ingest(
    paths: tuple[str, ...],
    db_path: str,
    outlet: str | None,
    url: str | None,
    language: str | None,
    max_bytes: int,
    batch_size: int,
    workers: int,
    scheduler: str | None,
    use_dask: bool,
    stories_model: str,
    fmt: str,
) -> None:
    """Ingest files and folders (text, HTML, JSON Lines, JSON, RSS/Atom, WARC) into the store.

    Each bad item gets one line on stderr naming the file (and line) and the reason;
    the batch goes on. Redirects, HTTP errors and non-HTML records of a WARC are
    skipped and counted, not failures. Exit status 1 when any item failed, 2 when the
    run itself stopped (the store cannot be opened or written).

    \b
    Example: newsprism ingest examples/ --db demo.db
    Example: newsprism ingest CC-NEWS-*.warc.gz --workers 2
    Example: newsprism ingest examples/ --db demo.db --stories-model minilm
    """
    from newsprism.cleaning_pool import open_pool
    from newsprism.cluster.model import load_named_model
    from newsprism.ingest import IngestOptions
    from newsprism.pipeline import ingest_paths

    options = IngestOptions(outlet=outlet, url=url, language=language, max_bytes=max_bytes)
    with open_store(db_path) as store, open_pool(workers, scheduler, use_dask) as pool, \
            ingest_progress() as progress:  # fmt: skip
        report = ingest_paths(paths, store, ingest_options=options, batch_size=batch_size,
                              pool=pool, on_progress=progress.files, on_failure=progress.failure,
                              on_commit=progress.committed,
                              model=load_named_model(stories_model))  # fmt: skip
        total = store.count()
    if fmt == "json":
        print_json({**report.as_dict(), "db": db_path, "articles_in_store": total})
    else:
        err.print(f"{ingest_summary(report)}; {total} articles in {db_path}", markup=False,
                  soft_wrap=True)
    if report.failures:
        sys.exit(1)


@cli.command()
@stored_db_option
@click.option("--limit", type=int, help="At most this many articles.")
@format_option("text", "json")
@library_errors
def articles(db_path: str, limit: int | None, fmt: str) -> None:
    """List the stored articles, newest first.

    Example: newsprism articles --db demo.db --format json
    """
    with open_store(db_path) as store:
        items = list(store.iter_articles(limit=limit))
    if fmt == "json":
        print_json([a.as_dict() for a in items])
        return
    table = Table(title=f"{len(items)} articles in {db_path}", show_lines=False)
    for column in ("id", "outlet", "published (UTC)", "lang", "words", "removed"):
        table.add_column(column, no_wrap=True)
    table.add_column("title", overflow="fold", ratio=1)
    for a in items:
        table.add_row(
            a.id,
            a.outlet or "-",
            a.published_at or "-",
            a.language or "-",
            str(len(a.text.split())),
            str(len(a.removed)),
            a.title or "(untitled) " + _snippet(a.text, 60),
        )
    out.print(table)


def _snippet(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@cli.command()
@click.argument("article_id")
@stored_db_option
@format_option("text", "json")
@library_errors
def show(article_id: str, db_path: str, fmt: str) -> None:
    """Show one article: metadata, clean text, and every removed line with its reason.

    Example: newsprism show 9d09b65a --db demo.db
    """
    with open_store(db_path) as store:
        article = store.get(article_id)
    if article is None:
        raise click.ClickException(f"no article with id {article_id!r} in {db_path}")
    if fmt == "json":
        print_json(article.as_dict())
        return
    _print_article(article)


def _print_article(a: Article) -> None:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column(overflow="fold")
    # a live blog's entries get a line of their own, not their JSON text
    provenance = {k: v for k, v in a.provenance.items() if k != "live_entries"}
    times = ", ".join(f"{e.get('time')} (¶{e.get('paragraph')})" for e in a.live_entries)
    live = [("live entries", times)] if times else []
    for label, value in (
        ("id", a.id),
        ("title", a.title or "(none)"),
        ("outlet", a.outlet or "(unknown)"),
        ("url", a.url or "(none)"),
        ("language", a.language or "(unknown)"),
        ("published (UTC)", a.published_at or "(unknown)"),
        ("as printed", a.published_at_original or "-"),
        ("date reason", a.date_reason or "-"),
        ("source", a.location),
        ("crawled (UTC)", a.crawled_at or "-"),
        ("provenance", ", ".join(f"{k}: {v}" for k, v in provenance.items())),
        *live,
    ):
        meta.add_row(label, value)
    out.print(meta, markup=False)
    out.rule("text")
    out.print(a.text, markup=False)
    out.rule(f"removed lines ({len(a.removed)})")
    removed = Table(show_header=True)
    removed.add_column("line", justify="right")
    removed.add_column("reason")
    removed.add_column("text", overflow="fold")
    for line in a.removed:
        removed.add_row(str(line.position + 1), line.reason, line.text)
    out.print(removed)
    if a.stamps:
        out.rule("date stamps")
        stamps = Table(show_header=True)
        for column in ("as printed", "role", "UTC", "zone", "zone from", "source"):
            stamps.add_column(column, overflow="fold")
        for s in a.stamps:
            stamps.add_row(s.original, s.role, s.utc or "-", s.zone or "-", s.zone_source or "-",
                           s.source)  # fmt: skip
        out.print(stamps)


@cli.command()
@click.argument("items", nargs=-1, required=True)
@db_option
@report_options
@max_bytes_option
@library_errors
def compare(items: tuple[str, ...], db_path: str, fmt: str, output: Path | None,
            embedder: str, max_bytes: int) -> None:  # fmt: skip
    """Compare the articles of one story: shared, unique and conflicting claims, framing.

    Each ITEM is a file or folder (cleaned on the fly, not stored) or an article id
    (or unique id prefix) in the store.

    Example: newsprism compare examples/ --format html -o report.html
    """
    articles = _compare_inputs(items, db_path, max_bytes)
    if len(articles) < 2:
        raise click.ClickException(f"compare needs at least two articles, got {len(articles)}")
    stored = fmt == "html" and any(not Path(item).exists() for item in items)
    _emit_analysis(_analyze(articles, embedder), fmt, output,
                   known=_store_colours(db_path) if stored else None)  # fmt: skip


def _store_colours(db_path: str) -> dict[str, int]:
    """The store's outlet colours, so that a report of stored articles colours each
    outlet as the web does (``report.outlet_colours``)."""
    from newsprism.report.outlet_colours import store_colours

    with open_store(db_path) as store:
        return store_colours(store.outlet_stories())


def _analyze(articles: list[Article], embedder: str) -> dict[str, Any]:
    """The compare analysis of a story's articles, with a progress line."""
    from newsprism.compare.story import analyze_story

    with progress_bar() as progress:
        task = progress.add_task("compare", total=None)
        return analyze_story(
            articles, embedder=embedder,
            on_step=lambda name: progress.update(task, description=f"compare: {name}"),
        ).as_dict()  # fmt: skip


def _emit_analysis(
    analysis: dict[str, Any],
    fmt: str,
    output: Path | None,
    *,
    before: Callable[[Console], None] | None = None,
    extra: dict[str, Any] | None = None,
    known: dict[str, int] | None = None,
) -> None:
    """Write a compare analysis as text, JSON or HTML, to the terminal or a file.

    ``before`` prints a text-mode header first (``story`` prints its members);
    with ``extra`` the JSON is ``{**extra, "analysis": analysis}`` (``story`` puts the
    story beside its analysis) instead of the bare analysis. ``known``: the store's
    outlet colours for an HTML report of stored articles.
    """
    if fmt == "json":
        data = analysis if extra is None else {**extra, "analysis": analysis}
        text = json.dumps(data, ensure_ascii=False, indent=2)
    elif fmt == "html":
        from newsprism.report.html import render_html

        text = render_html(analysis, known)
    else:
        from newsprism.report.text import print_text

        if output is None:
            if before is not None:
                before(out)
            print_text(analysis, out)
            return
        console = Console(record=True, highlight=False, width=120, file=io.StringIO())
        if before is not None:
            before(console)
        print_text(analysis, console)
        text = console.export_text()
    if output is None:
        click.echo(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}", markup=False)


def _compare_inputs(items: tuple[str, ...], db_path: str, max_bytes: int) -> list[Article]:
    """Articles for ``compare``: files cleaned on the fly, ids read from the store."""
    from newsprism.ingest import IngestOptions
    from newsprism.pipeline import clean_paths

    articles: list[Article] = []
    files = [item for item in items if Path(item).exists()]
    ids = [item for item in items if not Path(item).exists()]
    if ids and missing_store(db_path):  # never create it
        raise click.ClickException(f"{ids[0]}: no such file, and no store at {db_path}")
    if files:
        cleaned, failures = clean_paths(files, ingest_options=IngestOptions(max_bytes=max_bytes))
        for failure in failures:
            print_failure(err, failure)
        articles.extend(cleaned)
    if ids:
        with open_store(db_path) as store:
            for article_id in ids:
                article = store.get(article_id)
                if article is None:
                    raise click.ClickException(
                        f"{article_id}: neither a file nor an article id in {db_path}"
                    )
                articles.append(article)
    seen: set[str] = set()
    return [a for a in articles if not (a.id in seen or seen.add(a.id))]


@cli.command()
@stored_db_option
@click.option("--since", help="Only stories last seen on or after this date (YYYY-MM-DD, UTC).")
@click.option("--outlet", help="Only stories that this outlet covered (case-insensitive).")
@click.option("--sort", type=click.Choice(["size", "newest"]), default="size", show_default=True,
              help="Biggest first, or newest first.")  # fmt: skip
@click.option("--limit", type=int, help="At most this many stories.")
@format_option("text", "json")
@library_errors
def stories(db_path: str, since: str | None, outlet: str | None, sort: str, limit: int | None,
            fmt: str) -> None:  # fmt: skip
    """List the stories in the store, biggest (or newest) first.

    An article that no other report joins is a story of one.

    Example: newsprism stories --db demo.db --format json
    """
    from newsprism.analyses import reindex_due_warning
    from newsprism.cluster.model import load_model

    with open_store(db_path) as store:
        if warning := store.self_copies_warning():
            err.print(warning, markup=False, soft_wrap=True)
        for note in (store.recluster_due_warning(load_model().version),
                     reindex_due_warning(store)):  # older stories; older index rows (E311)
            if note:
                err.print(note, markup=False, soft_wrap=True)
        items = store.list_stories(since=since, outlet=outlet, sort=sort, limit=limit)
    if fmt == "json":
        print_json([s.as_dict() for s in items])
        return
    noun = "story" if len(items) == 1 else "stories"
    table = Table(title=f"{len(items)} {noun} in {db_path}")
    for column in ("id", "articles", "outlets", "first seen (UTC)", "last seen (UTC)"):
        table.add_column(column, no_wrap=column != "outlets", overflow="fold")
    table.add_column("label", overflow="fold", ratio=1)
    for story in items:
        table.add_row(story.id, str(len(story.articles)), ", ".join(story.outlets) or "-",
                      story.first_seen or "-", story.last_seen or "-", story.label)  # fmt: skip
    out.print(table)


@cli.command()
@click.argument("story_id")
@stored_db_option
@report_options
@library_errors
def story(story_id: str, db_path: str, fmt: str, output: Path | None, embedder: str) -> None:
    """One story: its articles, outlets and time span, then the compare report.

    STORY_ID is an id from `newsprism stories` or a unique prefix of one. A story of
    one article has nothing to compare: its members are shown, and the JSON has
    ``"analysis": null``.

    Example: newsprism story s1a2b3c4 --db demo.db --format html -o story.html
    """
    from newsprism.analyses import analyze, story_articles

    with open_store(db_path) as store:
        found = store.get_story(story_id)
        if found is None:
            raise click.ClickException(f"no story with id {story_id!r} in {db_path}")
        header = functools.partial(_print_story, found)
        if len(story_articles(store, found)) < 2:
            if fmt == "json":
                print_json({"story": found.as_dict(), "analysis": None})
            elif fmt == "html":
                raise click.ClickException(f"story {found.id} has one article: nothing to compare")
            else:
                header(out)
            return
        # The analysis is the one the web shows: read from the store's cache, or computed
        # here and stored for the next reader.
        with progress_bar() as progress:
            task = progress.add_task("compare", total=None)
            analysis = analyze(store, found, embedder=embedder, on_step=lambda name:
                               progress.update(task, description=f"compare: {name}"))  # fmt: skip
    _emit_analysis(analysis, fmt, output, before=header, extra={"story": found.as_dict()},
                   known=_store_colours(db_path) if fmt == "html" else None)  # fmt: skip


@cli.command()
@stored_db_option
@click.option("--embedder", type=click.Choice(["static", "minilm"]), default="static",
              show_default=True, help="Sentence embeddings for claim alignment.")  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), help="Only the N biggest stories.")
@format_option("text", "json")
@library_errors
def analyze(db_path: str, embedder: str, limit: int | None, fmt: str) -> None:
    """Compute and store the compare analysis of every story that has none yet.

    Biggest stories first. The analyses go into the store's cache, where `newsprism
    story` and the web (story, entity and outlet pages) read them: what `serve --warm`
    does in the background, done once, with a progress bar. A story that already has a
    current analysis is skipped; one whose analysis fails is reported and skipped.
    Exit status 1 when some failed.

    Example: newsprism analyze --db demo.db
    """
    from newsprism.analyses import analyze_pending

    with open_store(db_path) as store, progress_bar() as progress:
        task = progress.add_task("analyse stories", total=None)
        report = analyze_pending(store, embedder=embedder, limit=limit, on_progress=lambda d, t:
                                 progress.update(task, completed=d, total=t))  # fmt: skip
    if fmt == "json":
        print_json({**report.as_dict(), "db": db_path})
    else:
        for story_id, reason in report.failed:
            err.print(f"error story {story_id}: analysis failed: {reason} [E220]", soft_wrap=True,
                      markup=False)  # fmt: skip
        again = f" ({report.reindexed} indexed again)" if report.reindexed else ""
        err.print(f"{report.computed} analyses computed, {report.already} already stored"
                  f"{again}, {len(report.failed)} failed, of {report.stories} stories; "
                  f"{db_path}", markup=False)  # fmt: skip
    if report.failed:
        raise click.exceptions.Exit(1)


def _print_story(found: Any, console: Console) -> None:
    span = f"{found.first_seen or '?'} → {found.last_seen or '?'}"
    console.rule(f"story {found.id}: {found.label}", characters="═")
    console.print(f"{len(found.articles)} articles · {len(found.outlets)} outlets · {span}",
                  markup=False)  # fmt: skip
    table = Table(show_header=True)
    for column in ("article", "outlet", "published (UTC)", "copy of"):
        table.add_column(column, no_wrap=True)
    table.add_column("title", overflow="fold", ratio=1)
    for m in found.articles:
        table.add_row(m.id, m.outlet or "-", m.published_at or "-", m.duplicate_of or "",
                      m.title or "(untitled)")  # fmt: skip
    console.print(table)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")  # fmt: skip
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--warm/--no-warm", default=False, show_default=True,
              help="Analyse every story in the background (entity and outlet pages).")  # fmt: skip
@click.option("--max-upload-bytes", type=click.IntRange(min=1), default=16 * 1024 * 1024,
              show_default=True, help="Largest upload accepted, all files together.")  # fmt: skip
@click.option("--analysis-timeout", type=click.FloatRange(min=0, min_open=True), default=120.0,
              show_default=True, metavar="SECONDS",
              help="Stop a story's analysis that runs longer; its page says so.")  # fmt: skip
@click.option("--analysis-workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Story analyses that may run at once, each in a worker process.")  # fmt: skip
@library_errors
def serve(db_path: str, host: str, port: int, warm: bool, max_upload_bytes: int,
          analysis_timeout: float, analysis_workers: int) -> None:  # fmt: skip
    """Browse the store in a web browser: stories, comparisons, search, upload, JSON API.

    Uploads are written to DB.uploads/ beside the store. See docs/web.md.

    Example: newsprism serve --db demo.db   # then open http://127.0.0.1:8000/
    """
    from newsprism.store import is_url
    from newsprism.store.postgres import redact
    from newsprism.web import serve as run

    shown = f"[{host}]" if ":" in host else host
    where = redact(db_path) if is_url(db_path) else db_path
    err.print(f"serving {where} at http://{shown}:{port}/ (Ctrl-C to stop)", markup=False)
    run(db_path, host=host, port=port, warm=warm, max_upload_bytes=max_upload_bytes,
        analysis_timeout=analysis_timeout, analysis_workers=analysis_workers)  # fmt: skip


@cli.command()
@stored_db_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Where per-article features are computed.")  # fmt: skip
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786); default: a LocalCluster.")  # fmt: skip
@click.option("--workers", type=int, default=2, show_default=True,
              help="Workers of the LocalCluster (engine dask, no --scheduler).")  # fmt: skip
@click.option("--refeature", is_flag=True,
              help="Recompute every article's features, not only missing ones.")  # fmt: skip
@stories_model_option
@format_option("text", "json")
@library_errors
def recluster(db_path: str, engine: str, scheduler: str | None, workers: int, refeature: bool,
              stories_model: str, fmt: str) -> None:  # fmt: skip
    """Rebuild every story from the articles in the store (replaces all stories at once).

    Features missing from the store are computed locally or on Dask; then one pass in
    publication order assigns every article. Both engines give the same stories.
    With --stories-model minilm, articles stored without a MiniLM vector get one first.

    \b
    Example: newsprism recluster --db demo.db --engine dask
    Example: newsprism recluster --db demo.db --stories-model minilm
    """
    from newsprism.cluster import recluster as rebuild
    from newsprism.cluster.model import load_named_model

    with open_store(db_path) as store, progress_bar() as progress:
        tasks: dict[str, Any] = {}

        def on_progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = progress.add_task(step, total=total)
            progress.update(tasks[step], completed=done, total=total)

        report = rebuild(store, engine=engine, scheduler=scheduler, workers=workers,
                         refeature=refeature, on_progress=on_progress,
                         model=load_named_model(stories_model))  # fmt: skip
    if fmt == "json":
        print_json({**report.as_dict(), "db": db_path})
    else:
        err.print(
            f"{counted(report.articles, 'article')} in "
            f"{counted(report.stories, 'story', 'stories')} ({report.duplicates} "
            f"near-copies); features computed for {report.features_computed} "
            f"({report.engine} engine); {db_path}"
        )
        if report.self_copies:
            err.print(f"repaired {report.self_copies} articles that were marked as near-copies "
                      "of themselves", soft_wrap=True)  # fmt: skip


cli.add_command(db_group)
cli.add_command(eval_group)
