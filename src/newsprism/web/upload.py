"""Uploads: pasted text and dropped files, ingested on the same path as ``newsprism ingest``.

Safety decisions:

- The request body is counted as it arrives and refused past the limit (413), whatever
  its Content-Length claims; the form parser keeps file parts in memory (its spool
  size is the limit) so nothing is written to the system's temporary folder.
- Files are written only into a fresh folder per upload inside the data folder
  (``<db>.uploads/`` beside the store by default). A client's file name is reduced to
  its last component and to safe characters, and the resolved path is checked to be
  inside that folder, so ``../../x`` or an absolute name cannot escape it.
- Each file is ingested on its own, by ``ingest_paths`` on the app's single writer,
  and its failures come back as the same one-line messages the CLI prints. A file
  whose ingest raises something unexpected (a bug met on some hostile input) costs
  that file alone: it is one ``E501`` line, and the upload's other files are stored.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import FormParser, MultiPartParser
from starlette.requests import Request

from newsprism.cluster import built_model, cluster_pending
from newsprism.ingest import IngestOptions, discover_files
from newsprism.models import IngestFailure
from newsprism.pipeline import IngestReport, ingest_paths
from newsprism.store import Store

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = 16 * 1024 * 1024
MAX_FILES = 100
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_META_FIELDS = ("title", "url", "published")


class UploadError(Exception):
    """The upload cannot be taken; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class _InMemoryParser(MultiPartParser):
    """Starlette's multipart parser, holding file parts in memory up to the limit."""

    def __init__(self, *args: Any, limit: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spool_max_size = limit + 1  # never rolls over to a temporary file on disk


async def _limited(request: Request, limit: int) -> AsyncIterator[bytes]:
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise UploadError(f"upload larger than the limit of {limit:,} bytes", 413)
        yield chunk


async def read_form(request: Request, limit: int) -> FormData:
    """The upload's form fields and files, refused past ``limit`` bytes in all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise UploadError(f"upload larger than the limit of {limit:,} bytes", 413)
    kind = request.headers.get("content-type", "")
    stream = _limited(request, limit)
    try:
        if kind.startswith("multipart/form-data"):
            parser = _InMemoryParser(request.headers, stream, limit=limit, max_files=MAX_FILES,
                                     max_fields=20, max_part_size=limit)  # fmt: skip
            return await parser.parse()
        if kind.startswith("application/x-www-form-urlencoded"):
            return await FormParser(request.headers, stream).parse()
    except UploadError:
        raise
    except Exception as exc:  # starlette's MultiPartException and malformed bodies
        raise UploadError(f"malformed upload: {exc}") from exc
    raise UploadError("send multipart/form-data (files) or a urlencoded form (text)", 415)


def safe_name(filename: str | None, fallback: str = "upload.txt") -> str:
    """A client's file name made safe to write: last component, safe characters only.

    Example:
        >>> safe_name("../../etc/passwd"), safe_name("C:\\\\temp\\\\a b.html"), safe_name(".env")
        ('passwd', 'a_b.html', 'env')
    """
    name = PureWindowsPath(PurePosixPath(filename or "").name).name
    name = _UNSAFE.sub("_", name).lstrip(".")[-120:]
    return name or fallback


@dataclass
class SavedUpload:
    """What an upload wrote, and the options to ingest it with."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    options: IngestOptions = field(default_factory=IngestOptions)


def _write_inside(folder: Path, name: str, data: bytes) -> Path:
    stem, dot, suffix = name.partition(".")
    target, n = folder / name, 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}{dot}{suffix}"
    if target.resolve().parent != folder.resolve():
        raise UploadError(f"refused file name {name!r}")
    target.write_bytes(data)
    return target


async def save_upload(form: FormData, root: Path, limit: int) -> SavedUpload:
    """Write the pasted text and the files of one upload into a new folder under ``root``.

    The form's fields: ``files`` (any number), ``text`` (pasted), and for the text
    ``title``, ``url`` and ``published``; ``outlet`` and ``language`` apply to every
    item, like ``--outlet`` and ``--lang``.

    Raises:
        UploadError: nothing to ingest, or a file over the per-file limit.
    """

    def field_text(name: str) -> str | None:
        value = form.get(name)
        return value.strip() or None if isinstance(value, str) else None

    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    text = field_text("text")
    if not uploads and not text:
        raise UploadError("nothing to ingest: paste some text or choose files")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = root / f"{stamp}-{secrets.token_hex(4)}"
    folder.mkdir(parents=True)
    saved = SavedUpload(folder, options=IngestOptions(
        outlet=field_text("outlet"), language=field_text("language"), max_bytes=limit))  # fmt: skip
    if text:
        pasted = _write_inside(folder, "pasted.txt", text.encode("utf-8"))
        meta = {k: v for k in _META_FIELDS if (v := field_text(k))}
        if meta:  # a sidecar, as on the command line: explicit metadata for that file
            pasted.with_name(pasted.name + ".json").write_text(json.dumps(meta), "utf-8")
        saved.files.append(pasted)
    for upload in uploads:
        data = await upload.read()
        saved.files.append(_write_inside(folder, safe_name(upload.filename), data))
    return saved


@dataclass
class UploadResult:
    """The ingest report of one upload (failure locations relative to its folder) and
    the articles it added, each with its story."""

    report: IngestReport
    articles: list[dict[str, Any]]

    @property
    def lines(self) -> list[str]:
        """One line per failed item, as ``newsprism ingest`` prints them."""
        return [f.line for f in self.report.failures]

    def as_dict(self) -> dict[str, Any]:
        return {**self.report.as_dict(), "lines": self.lines, "articles": self.articles}


def ingest_upload(store: Store, saved: SavedUpload) -> UploadResult:
    """Ingest one saved upload on the writer thread, file by file, then give the new
    articles their stories (once for the whole upload: the clusterer's session is
    opened once)."""
    report = IngestReport()
    for entry in discover_files([saved.folder]):
        if isinstance(entry, IngestFailure):
            report.failures.append(entry)
            continue
        one = _ingest_file(store, entry, saved.options)
        report.files += one.files
        report.added.extend(one.added)
        report.already_stored += one.already_stored
        report.failures.extend(one.failures)
        report.skipped.update(one.skipped)  # redirects, stub pages, WARC images: not failures
    # The model the store's stories were built with: an upload has no --stories-model.
    report.clustered = cluster_pending(store, built_model(store))
    prefix = f"{saved.folder}/"
    report.failures = [IngestFailure(_printable(f.location.removeprefix(prefix)),
                                     _printable(f.reason), f.code)
                       for f in report.failures]  # fmt: skip
    articles = []
    for article_id in report.added:
        article = store.get(article_id)
        if article is not None:
            articles.append({"id": article.id, "title": article.title, "outlet": article.outlet,
                             "story_id": store.story_of(article.id)})  # fmt: skip
    return UploadResult(report, articles)


def _ingest_file(store: Store, path: Path, options: IngestOptions) -> IngestReport:
    """One uploaded file's ingest; whatever it raises becomes that file's failure."""
    try:
        return ingest_paths([path], store, ingest_options=options, cluster=False)
    except Exception as exc:  # a bug on one hostile file must not lose the other files
        logger.exception("unexpected error ingesting the uploaded file %s", path)
        store.rollback()
        reason = f"internal error while ingesting this file: {type(exc).__name__}: {exc}"
        return IngestReport(files=1, failures=[IngestFailure(str(path), reason, "E501")])


def _printable(text: str) -> str:
    """``text`` with lone surrogates escaped: an error line may quote the bad input, and
    a lone surrogate cannot be encoded into the UTF-8 of the answer."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
