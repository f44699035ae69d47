"""Which "heard only" lines of NeuS raw rows session 29's unresolved-speaker rule takes away.

Session 29 (i14-read31) added to ``compare/labels.voices_heard`` a described voice whose
head noun another report's unresolved quote is written with ("the lawsuit" / "The suit
in federal court in Washington", NeuS raw row 147: ``labels_unnamed.unnamed_elsewhere``).
As ``voices_spoken_changes.py`` does, this runs the quote extractor on every report and
stands in for compare's entity linking (:func:`voices_spoken_changes.as_quote`), here
keeping the quotes with no speaker too (``speaker`` None, ``speaker_as_written`` the
extractor's surface), which the rule reads. It runs the real ``voices_heard`` on each
row twice, with the rule and with it patched out, and prints every line whose ``only``
differs with the row's quotes, resolved or not.

Usage: PYTHONPATH=src python scripts/voices_unnamed_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from voices_heard_changes import row_reports
from voices_spoken_changes import as_quote


def unresolved(side: str, q) -> SimpleNamespace:
    """A quote with no speaker, as compare passes it to ``voices_heard``."""
    return SimpleNamespace(article_id=side, speaker=None, text=q.text, speaker_entity_id=None,
                           speaker_as_written=q.speaker_surface or None)  # fmt: skip


def main() -> None:
    """Print the lines whose ``only`` the session-29 rule changes."""
    from newsprism.compare import labels
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    data = Path(sys.argv[1])
    first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 505)
    reports = row_reports(data, first, last)
    by_row: dict[int, list] = defaultdict(list)
    sides: dict[int, list] = defaultdict(list)
    sources: dict[tuple[int, str], str] = {}
    docs = load_nlp().pipe(text for _, _, _, text in reports)
    for (row, side, source, _), doc in zip(reports, docs, strict=True):
        sides[row].append(SimpleNamespace(id=side))
        sources[(row, side)] = source
        by_row[row].extend(as_quote(side, q) if q.speaker else unresolved(side, q)
                           for q in extract_quotes(doc))  # fmt: skip
    changed = 0
    for row, quotes in sorted(by_row.items()):
        def heard(rows: list) -> dict:
            return {(r["speaker"], r["entity_id"]): r["only"] for r in rows}

        new = heard(labels.voices_heard(sides[row], quotes))
        with mock.patch.object(labels, "unnamed_elsewhere", lambda *a: False):
            old = heard(labels.voices_heard(sides[row], quotes))
        for key, only in sorted(old.items(), key=str):
            if new.get(key) == only:
                continue
            changed += 1
            print(f"[{changed}] row {row}: {key[0]!r} only {only} -> {new.get(key)}")
            for q in quotes:
                print(f"      {q.article_id} {sources[(row, q.article_id)]}: {q.speaker!r} "
                      f"as {q.speaker_as_written!r} — {q.text[:90]!r}")
    print(f"{changed} lines change")


if __name__ == "__main__":
    main()
