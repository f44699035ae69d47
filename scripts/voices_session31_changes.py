"""Which "heard only" lines of NeuS raw rows session 31's two voice rules take away.

Session 31 (i14-read) added to ``compare/labels_voices``: a described voice that opens
its sentence is read in lower case, its head noun ending before a participle after a
plural (``voices_sentence_case``: "Multiple senators", "Senators involved in …"), and
two written names that may be one person's (``voices_same_person``: "Frank McKenzie",
"Kenneth F. McKenzie Jr."). As ``voices_unnamed_changes.py`` does, this runs the quote
extractor on every report, stands in for compare's entity linking
(:func:`voices_spoken_changes.as_quote`), keeps the unresolved quotes, and runs the real
``voices_heard`` on each row with the rules and with them patched out, printing every
line whose ``only`` differs.

Usage: PYTHONPATH=src python scripts/voices_session31_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from unittest import mock

from voices_spoken_changes import as_quote, print_changes, row_quotes
from voices_unnamed_changes import unresolved


@contextmanager
def without_session31():
    """``voices_heard`` as it was before session 31's two rules."""
    from newsprism.compare import labels_voices

    with mock.patch.object(labels_voices, "sentence_case", lambda speaker: None), \
            mock.patch.object(labels_voices, "participle_after_plural", lambda w, p: False), \
            mock.patch.object(labels_voices, "may_be_one_person", lambda a, b: False):  # fmt: skip
        yield


def main() -> None:
    """Print the lines whose ``only`` the session-31 rules change."""
    by_row, sides, sources = row_quotes(sys.argv, lambda side, q: as_quote(side, q)
                                        if q.speaker else unresolved(side, q))  # fmt: skip
    print(f"{print_changes(by_row, sides, sources, without_session31)} lines change")


if __name__ == "__main__":
    main()
