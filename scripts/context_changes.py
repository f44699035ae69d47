"""Which neus-raw stories a second clusterer model changes, for reading against the articles.

Runs the packaged model and another model file (``--model``, e.g. one trained with
``scripts/train_clusterer.py --context minilm-onnx``) over one part of neus-raw with its
real dates (or ``--condition compressed``), and lists every *change* as a unit to read:

- a **join**: two reports that the other model puts in one story and the packaged one
  kept apart (with the roundup of each: same gold roundup or not);
- a **split**: two reports the packaged model had together and the other keeps apart.

Reports are grouped so that one unit is one pair of (old story, new story) fragments,
printed with outlet, date, title and the first 60 words; the gold verdict is printed
last, so a reader can judge "one event or not" from the texts first (``--hide-gold``
leaves it out). Used for docs/eval-clustering.md, "Session 17: a MiniLM encoder"::

    PYTHONPATH=src python scripts/context_changes.py ../shared/data --model /tmp/m/clusterer.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from newsprism.cluster.model import load_model
from newsprism.eval.clustering import cluster_articles, condition_stream, load_neus_raw


def _units(items, old: list[str], new: list[str]) -> list[dict]:
    """Groups of reports whose togetherness changed: (old story, new story) fragments
    that were together and are now apart (split), or apart and now together (join)."""
    frag: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, (a, b) in enumerate(zip(old, new, strict=True)):
        frag[(a, b)].append(k)
    units = []
    keys = sorted(frag)
    for i, x in enumerate(keys):
        for y in keys[i + 1 :]:
            if x[0] == y[0] and x[1] != y[1]:
                kind = "split"
            elif x[0] != y[0] and x[1] == y[1]:
                kind = "join"
            else:
                continue
            a, b = frag[x], frag[y]
            same = items[a[0]].story == items[b[0]].story
            units.append({"kind": kind, "a": a, "b": b, "same_gold": same,
                          "right": same if kind == "join" else not same})  # fmt: skip
    return units


def _show(item) -> str:
    art = item.article
    lead = " ".join(art.text.split()[:60])
    return f"    [{art.outlet}, {(art.published_at or '')[:10]}] {art.title}\n      {lead}"


def print_units(items: list, units: list[dict], hide_gold: bool) -> None:
    """Each changed unit's two sides, one report a line (and the gold's verdict)."""
    for n, u in enumerate(units, 1):
        print(f"#{n} {u['kind']}: {len(u['a'])} + {len(u['b'])} reports")
        for k in u["a"]:
            print(_show(items[k]))
        print("   --")
        for k in u["b"]:
            print(_show(items[k]))
        if not hide_gold:
            print(f"   gold: {'same roundup' if u['same_gold'] else 'different roundups'}"
                  f" -> change {'right' if u['right'] else 'wrong'} by the gold")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--model", type=Path, required=True, help="the other model file")
    parser.add_argument("--part", default="held-out", choices=("train", "held-out"))
    parser.add_argument("--condition", default="real", choices=("real", "compressed"))
    parser.add_argument("--hide-gold", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the units here")
    args = parser.parse_args(argv)
    gold = load_neus_raw(args.data / "neus-allsides")
    items = condition_stream(gold, args.part, args.condition)
    old = cluster_articles([i.article for i in items], load_model())
    new = cluster_articles([i.article for i in items], load_model(args.model))
    units = _units(items, old, new)
    print_units(items, units, args.hide_gold)
    for kind in ("join", "split"):
        mine = [u for u in units if u["kind"] == kind]
        print(f"{kind}s: {len(mine)}, right by the gold {sum(u['right'] for u in mine)}")
    if args.json:
        ids = [i.article.id for i in items]
        args.json.write_text(json.dumps([{**u, "a": [ids[k] for k in u["a"]],
                                          "b": [ids[k] for k in u["b"]]} for u in units],
                                        indent=1), "utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
