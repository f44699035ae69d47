"""Every loaded word whose owner ``compare/framing_owners.link_owners`` renames, to read.

    python scripts/framing_owner_scan.py DATA [--rows 231 37]

Runs the compare steps up to the quotes (parse, entities, quotes with their linked
speakers) on every NeuS raw roundup of the clustering eval's train half and every BASIL
2010–12 triplet, and, where an article's quotes give a rename, frames it and prints each
loaded word whose owner changes (the framing pass's name → the linked one) with its
sentence. The held-out halves are not run. ``--rows``: only those NeuS rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from story_output_diff import CRAWL, _neus

from newsprism.compare.framing_owners import _linked_names
from newsprism.compare.story import _parse_articles, _story_entities, _story_quotes
from newsprism.eval import gold_article
from newsprism.eval.basil import basil_files, read_basil
from newsprism.eval.clustering import neus_raw_part
from newsprism.extract.framing import frame_doc


def _stories(data: Path, only: list[str] | None) -> dict[str, list]:
    """NeuS train-half roundups and BASIL 2010–12 triplets (or the rows ``only``)."""
    ids = [json.loads(x)["id"] for x in (data / CRAWL).read_text("utf-8").splitlines()]
    rows = [str(r) for r, i in enumerate(ids) if neus_raw_part(i) == "train"]
    out = {f"neus:{k}": v for k, v in _neus(data, only or rows).items()}
    if only:
        return out
    triplets: dict[str, list] = defaultdict(list)
    for d in map(read_basil, basil_files(data / "basil")):
        if d.year in ("2010", "2011", "2012"):
            triplets[f"basil:{d.year}:{d.triplet}"].append(
                gold_article(f"basil:{d.name}", d.text, title=d.title, outlet=d.outlet))
    return out | dict(triplets)


def main() -> None:
    """Print each renamed owner and the counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--rows", nargs="*")
    a = ap.parse_args()
    renamed = stories = 0
    for name, arts in _stories(a.data, a.rows).items():
        stories += 1
        docs = _parse_articles(arts)
        entities = _story_entities(arts, docs, set())
        spans, quotes = _story_quotes(docs, entities, lambda _s: None)
        for art in arts:
            names = _linked_names(art.id, spans[art.id], quotes)
            if not names:
                continue
            for w in frame_doc(docs[art.id], quotes=spans[art.id]).loaded:
                if w.span.speaker in names:
                    renamed += 1
                    sent = art.text[max(0, w.span.start - 150): w.span.end + 60]
                    print(f"{name}\t{art.outlet}\t{w.span.text!r} {w.span.speaker!r} -> "
                          f"{names[w.span.speaker]!r}\t{' '.join(sent.split())}", flush=True)
    print(f"stories: {stories}; loaded-word owners renamed: {renamed}")


if __name__ == "__main__":
    main()
