"""Count relays (compare/relays.py) over BASIL's articles and the NeuS-AllSides raw crawl.

Usage: python scripts/relay_count.py ../shared/data OUT.tsv [basil,neus-raw|polnear-dev]
Every sentence with a relay is written as a row (corpus, item, outlet, relayed outlet,
cue, sentence) for reading; the counts are printed (docs/eval-compare.md, session 21).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

from newsprism.compare.relays import article_names, outlet_names, sentence_relay, surnames
from newsprism.eval.basil import basil_files, read_basil
from newsprism.extract.nlp import parse_texts

RAW = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
BASIL_OUTLETS = {"nyt": "The New York Times", "fox": "Fox News", "hpo": "HuffPost"}


def basil(data: Path) -> list[tuple[str, str, str]]:
    """(item, outlet, text) of every BASIL article, its text as the evaluation builds it."""
    docs = [read_basil(path) for path in basil_files(Path(data, "basil"))]
    return [(d.name, BASIL_OUTLETS.get(d.outlet, d.outlet), d.text) for d in docs]


def _story(item: str) -> str:
    """The story an item is of: its BASIL triplet or its NeuS row."""
    return item.split(":")[0] if ":" in item else item.rpartition("_")[0]


def neus(data: Path) -> list[tuple[str, str, str]]:
    """(row:side, outlet, text) of every report of the raw crawl."""
    items = []
    for i, line in enumerate(Path(data, RAW).read_text(encoding="utf-8").splitlines()):
        for side, news in json.loads(line)["news"].items():
            items.append((f"{i}:{side}", news["newsSource"], "\n\n".join(news["newBody"])))
    return items


# PolNeAR's publisher codes, as the outlets call themselves
POLNEAR_OUTLETS = {"breitbart": "Breitbart News", "huff-post": "HuffPost",
                   "nyt": "The New York Times", "politico": "Politico", "usa-today": "USA Today",
                   "wash-post": "The Washington Post", "west-journal": "Western Journal"}


def polnear(data: Path) -> list[tuple[str, str, str]]:
    """(name, outlet, text) of every PolNeAR dev article (held out: read once, session 21)."""
    publisher = {}
    for line in Path(data, "polnear", "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        publisher[cells[1]] = POLNEAR_OUTLETS.get(cells[4], cells[4])
    return [(f"{path.stem}:", publisher.get(path.stem, ""), path.read_text(encoding="utf-8"))
            for path in sorted(Path(data, "polnear", "dev", "text").glob("*.txt"))]


def main(data: str, out: str, corpora: str = "basil,neus-raw") -> None:
    readers = {"basil": basil, "neus-raw": neus, "polnear-dev": polnear}
    rows, counts = [], {}
    for corpus in corpora.split(","):
        items = readers[corpus](Path(data))
        docs = parse_texts([t for _, _, t in items], ["en"] * len(items))
        stories: dict[str, list[SimpleNamespace]] = {}
        for item, outlet, _ in items:  # "the Times" is the story's New York Times
            stories.setdefault(_story(item), []).append(SimpleNamespace(outlet=outlet))
        hits = sentences = 0
        for (item, outlet, text), doc in zip(items, docs, strict=True):
            names = article_names(outlet_names(stories[_story(item)]), text)
            people = surnames(doc)
            for sentence in doc.sents:
                sentences += 1
                relay = sentence_relay(list(sentence), names, outlet, people)
                if relay is not None:
                    hits += 1
                    rows.append("\t".join([corpus, item, outlet, relay.outlet, relay.cue,
                                           sentence.text.replace("\n", " ")]))
        counts[corpus] = (len(items), sentences, hits)
    Path(out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    for corpus, (articles, sentences, hits) in counts.items():
        print(f"{corpus}: {articles} articles, {sentences} sentences, {hits} with a relay")


if __name__ == "__main__":
    main(*sys.argv[1:4])
