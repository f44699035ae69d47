"""Every label phrase that the title rules of ``compare/labels_title.py`` change, to read.

For each report of NeuS-AllSides raw rows (default 0–505: every row), parses the text as
``newsprism compare`` does (``parse_texts``), takes every person, organisation and
place mention (``find_mentions``) and prints the mention's noun phrase
(``compare.mention_phrases.mention_phrase``) where a rule changes it: rule 1 tests the noun set
beside the name from the title words before it, not from the mention; rule 2 also takes
a capitalised title the parse made the name's head (each against the rules before it).
A changed phrase is a changed "words for the same thing" cell, read against the article
(docs/eval-framing.md, "Session 26: read as a user").

Usage: PYTHONPATH=src python scripts/label_title_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.compare import labels, mention_phrases
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


def phrase(doc, start: int, end: int, rules: int) -> str | None:
    """The mention's phrase text with the first ``rules`` of the two rules on: 0 none,
    1 the title words before the name (``title_start``), 2 also a title parsed as the
    name's head (``title_head_start``)."""
    kept = mention_phrases.title_start, mention_phrases.title_head_start
    if rules < 1:
        mention_phrases.title_start = lambda span: span.start
    if rules < 2:
        mention_phrases.title_head_start = lambda span, left_start: span.start
    try:
        found = mention_phrases.mention_phrase(doc, start, end)
    finally:
        mention_phrases.title_start, mention_phrases.title_head_start = kept
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
            seen = [phrase(doc, m.start, m.end, rules) for rules in (0, 1, 2)]
            for rule in (1, 2):
                if seen[rule - 1] != seen[rule]:
                    changed += 1
                    print(f"rule {rule} | {where} | {seen[rule - 1]!r} -> {seen[rule]!r}")
    print(f"changed: {changed} phrases of {len(items)} reports")


if __name__ == "__main__":
    main(sys.argv[1:])
