"""What each loosening of the conflict rules would add on stories in no gold.

The gold misses (``scripts/conflict_misses.py``) each fail one check of
``compare/conflicts._pair_conflicts``. Before a check is loosened for a gold pair, this
prints every cross-outlet pair of the wide stories that the loosened check would list
and the shipped one does not, so that each can be read against the articles:

- ``count, no subject``: one counted thing, values that disagree, the topical check
  passed, but the subjects differ or are unknown (the Wal-Mart route);
- ``count, two names``: one subject, topical, values that disagree, but two counted
  things ("actions" / "steps", "measures" / "bills");
- ``count, a bound as a value``: one thing, topical (subject not checked), one side
  "up to" / "more than" N and the other a value M inside it, read as two values (the
  Wal-Mart pair: "up to 1.6 million" / "1.5 million" women);
- ``date, no subject``: one verb, one object, topical, two weekdays, the subjects
  differ or are unknown.

Usage: ``python scripts/wide_conflict_inputs.py ../shared/data DIR 0 506`` then
``python scripts/conflict_loosenings.py DIR`` (each story of DIR/basil and DIR/neus
with two or more reports, through ``analyze_story``; about ten minutes on two cores).
"""

from __future__ import annotations

import argparse
import itertools
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsprism.compare.story as story_mod
from newsprism.compare import conflicts as rules
from newsprism.extract.claims import quantities_agree
from newsprism.pipeline import clean_paths

LOOSENINGS = ("count, no subject", "count, two names", "count, a bound as a value",
              "date, no subject")  # fmt: skip


def story_frames(folder: Path, seen: dict[str, Any]) -> list[Any]:
    """The claim frames of one story, read from what ``analyze_story`` hands to
    ``add_conflicts`` (``seen`` is filled by the wrapper ``main`` installs)."""
    articles, _ = clean_paths([str(p) for p in sorted(folder.glob("*.json"))])
    if len(articles) < 2:
        return []
    story_mod.analyze_story(articles)
    published = {a.id: rules._day(a.published_at) for a in seen["articles"]}
    frames = rules.claim_frames(seen["docs"], seen["claims"], seen["mentions"], seen["names"],
                                published)  # fmt: skip
    outlet = {a.id: a.outlet or a.source_path for a in articles}
    for frame in frames:
        frame.outlet = outlet.get(frame.claim.article_id)
    return frames


def loosened(a: Any, b: Any) -> Iterator[tuple[str, str, str]]:
    """(loosening, value a, value b) for each pair the loosened check alone would list."""
    topical = rules._overlap(a.lemmas, b.lemmas) >= rules.TOPIC_OVERLAP
    listed = {(va, vb) for _, _, _, va, vb in rules._pair_conflicts(a, b)}
    for x, y in itertools.product(a.counted, b.counted):
        qa, qb = a.claim.quantities[x.index], b.claim.quantities[y.index]
        if not topical or x.prospect != y.prospect or (qa.text, qb.text) in listed:
            continue
        same_subject = bool(x.subject) and x.subject == y.subject
        differ = not quantities_agree(qa, qb)
        if x.thing == y.thing and differ and not same_subject and " of " not in x.thing:
            yield LOOSENINGS[0], qa.text, qb.text
        if x.thing != y.thing and same_subject and differ:
            yield LOOSENINGS[1], qa.text, qb.text
        bound = "exact" in (qa.qualifier, qb.qualifier) and qa.qualifier != qb.qualifier
        if x.thing == y.thing and bound and not differ and qa.value != qb.value:
            yield LOOSENINGS[2], qa.text, qb.text
    for x, y in itertools.product(a.dated, b.dated):
        if (topical and x.verb == y.verb and x.objects == y.objects and x.weekday and y.weekday
                and x.weekday != y.weekday and not (x.subject and x.subject == y.subject)):
            yield LOOSENINGS[3], x.weekday, y.weekday


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wide", type=Path, help="the folder wide_conflict_inputs.py wrote")
    args = parser.parse_args(argv)
    seen: dict[str, Any] = {}
    original = rules.add_conflicts

    def wrapped(articles, docs, claims, mentions, facts, names=None):  # type: ignore[no-untyped-def]
        seen.update(articles=articles, docs=docs, claims=claims, mentions=mentions, names=names)
        return original(articles, docs, claims, mentions, facts, names)

    story_mod.add_conflicts = wrapped
    found: dict[str, list[str]] = defaultdict(list)
    folders = sorted(d for part in ("basil", "neus") for d in (args.wide / part).iterdir()
                     if len(list(d.glob("*.json"))) >= 2)  # fmt: skip
    for folder in folders:
        frames = story_frames(folder, seen)
        for a, b in itertools.combinations(frames, 2):
            if a.claim.article_id == b.claim.article_id:
                continue
            for kind, va, vb in loosened(a, b):
                found[kind].append(f"{folder.parent.name}/{folder.name}: {a.outlet} {va!r} / "
                                   f"{b.outlet} {vb!r}\n      {a.claim.text}\n      "
                                   f"{b.claim.text}")  # fmt: skip
    print(f"{len(folders)} stories")
    for kind in LOOSENINGS:
        print(f"\n== {kind}: {len(found[kind])} pairs")
        for line in found[kind]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
