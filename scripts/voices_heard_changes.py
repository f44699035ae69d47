"""Which "heard only" lines of NeuS raw rows the described-voice rule takes away, to read.

``compare/labels_voices.py`` (session 27) no longer calls a described voice ("a group
of 18 scientists") heard on one side only when another report of the row quotes a
described voice of the same head noun ("leading scientists"). Running ``compare`` on
all 506 rows takes hours; this script runs what ``voices_heard`` reads, the quote
extractor on each report, and takes a speaker the extractor resolved as a description
(or written as one) for a voice with no entity, as ``compare/story.resolve_quotes``
does (a name may be linked there; a description is not looked up). It prints each
row's voices that lose ``only``, with the quotes, to be read against the reports.

Usage: PYTHONPATH=src python scripts/voices_heard_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

NEUS_FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def row_reports(data: Path, first: int, last: int) -> list[tuple[int, str, str, str]]:
    """(row, side, source, text) of every report of rows ``first``..``last``."""
    lines = (data / NEUS_FILE).read_text("utf-8").splitlines()
    out = []
    for i in range(first, min(last, len(lines) - 1) + 1):
        row = json.loads(lines[i])
        for side, news in row["news"].items():
            out.append((i, side, news["newsSource"], "\n\n".join(news["newBody"])))
    return out


def main() -> None:
    from newsprism.compare.labels_voices import description_head, heard_elsewhere, is_description
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    data = Path(sys.argv[1])
    first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 505)
    reports = row_reports(data, first, last)
    by_row: dict[int, list] = defaultdict(list)
    docs = load_nlp().pipe(text for _, _, _, text in reports)
    for (row, side, source, _), doc in zip(reports, docs, strict=True):
        for q in extract_quotes(doc):
            if q.speaker:
                by_row[row].append((side, source, q))
    changed = 0
    for row, found in sorted(by_row.items()):
        counts: dict[tuple[str | None, str], Counter[str]] = defaultdict(Counter)
        for side, _, q in found:
            described = q.resolved == "description" or is_description(q.speaker)
            counts[(None if described else q.speaker, q.speaker)][side] += 1
        voices = [(e, s, list(per)) for (e, s), per in counts.items()]
        for (entity, speaker), per in counts.items():
            if len(per) != 1:
                continue
            (only,) = per
            if heard_elsewhere(speaker, entity, only, voices):
                changed += 1
                head = description_head(speaker)
                others = [(s, list(p)) for e, s, p in voices
                          if e is None and s != speaker and description_head(s) == head]
                print(f"[{changed}] row {row} {only}: {speaker!r} (head {head!r}) also {others}")
                for side, source, q in found:
                    if q.speaker in {speaker, *(s for s, _ in others)}:
                        print(f"      {side} {source}: {q.speaker!r} — {q.text[:110]!r}")
    print(f"{changed} voices lose 'only'")


if __name__ == "__main__":
    main()
