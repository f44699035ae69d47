"""What reading an upper bound as the figure it names would add (session 26, measured,
not kept).

``compare/bounds.py`` compares two upper bounds of one count as their figures ("as
many as 1.5 million" / "up to 1.6 million" women). The other Wal-Mart gold pair is an
upper bound against a plain figure ("covers 1.5 million women" / "up to 1.6 million
women"), which ``quantities_agree`` keeps compatible. This prints every cross-outlet
pair of the cached wide stories that the loosened reading would list and the shipped
rules do not: one counted thing, one owner (``conflicts._one_owner``), topical, one
side an upper bound, the other a plain figure below it that disagrees with the bound's
figure at stated precision.

Usage: ``python scripts/wide_conflict_list.py cache WIDE CACHE`` (see there), then
``python scripts/bound_loosening.py CACHE``.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
from pathlib import Path

from newsprism.compare import conflicts as rules
from newsprism.compare.bounds import figure, upper_bound
from newsprism.extract.claims import quantities_agree


def added_pairs(frames: list) -> list[tuple]:
    """(frame a, frame b, value a, value b) the loosening adds in one story."""
    out = []
    for a, b in itertools.combinations(frames, 2):
        if a.claim.article_id == b.claim.article_id:
            continue
        if rules._overlap(a.lemmas, b.lemmas) < rules.TOPIC_OVERLAP:
            continue
        listed = {(va, vb) for _, _, _, va, vb in rules._pair_conflicts(a, b)}
        for x, y in itertools.product(a.counted, b.counted):
            if x.thing != y.thing or x.prospect != y.prospect:
                continue
            if " of " not in x.thing and not rules._one_owner(x, y):
                continue
            qa, qb = a.claim.quantities[x.index], b.claim.quantities[y.index]
            if (qa.text, qb.text) in listed:
                continue
            bound_a, bound_b = upper_bound(qa, a.claim.text), upper_bound(qb, b.claim.text)
            if bound_a == bound_b or "exact" not in (qa.qualifier, qb.qualifier):
                continue
            if not quantities_agree(figure(qa), figure(qb)):
                out.append((a, b, qa.text, qb.text))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cache", type=Path)
    args = parser.parse_args(argv)
    total = 0
    for path in sorted(args.cache.glob("*.pkl")):
        seen = pickle.loads(path.read_bytes())
        published = {a.id: rules._day(a.published_at) for a in seen["articles"]}
        frames = rules.claim_frames(seen["docs"], seen["claims"], seen["mentions"],
                                    seen["names"], published)  # fmt: skip
        for a, b, va, vb in added_pairs(frames):
            total += 1
            print(f"{path.stem}: {va!r} / {vb!r}\n    {a.claim.text}\n    {b.claim.text}")
    print(f"{total} pairs added")


if __name__ == "__main__":
    main()
