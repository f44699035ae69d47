"""Where the synthetic corpus's articles come from: BASIL, PolNeAR, NeuS and the seeds.

Read at run time from ``../shared/data`` and ``examples/``, never copied into the
repository (see ``benchmarks/corpus.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"


_SOURCE_OUTLETS = {
    "fox": "Fox News",
    "nyt": "The New York Times",
    "hpo": "HuffPost",
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
    "parc": None,
}


@dataclass(frozen=True)
class SourceStory:
    """One source article as text: the material every text-like item is made from."""

    origin: str  # basil, polnear, neus, seed
    title: str
    paragraphs: tuple[str, ...]
    outlet: str | None
    url: str | None
    day: dt.date | None


@dataclass(frozen=True)
class SourcePage:
    """One trafilatura-eval page (read lazily: 990 pages are 130 MB of HTML)."""

    url: str
    path: Path


def _outlet_name(source: str | None) -> str | None:
    if not source:
        return None
    return _SOURCE_OUTLETS.get(source.lower().strip(), source)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _basil(data: Path) -> list[SourceStory]:
    stories = []
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        item = json.loads(path.read_text("utf-8"))
        paragraphs = [" ".join(s.strip() for s in p if s.strip()) for p in item["body-paragraphs"]]
        stories.append(
            SourceStory(
                "basil",
                item["title"].strip(),
                tuple(p for p in paragraphs if p),
                _outlet_name(item.get("source")),
                item.get("url"),
                _day(item.get("date")),
            )
        )
    return stories


def _polnear(data: Path) -> list[SourceStory]:
    meta: dict[str, dict[str, str]] = {}
    with (data / "polnear" / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    stories = []
    for path in sorted((data / "polnear").glob("*/text/*.txt")):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", path.read_text("utf-8")) if b.strip()]
        if len(blocks) < 3:
            continue
        row = meta.get(path.stem, {})
        stories.append(
            SourceStory(
                "polnear",
                blocks[0],
                tuple(blocks[1:]),
                _outlet_name(row.get("publisher")),
                None,
                _day(row.get("publication_date")),
            )
        )
    return stories


def _neus(data: Path) -> list[SourceStory]:
    stories = []
    for path in sorted((data / "neus-allsides" / "raw_crawled").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            story = json.loads(line)
            for side in ("left", "center", "right"):
                news = (story.get("news") or {}).get(side) or {}
                body = [p.strip() for p in news.get("newBody") or [] if p and p.strip()]
                if not body or not news.get("newsTitle"):
                    continue
                stories.append(
                    SourceStory(
                        "neus",
                        news["newsTitle"].strip(),
                        tuple(body),
                        news.get("newsSource"),
                        news.get("newsLink"),
                        _day(story.get("date")),
                    )
                )
    return stories


def _seeds() -> list[SourceStory]:
    stories = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
        sidecar = path.with_suffix(".json")
        outlet = json.loads(sidecar.read_text("utf-8")).get("outlet") if sidecar.exists() else None
        # The seeds carry their own debris; keep only the sentences so mutations add new.
        body = [ln for ln in lines[1:] if len(ln.split()) > 12]
        stories.append(
            SourceStory("seed", lines[0], tuple(body), outlet, None, dt.date(2024, 3, 26))
        )
    return stories


@lru_cache(maxsize=4)
def load_sources(data: Path) -> tuple[tuple[SourceStory, ...], tuple[SourcePage, ...]]:
    if not data.is_dir():
        raise FileNotFoundError(f"{data}: the shared dev data is missing (see its README.md)")
    stories = _basil(data) + _polnear(data) + _neus(data) + _seeds()
    evaldata = json.loads((data / "trafilatura-eval" / "evaldata.json").read_text("utf-8"))
    pages = tuple(
        SourcePage(url, data / "trafilatura-eval" / "html" / f"{entry['file']}.gz")
        for url, entry in sorted(evaldata.items())
    )
    return tuple(stories), pages
