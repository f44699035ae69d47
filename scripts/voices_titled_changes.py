"""Which "heard only" lines of NeuS raw rows the titled-voice rule takes away, and which
"the …" voices the first-mention rule joins to an article's "a …" voice, to read.

``compare/labels_voices.titled_elsewhere`` (session 27, second pass) no longer calls a
described voice ("his longtime chief of staff", Fox News) heard on one side only when
another report of the row writes that head noun as the title of a name it quotes
("longtime chief of staff Susan A. Magill", The Hill). As ``voices_heard_changes.py``
does, this runs the quote extractor on every report (running ``compare`` on all 506
rows takes hours) and takes a speaker resolved or written as a description for a voice
with no entity; it prints each voice that loses ``only`` with the quotes involved.

Usage: PYTHONPATH=src python scripts/voices_titled_changes.py ../shared/data [FIRST LAST]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from voices_heard_changes import row_reports


def main() -> None:
    """Print the voices the titled-voice rule (and not the head-noun rule) moves."""
    from newsprism.compare.labels_voices import (
        description_head,
        first_mentions,
        heard_elsewhere,
        is_description,
        title_head,
        titled_elsewhere,
    )  # fmt: skip
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    data = Path(sys.argv[1])
    first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 505)
    reports = row_reports(data, first, last)
    by_row: dict[int, list] = defaultdict(list)
    docs = load_nlp().pipe(text for _, _, _, text in reports)
    for (row, side, source, _), doc in zip(reports, docs, strict=True):
        by_row[row].extend((side, source, q) for q in extract_quotes(doc) if q.speaker)
    changed = 0
    for row, found in sorted(by_row.items()):
        joined = first_mentions((side, None if q.resolved == "description" or is_description(
            q.speaker) else q.speaker, q.speaker) for side, _, q in found)
        for (side, the), a in joined.items():
            print(f"[joined] row {row} {side}: {the!r} -> {a!r}")
            for s_, source, q in found:
                if s_ == side and q.speaker in (the, a):
                    print(f"      {source}: {q.speaker!r} — {q.text[:110]!r}")
        counts: dict[tuple[str | None, str], Counter[str]] = defaultdict(Counter)
        own: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        for side, _, q in found:
            described = q.resolved == "description" or is_description(q.speaker)
            key = (None if described else q.speaker, q.speaker)
            counts[key][side] += 1
            own[key].update({q.speaker, q.speaker_surface or ""})
        voices = [(e, s, list(per)) for (e, s), per in counts.items()]
        written = [(side, q.speaker_surface or q.speaker) for side, _, q in found]
        for (entity, speaker), per in counts.items():
            if len(per) != 1:
                continue
            (only,) = per
            forms = own[(entity, speaker)] - {""}
            if heard_elsewhere(speaker, entity, only, voices) or \
                    not titled_elsewhere(entity, forms, only, written):  # fmt: skip
                continue
            changed += 1
            heads = {description_head(w) for w in forms} - {None}
            print(f"[{changed}] row {row} {only}: {speaker!r} as {sorted(forms)} (heads {heads})")
            for side, source, q in found:
                w = q.speaker_surface or q.speaker
                if q.speaker == speaker or (side != only and (
                        title_head(w) in heads or description_head(w) in heads)):
                    print(f"      {side} {source}: {q.speaker!r} as {w!r} — {q.text[:110]!r}")
    print(f"{changed} voices lose 'only'")


if __name__ == "__main__":
    main()
