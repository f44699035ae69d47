"""A hostile ingest corpus: good articles mixed with the inputs that break ingesters.

Deterministic: the same size and seed give the same files, byte for byte. The layout::

    good/...                      the synthetic corpus of benchmarks/corpus.py, at
                                  GOOD_SHARE of the size (with its few planted bad items)
    hostile/<kind>/NNNNN-<name>   hostile items of each kind (benchmarks/hostile_items.py):
                                  binary, empty, wrong encoding, megabyte lines, malformed
                                  HTML/JSON/JSONL/feeds, deep nesting, control characters
                                  and non-UTF-8 bytes in names, nav-only pages, tiny
                                  files, bad gzip files and sidecars, special files
    hostile/huge/NNNNN-<name>     a few items near the 16 MB limit (and one just over)
    .hostile.json                 the manifest (hidden, so ingest skips it)

The size counts items (a JSON Lines line and a feed entry are items), good and hostile.

Example::

    python -m benchmarks.hostile /tmp/hostile --size 10000
    python -m benchmarks.hostile /tmp/hostile --size 1000 --without special
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.corpus import DATA, build_corpus
from benchmarks.hostile_items import HUGE, KINDS, Planted, article

MANIFEST = ".hostile.json"
HOSTILE_VERSION = 1  # bump when the generator changes, so a reused corpus is rebuilt
GOOD_SHARE = 0.6
HUGE_EVERY = 2_000  # one item near the size limit per this many items (two at least)


@dataclass
class HostileStats:
    """What a hostile corpus holds (its manifest)."""

    size: int
    seed: int
    version: int = HOSTILE_VERSION
    without: list[str] = field(default_factory=list)
    good_articles: int = 0
    good_bad_items: int = 0
    hostile_items: int = 0
    files: int = 0
    bytes: int = 0
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> files/items/bytes

    def as_dict(self) -> dict:
        return asdict(self)


def _name_bytes(name: str | bytes) -> bytes:
    return name if isinstance(name, bytes) else name.encode("utf-8")


class _Writer:
    """Writes the planted files of one kind folder and counts them."""

    def __init__(self, folder: Path, stats: HostileStats, kind: str) -> None:
        self.folder = os.fsencode(folder)
        os.makedirs(self.folder, exist_ok=True)
        self.stats, self.kind, self.number = stats, kind, 0
        self.counts = stats.kinds.setdefault(kind, {"files": 0, "items": 0, "bytes": 0})

    def write(self, planted: Planted, rng: random.Random) -> None:
        self.number += 1
        path = self.folder + b"/" + f"{self.number:05d}-".encode() + _name_bytes(planted.name)
        if planted.special:
            _special(path, planted.special, rng)
        else:
            assert planted.data is not None
            with open(path, "wb") as handle:
                handle.write(planted.data)
            self._count(len(planted.data))
        if planted.sidecar is not None:
            stem = path.rsplit(b".", 1)[0]
            with open(stem + b".json", "wb") as handle:
                handle.write(planted.sidecar)
            self._count(len(planted.sidecar))
        self.counts["items"] += planted.items
        self.stats.hostile_items += planted.items

    def _count(self, size: int) -> None:
        self.counts["files"] += 1
        self.counts["bytes"] += size
        self.stats.files += 1
        self.stats.bytes += size


def _special(path: bytes, kind: str, rng: random.Random) -> None:
    """A file that is not a regular file: reading it must neither hang nor loop."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dangling":
        os.symlink(b"does-not-exist.txt", path)
    elif kind == "loop":
        os.symlink(os.path.basename(path) + b".other", path)
        os.symlink(os.path.basename(path), path + b".other")
    elif kind == "folder":
        os.mkdir(path)
        title, body = article(rng)
        with open(path + b"/inside.txt", "w", encoding="utf-8") as handle:
            handle.write(f"{title}\n\n{body}\n")
    else:
        raise ValueError(f"unknown special file {kind!r}")


def _budgets(hostile: int, kinds: Sequence[str]) -> dict[str, int]:
    """Items of each kind: its share of the hostile items (every maker once at least)."""
    total = sum(KINDS[k].share for k in kinds) or 1.0
    return {k: round(hostile * KINDS[k].share / total) for k in kinds}


def build_hostile(target: Path, size: int, seed: int = 0, *, without: Sequence[str] = (),
                  data: Path = DATA) -> HostileStats:  # fmt: skip
    """Write a hostile corpus of about ``size`` items into ``target`` (new or empty).

    Args:
        target: an empty or missing folder.
        size: items in all, good and hostile (at least 100).
        seed: the same seed gives byte-identical files.
        without: kinds to leave out (for example ``special``, whose FIFO hangs an
            ingest that opens it).
        data: the shared dev data folder the good articles are sampled from.

    Returns:
        The stats, also written to ``target/.hostile.json``.
    """
    unknown = set(without) - set(KINDS) - {"huge", "good"}
    if unknown or size < 100:
        raise ValueError(f"unknown kinds {sorted(unknown)}" if unknown else "size < 100")
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target}: not empty; give a new folder")
    target.mkdir(parents=True, exist_ok=True)
    stats = HostileStats(size=size, seed=seed, without=sorted(without))
    n_huge = 0 if "huge" in without else max(2, size // HUGE_EVERY)
    if "good" not in without:
        good = build_corpus(target / "good", round(size * GOOD_SHARE), seed, data=data)
        stats.good_articles, stats.good_bad_items = good.articles, good.bad_items
        stats.files += sum(good.files.values()) + good.sidecars
        stats.bytes += good.bytes
    if n_huge:
        rng = random.Random(f"{seed}:huge")
        writer = _Writer(target / "hostile" / "huge", stats, "huge")
        for number in range(n_huge):
            writer.write(HUGE[number % len(HUGE)](rng), rng)
    kinds = [k for k in KINDS if k not in without]
    hostile = max(0, size - stats.good_articles - stats.hostile_items)
    for kind, budget in _budgets(hostile, kinds).items():
        rng = random.Random(f"{seed}:{kind}")
        writer = _Writer(target / "hostile" / kind, stats, kind)
        makers = KINDS[kind].makers
        number = 0
        while number < len(makers) or writer.counts["items"] < budget:
            writer.write(makers[number % len(makers)](rng), rng)
            number += 1
    (target / MANIFEST).write_text(json.dumps(stats.as_dict(), indent=1) + "\n", "utf-8")
    return stats


def read_manifest(target: Path) -> HostileStats | None:
    """The stats a hostile corpus was built with, or None when there is none."""
    try:
        return HostileStats(**json.loads((Path(target) / MANIFEST).read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def ensure_hostile(target: Path, size: int, seed: int = 0, without: Sequence[str] = ()
                   ) -> HostileStats:  # fmt: skip
    """Reuse the corpus in ``target`` if its manifest matches, else build it afresh."""
    stats = read_manifest(target)
    wanted = (HOSTILE_VERSION, size, seed, sorted(without))
    if stats is not None and (stats.version, stats.size, stats.seed, stats.without) == wanted:
        return stats
    if target.exists():
        shutil.rmtree(target)
    return build_hostile(target, size, seed, without=without)


def kind_of(location: str, corpus: Path) -> str:
    """The kind of the item at ``location`` (a path or ``path:line`` under ``corpus``):
    ``good`` for the good corpus, else the hostile kind's folder name."""
    parts = Path(location.removeprefix(f"{corpus}{os.sep}")).parts
    if parts[:1] == ("hostile",) and len(parts) > 2:
        return parts[1]
    return "good" if parts[:1] == ("good",) else "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.hostile", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("out", type=Path, help="an empty or missing folder")
    parser.add_argument("--size", type=int, default=10_000, help="items (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    names = ", ".join([*KINDS, "huge", "good"])
    parser.add_argument("--without", action="append", default=[], metavar="KIND",
                        help=f"leave a kind out (repeatable): {names}")  # fmt: skip
    args = parser.parse_args(argv)
    try:
        stats = build_hostile(args.out, args.size, args.seed, without=args.without)
    except (FileExistsError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    kinds = ", ".join(f"{k} {v['items']}" for k, v in stats.kinds.items())
    print(f"{args.out}: {stats.good_articles} good articles (+{stats.good_bad_items} bad), "
          f"{stats.hostile_items} hostile items ({kinds}); {stats.files} files, "
          f"{stats.bytes / 1e6:.1f} MB")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
