"""Every eval row recorded in clusterer model files, side by side, and the held-out gate.

A model file written by ``scripts/train_clusterer.py`` records its ``eval clustering``
rows (``metrics``: every set, part and condition). This prints B³ F1 of each row for
each file given (the first is the reference, normally the packaged version 3) and lists
the held-out rows where a later file falls below the first: the gate of
docs/eval-clustering.md (sessions 17 and 22), "no held-out row may fall"::

    PYTHONPATH=src python scripts/model_rows.py src/newsprism/data/models/clusterer.json \\
        src/newsprism/data/models/clusterer-minilm.json /tmp/lead64/clusterer.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# The held-out parts of the gate. NTREX (never trained on, and not English news of one
# stream) is printed but, as in session 17's gate, not part of it.
HELD_OUT = ("held-out",)


def _rows(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text("utf-8"))["metrics"]


def held_out(name: str) -> bool:
    """Whether the row ``name`` ("DATASET PART SPLIT CONDITION") is outside training."""
    return any(word in name.lower() for word in HELD_OUT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", type=Path, nargs="+", help="model files; the first: reference")
    parser.add_argument("--tolerance", type=float, default=0.0,
                        help="a fall of at most this much does not count (default 0)")
    args = parser.parse_args(argv)
    tables = [_rows(p) for p in args.models]
    names = sorted(set(tables[0]).intersection(*tables[1:]))
    print("| row | " + " | ".join(p.parent.name + "/" + p.name for p in args.models) + " |")
    print("|---|" + "---:|" * len(tables))
    falls = []
    for name in names:
        values = [t[name]["b3_f1"] for t in tables]
        mark = " (held out)" if held_out(name) else ""
        print(f"| {name}{mark} | " + " | ".join(f"{v:.4f}" for v in values) + " |")
        falls += [(name, p, v - values[0]) for p, v in zip(args.models[1:], values[1:], strict=True)
                  if held_out(name) and v < values[0] - args.tolerance]  # fmt: skip
    for name, path, delta in falls:
        print(f"FALLS: {name}: {path} {delta:+.4f}")
    print(f"{len(falls)} held-out falls against {args.models[0]}")
    return 1 if falls else 0


if __name__ == "__main__":
    sys.exit(main())
