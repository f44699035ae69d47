"""Every label phrase the object-complement rule of ``compare/label_complement.py`` changes.

For each report of NeuS-AllSides raw rows (default 0–505), parses the text as ``newsprism
compare`` does, takes every person, organisation and place mention (``find_mentions``)
and prints the mention's "words for the same thing" phrase
(``compare.mention_phrases.mention_phrase``) where the rule changes it (the rule patched out for
"before"). Each line is read against the article (docs/compare.md, "Session 28: entity
rows, fourth pass").

Usage: PYTHONPATH=src python scripts/label_complement_changes.py ../shared/data [FIRST LAST]
(run from ``scripts/`` or with it on the path: it reads ``label_title_changes.reports``)
"""

from __future__ import annotations

import sys
from pathlib import Path

from label_title_changes import reports

from newsprism.compare import labels, mention_phrases
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import parse_texts


def phrase(doc, start: int, end: int, rule: bool) -> str | None:
    """The mention's phrase text with the rule on or off."""
    kept = mention_phrases.object_complement
    if not rule:
        mention_phrases.object_complement = lambda root, appos: False
    try:
        found = mention_phrases.mention_phrase(doc, start, end)
    finally:
        mention_phrases.object_complement = kept
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
            before, after = (phrase(doc, m.start, m.end, rule) for rule in (False, True))
            if before != after:
                changed += 1
                print(f"{where} | {before!r} -> {after!r}")
    print(f"changed: {changed} phrases of {len(items)} reports")


if __name__ == "__main__":
    main(sys.argv[1:])
