"""One fuzzed file through what ``newsprism ingest`` does to it, with no safety net.

:class:`Harness` writes the file (and its sidecar) into a folder of its own, then runs
the stages of ``newsprism.pipeline.ingest_paths`` on it: ``discover_files``,
``read_path``, the item's ``content_hash``, ``clean_document``, the store write of the
batch (``add_batch`` into a real SQLite file) and the story pass over what was stored
(features, near-copies, stories). The pipeline turns an unexpected exception while
cleaning into an E199 failure and goes on; the harness lets it through, because that
is the bug the fuzzer is after.

What counts as a failure (:func:`judge`): any exception that is not a
``NewsprismError``, a ``NewsprismError`` whose code docs/errors.md does not list, and
an ``IngestFailure`` with an undocumented code. A documented error is the system
working: the input was bad and was reported as such.

:meth:`Harness.compare` also runs ``compare``'s analysis over two cleaned articles.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsprism.clean import CleanOptions, clean_document
from newsprism.cluster import StoryAssigner
from newsprism.errors import NewsprismError
from newsprism.ingest import IngestOptions, discover_files, read_path
from newsprism.models import Article, IngestFailure, RawDocument, SkippedItem
from newsprism.store import SQLiteStore, open_store
from tests.fuzz.inputs import FuzzInput

ERRORS_DOC = Path(__file__).resolve().parents[2] / "docs" / "errors.md"


class UndocumentedError(AssertionError):
    """A ``NewsprismError`` or a failure whose code docs/errors.md does not list."""


@lru_cache(maxsize=1)
def documented_codes() -> frozenset[str]:
    """The codes in the table of docs/errors.md."""
    text = ERRORS_DOC.read_text("utf-8")
    return frozenset(re.findall(r"^\| (E\d{3}) \|", text, re.M))


def judge(exc: BaseException) -> BaseException | None:
    """The failure ``exc`` stands for, or None when it is a documented error."""
    if isinstance(exc, NewsprismError):
        if exc.code in documented_codes():
            return None
        return UndocumentedError(f"undocumented code {exc.code}: {exc}")
    return exc


@dataclass
class Result:
    """What one input became."""

    articles: list[Article] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)


class Harness:
    """A scratch folder and one store for a fuzzing session (close it when done)."""

    def __init__(self, workdir: Path | None = None) -> None:
        self._own = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="newsprism-fuzz-"))
        self.store: SQLiteStore = open_store(self.workdir / "fuzz.db")  # type: ignore[assignment]
        self.assign = StoryAssigner(self.store)
        self.items = self.articles = 0

    def close(self) -> None:
        self.store.close()
        if self._own:
            shutil.rmtree(self.workdir, ignore_errors=True)

    @staticmethod
    def write_into(given: FuzzInput, folder: Path) -> None:
        """Write ``given`` (and its sidecar) into ``folder``, under their own names, and
        the input's name into the hidden file ``.input`` (names may be any bytes)."""
        base = os.fsencode(folder) + b"/"
        with open(base + given.name, "wb") as handle:
            handle.write(given.data)
        (folder / ".input").write_bytes(given.name)
        if given.sidecar is not None and given.sidecar_name() != given.name:
            with open(base + given.sidecar_name(), "wb") as handle:
                handle.write(given.sidecar)

    def ingest(self, given: FuzzInput) -> Result:
        """Read, hash, clean, store and cluster ``given`` as ingest does; raise what escapes.

        Raises:
            UndocumentedError: a failure or error code docs/errors.md does not list.
            Exception: whatever else a stage raised (a bug).
        """
        folder = self.workdir / "in"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        self.write_into(given, folder)
        result = Result()
        try:
            for entry in discover_files([folder]):
                if isinstance(entry, IngestFailure):
                    result.failures.append(entry)
                    continue
                for item in read_path(entry, IngestOptions()):
                    self._clean(item, result)
            self.store.add_batch(result.articles, result.failures)
            if result.articles:
                self.assign()
        except Exception as exc:
            _raise_if_bug(exc)
        undocumented = {f.code for f in result.failures} - documented_codes()
        if undocumented:
            raise UndocumentedError(f"failure codes not in docs/errors.md: {undocumented}")
        self.items += 1
        self.articles += len(result.articles)
        return result

    def _clean(self, item: RawDocument | IngestFailure | SkippedItem, result: Result) -> None:
        """As the pipeline's batch does: skip content already stored (by hash), clean the
        rest; a documented ``NewsprismError`` becomes the item's failure."""
        if isinstance(item, IngestFailure):
            result.failures.append(item)
            return
        if isinstance(item, SkippedItem):  # a stub page: counted by ingest, never stored
            return
        if self.store.known_hashes([item.content_hash]):
            return
        try:
            result.articles.append(clean_document(item, CleanOptions()))
        except NewsprismError as exc:
            if judge(exc) is not None:
                raise
            result.failures.append(IngestFailure(item.location, exc.args[0], exc.code))

    def compare(self, first: Article, second: Article) -> None:
        """``compare``'s analysis of two articles (parse, claims, alignment, framing)."""
        from newsprism.compare.story import analyze_story

        try:
            analyze_story([first, second])
        except Exception as exc:
            _raise_if_bug(exc)


def _raise_if_bug(exc: Exception) -> None:
    """Re-raise ``exc`` (or what it stands for) unless it is a documented error."""
    failure = judge(exc)
    if failure is exc:
        raise exc
    if failure is not None:
        raise failure from exc
