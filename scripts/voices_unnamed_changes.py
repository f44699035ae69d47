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
from types import SimpleNamespace
from unittest import mock

from voices_spoken_changes import as_quote, print_changes, row_quotes


def unresolved(side: str, q) -> SimpleNamespace:
    """A quote with no speaker, as compare passes it to ``voices_heard``."""
    return SimpleNamespace(article_id=side, speaker=None, text=q.text, speaker_entity_id=None,
                           speaker_as_written=q.speaker_surface or None)  # fmt: skip


def main() -> None:
    """Print the lines whose ``only`` the session-29 rule changes."""
    from newsprism.compare import labels

    by_row, sides, sources = row_quotes(sys.argv, lambda side, q: as_quote(side, q)
                                        if q.speaker else unresolved(side, q))  # fmt: skip
    changed = print_changes(by_row, sides, sources, lambda: mock.patch.object(
        labels, "unnamed_elsewhere", lambda *a: False))  # fmt: skip
    print(f"{changed} lines change")

if __name__ == "__main__":
    main()
