"""Sentence starts the parser makes after a middle initial, with and without the rule.

    python scripts/scan_initial_splits.py DATA

Only paragraphs that hold a capitalised word, one capital and a stop, and a capitalised
word ("Ben S. Bernanke", "World War I. Then") are parsed, twice: with the shared
pipeline as it is and with the middle-initial rule of extract/sentence_breaks.py turned
off. Every start one run has and the other has not is printed with its context, to read
right/wrong (docs/cleaning.md, "Sentence boundaries: session 23, middle initials").
The texts: FNC-1's article bodies (news the rule was not written on), PolNeAR train +
dev, BASIL 2010–14 and the NeuS raw crawl.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from newsprism.eval.basil import basil_files, read_basil
from newsprism.extract import sentence_breaks
from newsprism.extract.nlp import load_nlp

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
PATTERN = re.compile(r"(?:\b[A-Z][a-z]+|\b[A-Z]\.) [A-Z]\. [A-Z]")


def texts(data: Path) -> Iterator[tuple[str, str]]:
    """(corpus, text) for every article of the four corpora."""
    with gzip.open(data / "fnc1-stance" / "bodies.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield "fnc1", json.loads(line)["body"]
    for split in ("train", "dev"):
        for p in sorted((data / "polnear" / split / "text").glob("*.txt")):
            yield "polnear", p.read_text("utf-8")
    for path in basil_files(data / "basil"):
        yield "basil", read_basil(path).text
    for line in (data / NEUS).read_text("utf-8").splitlines():
        for news in json.loads(line)["news"].values():
            yield "neus", "\n\n".join(news["newBody"])


def starts(paragraphs: list[str]) -> list[set[int]]:
    """Each paragraph's sentence-start offsets under the pipeline as it stands now."""
    return [{s.start_char for s in doc.sents if s.start} for doc in load_nlp().pipe(paragraphs)]


def main() -> None:
    data = Path(sys.argv[1])
    found = [(corpus, p) for corpus, text in texts(data)
             for p in re.split(r"\n+", text) if PATTERN.search(p)]
    paragraphs = [p for _, p in found]
    new = starts(paragraphs)
    rule = sentence_breaks.after_middle_initial
    sentence_breaks.after_middle_initial = lambda token, initial: False
    try:
        old = starts(paragraphs)
    finally:
        sentence_breaks.after_middle_initial = rule
    print(f"{len(paragraphs)} paragraphs with the pattern", file=sys.stderr)
    for (corpus, text), a, b in zip(found, old, new, strict=True):
        for start in sorted(a ^ b):
            sign = "lost" if start in a else "new"
            print(sign, corpus, repr(f"{text[max(0, start - 60):start]} ||| "
                                     f"{text[start:start + 40]}"), sep="\t")


if __name__ == "__main__":
    main()
