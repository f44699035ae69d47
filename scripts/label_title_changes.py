"""Every label phrase that the title rule of ``compare/labels_title.py`` changes, to read.

For each report of NeuS-AllSides raw rows (default 0–505: every row), parses the text as
``newsprism compare`` does (``parse_texts``), takes every person, organisation and
place mention (``find_mentions``) and prints the mention's noun phrase
(``compare.labels.mention_phrase``) where it differs with the rule off (the closeness
test from the mention, as before session 26) and on (from the title words before it).
A changed phrase is a changed "words for the same thing" cell, read against the article
(docs/eval-framing.md, "Session 26: read as a user").

Usage: PYTHONPATH=src python scripts/label_title_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.compare import labels
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import parse_texts

FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def reports(data: Path, first: int, last: int) -> list[tuple[str, str]]:
    """(``r<row> <source>``, text) of every report of the rows, texts as
    ``scripts/neus_raw_inputs.py`` writes them."""
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    out = []
    for i in range(first, min(last, len(lines) - 1) + 1):
        for news in json.loads(lines[i])["news"].values():
            out.append((f"r{i} {news['newsSource']}", "\n\n".join(news["newBody"])))
    return out


def phrase(doc, start: int, end: int, rule: bool) -> str | None:
    """The mention's phrase text with the title rule on or off."""
    kept = labels.title_start
    if not rule:
        labels.title_start = lambda span: span.start
    try:
        found = labels.mention_phrase(doc, start, end)
    finally:
        labels.title_start = kept
    return None if found is None else doc.text[found[0]:found[1]]


def main(argv: list[str]) -> None:
    """Print each changed phrase: where, before, after."""
    first, last = (int(argv[1]), int(argv[2])) if len(argv) > 2 else (0, 505)
    items = reports(Path(argv[0]), first, last)
    docs = parse_texts([t for _, t in items], ["en"] * len(items))
    changed = 0
    for (where, _), doc in zip(items, docs, strict=True):
        for m in find_mentions(doc, where):
            if m.label not in labels.LABEL_TYPES:
                continue
            before, after = phrase(doc, m.start, m.end, False), phrase(doc, m.start, m.end, True)
            if before != after:
                changed += 1
                print(f"{where} | {before!r} -> {after!r}")
    print(f"changed: {changed} phrases of {len(items)} reports")


if __name__ == "__main__":
    main(sys.argv[1:])
