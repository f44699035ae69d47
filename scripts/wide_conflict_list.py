"""Every conflict ``compare`` lists on the wide stories, old checkout against new (session
26: each added or removed conflict read against the articles).

Three steps, so that a change to the conflict rules is measured in seconds, not an hour:

1. ``cache WIDE CACHE [--part I/N]``: each story folder of
   ``scripts/wide_conflict_inputs.py`` (the 50 BASIL triplets and the NeuS raw rows with
   two or more reports) goes through ``analyze_story`` as ``newsprism compare`` does, and
   the inputs it hands to ``add_conflicts`` (articles, parses, claims, mentions, facts,
   names) are pickled, one file per story. Everything before the conflict rules is
   computed here once.
2. ``list CACHE OUT.jsonl``: the checkout on ``PYTHONPATH`` runs ``add_conflicts`` on each
   cached story; one JSON line per conflict (story, kind, what it is about, each side's
   outlet, value and sentence).
3. ``diff OLD.jsonl NEW.jsonl``: the conflicts only one list holds.

A change outside ``compare/conflicts*``, ``frames`` and the modules they call changes the
inputs: then the cache must be rebuilt with that checkout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pickle
from pathlib import Path
from typing import Any


class _Captured(Exception):
    """Raised once the conflict rules' inputs are kept: the rest of the story is skipped."""


def _folders(wide: Path) -> list[Path]:
    return sorted(d for part in ("basil", "neus") for d in (wide / part).iterdir()
                  if len(list(d.glob("*.json"))) >= 2)  # fmt: skip


def cache(wide: Path, out: Path, part: tuple[int, int]) -> None:
    """Pickle the inputs of ``add_conflicts`` for each story of ``wide`` (every N-th
    story from the I-th, so that two processes can share the work)."""
    import newsprism.compare.story as story_mod
    from newsprism.pipeline import clean_paths

    seen: dict[str, Any] = {}

    def wrapped(articles, docs, claims, mentions, facts, names=None):  # type: ignore[no-untyped-def]
        seen.update(articles=articles, docs=docs, claims=claims, mentions=mentions,
                    facts=list(facts), names=names)  # fmt: skip
        raise _Captured  # what follows the conflict rules (framing, omissions) is not needed

    story_mod.add_conflicts = wrapped
    out.mkdir(parents=True, exist_ok=True)
    for folder in _folders(wide)[part[0] :: part[1]]:
        target = out / f"{folder.parent.name}__{folder.name}.pkl"
        if target.exists():
            continue
        articles, _ = clean_paths([str(p) for p in sorted(folder.glob("*.json"))])
        if len(articles) < 2:
            continue
        seen.clear()
        with contextlib.suppress(_Captured):
            story_mod.analyze_story(articles)
        if seen:
            _drop_span_caches(seen["docs"])
            target.write_bytes(pickle.dumps(seen))


def _drop_span_caches(docs: dict[str, Any]) -> None:
    """Forget the per-Doc caches that hold spaCy Spans (``doc_ents``, the headings of
    ``extract/headings.py``: session 27), which cannot be pickled; both are rebuilt on
    the next ask."""
    for doc in docs.values():
        for key in ("newsprism_ents", "newsprism_headings"):
            doc.user_data.pop(key, None)


def listed(cached: Path, out: Path, part: tuple[int, int] = (0, 1)) -> None:
    """Run the conflict rules on every cached story (every N-th from the I-th) and write
    one line per conflict."""
    from newsprism.compare.conflicts import add_conflicts

    with out.open("w") as sink:
        for path in sorted(cached.glob("*.pkl"))[part[0] :: part[1]]:
            seen = pickle.loads(path.read_bytes())
            outlet = {a.id: a.outlet or a.source_path for a in seen["articles"]}
            facts = add_conflicts(seen["articles"], seen["docs"], seen["claims"],
                                  seen["mentions"], list(seen["facts"]), seen["names"])
            for fact in facts:
                for c in fact.conflicts:
                    sides = [{"outlet": outlet.get(s["article_id"], s["article_id"]),
                              "value": s["value"], "sentence": s["sentence"]}
                             for s in c["sides"]]  # fmt: skip
                    row = {"story": path.stem.replace("__", "/"), "kind": c["kind"],
                           "about": c.get("about", ""), "sides": sides}
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")


def _key(row: dict) -> str:
    return json.dumps([row["story"], row["kind"],
                       sorted((s["value"], s["sentence"]) for s in row["sides"])])  # fmt: skip


def diff(old: Path, new: Path) -> None:
    """Print the conflicts only one of two lists holds."""
    rows_old = {_key(r): r for r in map(json.loads, old.read_text().splitlines())}
    rows_new = {_key(r): r for r in map(json.loads, new.read_text().splitlines())}
    print(f"old {len(rows_old)}, new {len(rows_new)}")
    for label, mine, other in (("removed", rows_old, rows_new), ("added", rows_new, rows_old)):
        for key in sorted(set(mine) - set(other)):
            r = mine[key]
            print(f"\n{label}: {r['story']} {r['kind']}: {r['about']}")
            for s in r["sides"]:
                print(f"   {s['outlet']} [{s['value']}] {s['sentence']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("cache", "list", "diff"))
    parser.add_argument("first", type=Path, help="WIDE, CACHE or OLD.jsonl")
    parser.add_argument("second", type=Path, help="CACHE, OUT.jsonl or NEW.jsonl")
    parser.add_argument("--part", default="0/1", help="I/N: every N-th story from the I-th")
    args = parser.parse_args(argv)
    first, every = map(int, args.part.split("/"))
    if args.step == "cache":
        cache(args.first, args.second, (first, every))
    elif args.step == "list":
        listed(args.first, args.second, (first, every))
    else:
        diff(args.first, args.second)


if __name__ == "__main__":
    main()
