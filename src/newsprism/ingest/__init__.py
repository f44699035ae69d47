"""The ingest stage: paths (files or folders) -> RawDocument items, or IngestFailure.

Formats, by extension and then by sniffing the content:
plain text (``.txt``, no extension), HTML (``.html``, ``.htm``), JSON Lines
(``.jsonl``, ``.ndjson``: one article per line), JSON (``.json``: one article object
or a list of them), RSS/Atom feeds (``.rss``, ``.atom``, ``.xml``), each optionally
gzip-compressed (``.gz``). A sidecar ``NAME.json`` (or ``NAME.EXT.json``) beside a
file gives its metadata and is not ingested on its own.

Nothing here raises for a bad item: every item becomes a RawDocument or an
IngestFailure naming the file (and line) and the reason, so a batch always goes on.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.ingest.decode import decode_bytes
from newsprism.ingest.readers import read_feed, read_json_items, read_jsonl, sniff_format
from newsprism.models import IngestFailure, RawDocument

__all__ = ["IngestOptions", "discover_files", "iter_documents", "read_path"]

TEXT_EXTENSIONS = {".txt", ".text", ""}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
FEED_EXTENSIONS = {".rss", ".atom", ".xml"}
KNOWN_EXTENSIONS = (
    TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | FEED_EXTENSIONS | {".json"}
)
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


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
        out: dict[str, str] = {k: v for k, v in given.items() if v}
        for key in list(out):
            out[f"_{key}_from"] = f"--{key}"
        return out


def _inner_suffix(path: Path) -> str:
    """The format suffix, looking through a ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return path.suffix.lower()


def _sidecars(names: Iterable[str]) -> set[str]:
    """Which of a folder's file names are sidecars: ``a.json`` beside ``a.txt`` or ``a``,
    and ``a.html.json`` beside ``a.html``. Computed once per folder (10 000 files)."""
    names = set(names)
    stems = {Path(n).stem for n in names if not n.lower().endswith(".json")}
    return {
        n for n in names if n.lower().endswith(".json") and (n[:-5] in names or n[:-5] in stems)
    }


def _is_sidecar(path: Path) -> bool:
    try:
        return path.name in _sidecars(p.name for p in path.parent.iterdir())
    except OSError:
        return False


def discover_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestFailure]:
    """Expand files and folders (recursively, sorted, hidden entries skipped)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield IngestFailure(str(path), "no such file or folder", "E104")
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                skip = _sidecars(files)
                for name in sorted(files):
                    if name.startswith(".") or name in _IGNORED_NAMES or name in skip:
                        continue
                    yield Path(root) / name
        elif _is_sidecar(path):
            continue
        else:
            yield path


def _sidecar_meta(path: Path) -> dict:
    for candidate in (Path(f"{path}.json"), path.with_suffix(".json")):
        if candidate != path and candidate.is_file():
            try:
                data = json.loads(candidate.read_text("utf-8"))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                raise IngestError(
                    f"sidecar {candidate.name}: invalid JSON: {exc}", code="E105"
                ) from exc
            if not isinstance(data, dict):
                raise IngestError(f"sidecar {candidate.name}: not a JSON object", code="E105")
            meta = {k: v for k, v in data.items() if v not in (None, "")}
            for key in ("url", "title", "outlet", "language", "published"):
                if key in meta:
                    meta[f"_{key}_from"] = "sidecar"
            return meta
    return {}


def read_path(path: Path, options: IngestOptions) -> Iterator[RawDocument | IngestFailure]:
    """All items in one file."""
    location = str(path)
    try:
        size = path.stat().st_size
        suffix = _inner_suffix(path)
        if suffix in JSONL_EXTENSIONS:
            yield from read_jsonl(path, options.overrides(), options.max_bytes)
            return
        limit = options.max_bytes * (4 if suffix in FEED_EXTENSIONS else 1)
        if size > limit:
            raise IngestError(
                f"file too large: {size / 1e6:.1f} MB exceeds the {limit / 1e6:.1f} MB limit "
                "for one article (--max-bytes raises it)",
                code="E106",
            )
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                raise IngestError(f"corrupt gzip file: {exc}", code="E107") from exc
            if len(data) > limit:
                raise IngestError(f"file too large once decompressed ({len(data) / 1e6:.1f} MB)",
                                  code="E106")  # fmt: skip
        text, encoding = decode_bytes(data)
        kind = sniff_format(text, suffix)
        meta = {**_sidecar_meta(path), **options.overrides()}
        if kind == "feed":
            yield from read_feed(location, text, meta, encoding)
        elif kind == "json":
            yield from read_json_items(location, text, meta, encoding)
        else:
            yield RawDocument(location, text, kind, meta=meta, encoding=encoding)
    except IngestError as exc:
        yield IngestFailure(location, exc.args[0], exc.code)
    except OSError as exc:
        yield IngestFailure(location, f"cannot read: {exc.strerror or exc}", "E108")


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], options: IngestOptions | None = None
) -> Iterator[RawDocument | IngestFailure]:
    """Every item under the paths, in a stable order."""
    options = options or IngestOptions()
    for entry in discover_files(paths):
        if isinstance(entry, IngestFailure):
            yield entry
        else:
            yield from read_path(entry, options)
