"""Which "heard only" lines of NeuS raw rows session 28's voice rules take away, to read.

Session 28 (i14-read30) added to ``compare/labels.voices_heard``: a named voice heard
through its spokesman or official in another report (``labels_voices.spoken_for``), a
name quoted elsewhere without a possessive before it (``named_elsewhere``), a voice
written as a name's word and a common noun ("U.S. officials": ``modified_head``), and
one head noun for a title's gendered forms ("spokesperson", "spokesman": ``_one_title``).
As ``voices_heard_changes.py`` does, this runs the quote extractor on every report
(``compare`` on all 506 rows takes hours) and stands in for compare's entity linking:
a speaker resolved or written as a description, or whose last word is in lower case,
has no entity; any other speaker is its own entity. It then runs the real
``voices_heard`` on each row twice, with the four rules and with them patched out, and
prints every line whose ``only`` differs, with the row's quotes of those voices.

Usage: PYTHONPATH=src python scripts/voices_spoken_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from voices_heard_changes import row_reports


def as_quote(side: str, q) -> SimpleNamespace:
    """A compare quote's fields ``voices_heard`` reads, from the extractor's span."""
    from newsprism.compare.labels_voices import is_description

    words = q.speaker.split()
    described = (q.resolved == "description" or is_description(q.speaker)
                 or words[-1][:1].islower())  # fmt: skip
    return SimpleNamespace(article_id=side, speaker=q.speaker, text=q.text,
                           speaker_entity_id=None if described else q.speaker,
                           speaker_as_written=q.speaker_surface)  # fmt: skip


@contextmanager
def without_session28():
    """``voices_heard`` as it was before session 28's four rules."""
    from newsprism.compare import labels, labels_voices

    with mock.patch.object(labels, "spoken_for", lambda *a: False), \
            mock.patch.object(labels, "named_elsewhere", lambda *a: False), \
            mock.patch.object(labels_voices, "modified_head", lambda w: None), \
            mock.patch.object(labels_voices, "_one_title", lambda w: w):  # fmt: skip
        yield


def row_quotes(argv: list[str], quote_of: Callable) -> tuple[dict, dict, dict]:
    """Per NeuS raw row of ``argv`` (``DATA [FIRST LAST]``, rows 0–505 by default): its
    quotes as ``quote_of(side, span)`` makes them (None: left out), its reports as
    ``voices_heard`` reads them, and each report's source name."""
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    data = Path(argv[1])
    first, last = (int(argv[2]), int(argv[3])) if len(argv) > 3 else (0, 505)
    reports = row_reports(data, first, last)
    by_row: dict[int, list] = defaultdict(list)
    sides: dict[int, list] = defaultdict(list)
    sources: dict[tuple[int, str], str] = {}
    docs = load_nlp().pipe(text for _, _, _, text in reports)
    for (row, side, source, _), doc in zip(reports, docs, strict=True):
        sides[row].append(SimpleNamespace(id=side))
        sources[(row, side)] = source
        quotes = (quote_of(side, q) for q in extract_quotes(doc))
        by_row[row].extend(q for q in quotes if q is not None)
    return by_row, sides, sources


def print_changes(by_row: dict, sides: dict, sources: dict,
                  without: Callable[[], AbstractContextManager],
                  value: Callable[[dict], object] = lambda r: r["only"],
                  label: str = "only") -> int:  # fmt: skip
    """Print every voice whose ``value`` (default its ``only``; ``label`` names it) differs
    between ``voices_heard`` as it is and inside ``without()`` (the rules patched out),
    with the row's quotes; the count."""
    from newsprism.compare import labels

    def heard(row: int) -> dict:
        return {(r["speaker"], r["entity_id"]): value(r)
                for r in labels.voices_heard(sides[row], by_row[row])}  # fmt: skip

    changed = 0
    for row, quotes in sorted(by_row.items()):
        new = heard(row)
        with without():
            old = heard(row)
        for key, only in sorted(old.items(), key=str):
            if new.get(key) == only:
                continue
            changed += 1
            print(f"[{changed}] row {row}: {key[0]!r} {label} {only} -> {new.get(key)}")
            for q in quotes:
                print(f"      {q.article_id} {sources[(row, q.article_id)]}: {q.speaker!r} "
                      f"as {q.speaker_as_written!r} — {q.text[:90]!r}")
    return changed


def main() -> None:
    """Print the lines whose ``only`` the session-28 rules change."""
    by_row, sides, sources = row_quotes(sys.argv, lambda side, q: as_quote(side, q)
                                        if q.speaker else None)  # fmt: skip
    print(f"{print_changes(by_row, sides, sources, without_session28)} lines change")

if __name__ == "__main__":
    main()
