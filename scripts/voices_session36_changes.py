"""Which voices of NeuS raw rows session 36's anonymous-people rule marks unnamed.

Session 36 (i14-reader36) reads a described voice whose words withhold the name ("two
people familiar with the development", "an anonymous official") as an unnamed source
(``compare/voices_anonymous``): never "heard only", ``"unnamed_source": true``. As
``voices_session31_changes.py`` does, this runs the quote extractor on every report,
stands in for compare's entity linking (:func:`voices_spoken_changes.as_quote`), keeps
the unresolved quotes, and runs the real ``voices_heard`` on each row with the rule and
with it switched off, printing every voice whose ``only`` or ``unnamed_source`` differs.

Usage: PYTHONPATH=src python scripts/voices_session36_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import sys
from unittest import mock

from voices_spoken_changes import as_quote, print_changes, row_quotes
from voices_unnamed_changes import unresolved


def main() -> None:
    """Print the voices the rule changes, with the row's quotes; the count."""
    from newsprism.compare import voices_anonymous

    by_row, sides, sources = row_quotes(sys.argv, lambda side, q: as_quote(side, q)
                                        if q.speaker else unresolved(side, q))  # fmt: skip
    changed = print_changes(
        by_row, sides, sources,
        lambda: mock.patch.object(voices_anonymous, "VOICES_ANONYMOUS_RULE", False),
        value=lambda r: (r["only"], r.get("unnamed_source", False)),
        label="(only, unnamed)")
    print(f"{changed} voices change")


if __name__ == "__main__":
    main()
