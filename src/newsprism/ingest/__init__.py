"""The ingest stage: paths (files or folders) -> RawDocument items, or IngestFailure.

Formats, by extension and then by sniffing the content:
plain text (``.txt``, no extension), HTML (``.html``, ``.htm``), JSON Lines
(``.jsonl``, ``.ndjson``: one article per line), JSON (``.json``: one article object
or a list of them), RSS/Atom feeds (``.rss``, ``.atom``, ``.xml``), each optionally
gzip-compressed (``.gz``), and web archives (``.warc``, ``.warc.gz``, or any file that
starts like one: ``ingest/warc.py``). A saved redirect or error page ("301 Moved
Permanently") is skipped and counted, not stored (``ingest/stubs.py``). A sidecar
``NAME.json`` (or ``NAME.EXT.json``) beside a file gives its metadata (with the field
names and aliases of JSON items), applies to every item of a multi-item file, and is
not ingested on its own. Options beat the sidecar, which beats the items' own fields.

Sizes are checked before reading: a file over the limit, a gzip that inflates past it,
or a JSON line longer than it is refused without being loaded whole.

Nothing here raises for a bad item: every item becomes a RawDocument or an
IngestFailure naming the file (and line) and the reason, so a batch always goes on.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.display import display_path
from newsprism.errors import IngestError
from newsprism.ingest.decode import decode_bytes
from newsprism.ingest.readers import (
    _LIST_KEYS,
    FIELD_ALIASES,
    fields_from,
    file_kind,
    open_regular,
    parse_json,
    read_feed,
    read_json_items,
    read_jsonl,
    sniff_format,
    valid_text,
)
from newsprism.ingest.stubs import stub_kind
from newsprism.ingest.warc import WARC_SUFFIXES, looks_like_warc, read_warc
from newsprism.models import IngestFailure, RawDocument, SkippedItem

__all__ = ["IngestOptions", "discover_files", "iter_documents", "read_path"]

TEXT_EXTENSIONS = {".txt", ".text", ""}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
FEED_EXTENSIONS = {".rss", ".atom", ".xml"}
KNOWN_EXTENSIONS = (
    TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | FEED_EXTENSIONS | {".json"}
)
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
# Sidecar keys that are article fields under another name: kept only by their own name.
_ITEM_FIELDS = frozenset(alias for aliases in FIELD_ALIASES.values() for alias in aliases)


@dataclass(frozen=True)
class IngestOptions:
    """Metadata that overrides whatever the items say, and the size limit.

    ``max_bytes`` bounds a single-article file (text, HTML, JSON); JSON Lines are read
    line by line, so a large JSONL file is fine and only a single huge line is refused.
    """

    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    max_bytes: int = 16 * 1024 * 1024

    def overrides(self) -> dict[str, str]:
        given = {"outlet": self.outlet, "url": self.url, "language": self.language}
        # An argument that is not UTF-8 arrives with lone surrogates, which SQLite refuses.
        out: dict[str, str] = {k: valid_text(v) for k, v in given.items() if v}
        for key in list(out):
            out[f"_{key}_from"] = f"--{key}"
        return out


def _inner_suffix(path: Path) -> str:
    """The format suffix, looking through a ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return path.suffix.lower()


def _sidecar_names(name: str) -> tuple[str, ...]:
    """Names a sidecar of file ``name`` may have, most specific first: ``a.txt.json``
    then ``a.json`` for ``a.txt``; ``a.txt.gz.json``, ``a.txt.json``, ``a.json`` for
    ``a.txt.gz``; only ``a.json.json`` for ``a.json`` (a file is never its own sidecar)."""
    path = Path(name)
    names = [f"{name}.json", f"{path.stem}.json"]
    if path.suffix.lower() == ".gz" and Path(path.stem).suffix:
        names.append(f"{Path(path.stem).stem}.json")
    return tuple(n for n in dict.fromkeys(names) if n != name)


def _sidecars(names: Iterable[str], folder: Path) -> set[str]:
    """Which of a folder's file names are sidecars of another file there: named as one,
    and metadata only (:func:`_is_metadata`). Names computed once per folder (10 000
    files); only the few files so named are opened."""
    names = set(names)
    named = names & {sidecar for name in names for sidecar in _sidecar_names(name)}
    return {name for name in named if _is_metadata(folder / name)}


def _is_metadata(path: Path) -> bool:
    """A sidecar gives metadata and has no text: a JSON object without ``text``/``html``
    (or their aliases) and without a list of items. A JSON file that holds an article
    (``{"title", "text", "source"}`` as compare inputs are written) is an article even
    when a ``NAME.txt`` of the same text lies beside it; as a "sidecar" it was dropped
    with no line and its text ignored (session 24). A file that cannot be parsed stays a
    sidecar, so that its owner's E105 names it."""
    try:
        with open_regular(path) as handle:
            data = parse_json(handle.read().decode("utf-8-sig"))
        text = {"text", "html"} & fields_from(data).keys() if isinstance(data, dict) else set()
    except (OSError, UnicodeDecodeError, ValueError, IngestError):
        return True
    if not isinstance(data, dict) or text:
        return False
    return not any(isinstance(data.get(key), list) for key in _LIST_KEYS)


def _owners(path: Path) -> list[Path]:
    """The files beside ``path`` whose sidecar it is (by name)."""
    try:
        return sorted(p for p in path.parent.iterdir() if path.name in _sidecar_names(p.name))
    except OSError:
        return []


def _given_sidecar(path: Path, given: set[Path]) -> IngestFailure | None:
    """A sidecar named on the command line: skipped without a line when its file is
    given too (``compare folder/*``: its metadata goes to that file); an E815 line when
    it is given alone, which before session 24 read nothing and said nothing."""
    owners = _owners(path)
    if any(owner.resolve() in given for owner in owners):
        return None
    names = ", ".join(owner.name for owner in owners)
    problem = _json_problem(path)
    if problem is not None:  # not a sidecar's metadata nor an article: say why (session 34)
        return IngestFailure(display_path(path), f"{problem} (named as the "
                             f"sidecar of {names}, which is not given)", "E109")  # fmt: skip
    return IngestFailure(display_path(path), f"a metadata sidecar of {names} with no article "
                         f"text of its own: not read alone (give {names})", "E815")  # fmt: skip


def _json_problem(path: Path) -> str | None:
    """Why ``path`` does not parse as JSON (one line), None when it does. A file that
    does not parse stays a sidecar (:func:`_is_metadata`); given alone, its line says
    it is broken rather than that it holds metadata only."""
    try:
        with open_regular(path) as handle:
            parse_json(handle.read().decode("utf-8-sig"))
    except IngestError as exc:
        return " ".join(str(exc.args[0]).split())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return "invalid JSON: " + " ".join(str(exc).split())
    return None


def discover_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestFailure]:
    """Expand files and folders (recursively, sorted, hidden entries skipped).

    Only regular files are yielded: a FIFO, socket or device is an E114 failure and is
    never opened (opening a FIFO waits for a writer forever). Symlinks: one given here is
    followed; one met while walking a folder is followed only when it resolves inside
    that folder (E115 otherwise), so a link to ``/etc/passwd`` dropped in a folder is not
    read. Symlinked folders are not walked. A folder that cannot be listed is an E108.
    """
    paths = [Path(given) for given in paths]
    named = {path.resolve() for path in paths}
    for path in paths:
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield _stat_failure(path, exc)
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path)
        elif not (_owners(path) and _is_metadata(path)):
            yield _regular(path, mode)
        elif failure := _given_sidecar(path, named):
            yield failure


def _stat_failure(path: Path, exc: OSError) -> IngestFailure:
    if isinstance(exc, FileNotFoundError):
        dangling = " (dangling symlink)" if path.is_symlink() else ""
        return IngestFailure(display_path(path), f"no such file or folder{dangling}", "E104")
    return IngestFailure(display_path(path), f"cannot read: {exc.strerror or exc}", "E108")


def _regular(path: Path, mode: int) -> Path | IngestFailure:
    kind = file_kind(mode)
    if kind is None:
        return path
    return IngestFailure(display_path(path), f"not a regular file ({kind}): skipped", "E114")


def _walk(folder: Path) -> Iterator[Path | IngestFailure]:
    """Every file under ``folder``, sorted; see ``discover_files`` for what is skipped."""
    inside = folder.resolve()
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        yield from _unreadable(unreadable)
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in [d for d in dirs if (here / d).is_symlink()]:
            dirs.remove(name)  # os.walk would not descend; an outside one gets a line
            if not (here / name).resolve().is_relative_to(inside):
                yield _outside(here / name, folder)
        skip = _sidecars(files, here)
        for name in sorted(files):
            if not (name.startswith(".") or name in _IGNORED_NAMES or name in skip):
                yield _walked_file(here / name, folder, inside)
    yield from _unreadable(unreadable)


def _walked_file(path: Path, folder: Path, inside: Path) -> Path | IngestFailure:
    try:
        mode = os.lstat(path).st_mode  # one system call for the usual, plain file
        if stat.S_ISLNK(mode):
            if path.exists() and not path.resolve().is_relative_to(inside):
                return _outside(path, folder)
            mode = path.stat().st_mode
    except OSError as exc:
        return _stat_failure(path, exc)
    return _regular(path, mode)


def _outside(link: Path, folder: Path) -> IngestFailure:
    target = display_path(link.resolve())
    reason = f"symlink to {target}, outside {display_path(folder)}: not followed"
    return IngestFailure(display_path(link), reason, "E115")


def _unreadable(errors: list[OSError]) -> Iterator[IngestFailure]:
    while errors:
        exc = errors.pop(0)
        where = display_path(exc.filename or "?")
        yield IngestFailure(where, f"cannot read folder: {exc.strerror or exc}", "E108")


def _sidecar_meta(path: Path) -> dict:
    """Metadata from the file's sidecar (field aliases folded as in JSON items), or {}."""
    for name in _sidecar_names(path.name):
        candidate = path.with_name(name)
        if not candidate.is_file() or not _is_metadata(candidate):
            continue
        name = display_path(candidate.name)
        try:
            with open_regular(candidate) as handle:
                data = parse_json(handle.read().decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise IngestError(f"sidecar {name}: invalid JSON: {exc}", code="E105") from exc
        except IngestError as exc:
            raise IngestError(f"sidecar {name}: {exc.args[0]}", code="E105") from exc
        if not isinstance(data, dict):
            raise IngestError(f"sidecar {name}: not a JSON object", code="E105")
        meta: dict[str, Any] = {
            k: v for k, v in data.items() if v not in (None, "") and k not in _ITEM_FIELDS
        }
        fields = fields_from(data)
        for key, value in fields.items():
            if key not in ("text", "html"):
                meta[key] = value
                meta[f"_{key}_from"] = "sidecar"
        return meta
    return {}


def _read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes (gunzipped for ``.gz``), refusing more than ``limit`` of them
    without reading the rest: neither a 50 MB file nor a gzip bomb is loaded whole."""
    if path.suffix.lower() != ".gz":
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise IngestError(
                    f"file too large: {size / 1e6:.1f} MB exceeds the {limit / 1e6:.1f} MB "
                    "limit for one article (--max-bytes raises it)",
                    code="E106",
                )
            return handle.read()
    try:
        with open_regular(path) as raw, gzip.GzipFile(fileobj=raw, mode="rb") as handle:
            data = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        if isinstance(exc, OSError) and not isinstance(exc, gzip.BadGzipFile):
            raise
        raise IngestError(f"corrupt gzip file: {exc}", code="E107") from exc
    if len(data) > limit:
        raise IngestError(
            f"file too large once decompressed: more than the {limit / 1e6:.1f} MB limit "
            "for one article (--max-bytes raises it)",
            code="E106",
        )
    return data


def _is_warc(path: Path, suffix: str) -> bool:
    """By name, or by content for a file whose name says nothing of its format."""
    if path.name.lower().endswith(WARC_SUFFIXES):
        return True
    return (suffix in TEXT_EXTENSIONS or suffix not in KNOWN_EXTENSIONS) and looks_like_warc(path)


Item = RawDocument | IngestFailure | SkippedItem


def read_path(path: Path, options: IngestOptions) -> Iterator[Item]:
    """All items in one file. Its location is its path as ``display_path`` shows it."""
    location = display_path(path)
    try:
        suffix = _inner_suffix(path)
        meta = {**_sidecar_meta(path), **options.overrides()}
        if _is_warc(path, suffix):
            yield from read_warc(path, meta, options.max_bytes, location)
            return
        if suffix in JSONL_EXTENSIONS:
            try:
                yield from read_jsonl(path, meta, options.max_bytes, location)
            except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
                raise IngestError(f"corrupt gzip file: {exc}", code="E107") from exc
            return
        limit = options.max_bytes * (4 if suffix in FEED_EXTENSIONS else 1)
        text, encoding = decode_bytes(_read_limited(path, limit))
        kind = sniff_format(text, suffix)
        if kind == "feed":
            yield from read_feed(location, text, meta, encoding)
        elif kind == "json":
            yield from read_json_items(location, text, meta, encoding)
        elif kind == "html" and (stub := stub_kind(text)):
            yield SkippedItem(location, stub)
        else:
            yield RawDocument(location, text, kind, meta=meta, encoding=encoding)
    except IngestError as exc:
        yield IngestFailure(location, exc.args[0], exc.code)
    except OSError as exc:
        yield IngestFailure(location, f"cannot read: {exc.strerror or exc}", "E108")


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], options: IngestOptions | None = None
) -> Iterator[Item]:
    """Every item under the paths, in a stable order."""
    options = options or IngestOptions()
    for entry in discover_files(paths):
        if isinstance(entry, IngestFailure):
            yield entry
        else:
            yield from read_path(entry, options)
