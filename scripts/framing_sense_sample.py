"""Pick framing flags to read for word senses: NeuS train rows and BASIL 2010–2012 false flags.

Session 39 (docs/eval-framing.md, "Session 39: word senses neutral in context"). The
pick rule, committed before any flag was framed or read:

- **NeuS**: every side's blurb of the crawled AllSides roundups in the clustering eval's
  train half (``neus_raw_part`` "train"; the held-out half is never opened), minus the rows
  earlier framing sessions read one by one (9, 19, 29, 30, 60, 90). Every default-output
  flag (``framing_changed_flags.flags``), ordered by sha1 of ``"i14-sense39:" + article
  name + ":" + start + ":" + end``; the first ``--take`` (40).
- **BASIL 2010–2012**: every default-output flag that touches no ``lex`` or ``inf`` span
  (a false flag by the share touching ``eval framing`` scores), same order; the first
  ``--take`` (40).

    PYTHONPATH=src python scripts/framing_sense_sample.py dump --data DATA --out /tmp/s.json
    python scripts/framing_sense_sample.py pick /tmp/s.json [--take 40]

``dump`` frames both sets once (``--set neus`` or ``basil`` for one); ``pick`` prints the
picked flags with their sentences, numbered, to be tagged by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_changed_flags import NEUS_FILE, basil_articles, flags, neus_articles

SALT = "i14-sense39"
READ_ROWS = frozenset({9, 19, 29, 30, 60, 90})  # read flag by flag in sessions 20-22


def neus_train_rows(data: Path) -> tuple[int, ...]:
    """The crawl's train-half rows no framing session read flag by flag."""
    from newsprism.eval.clustering import neus_raw_part

    lines = (data / NEUS_FILE).read_text("utf-8").splitlines()
    return tuple(i for i, line in enumerate(lines)
                 if neus_raw_part(json.loads(line)["id"]) == "train" and i not in READ_ROWS)


def _order(name: str, flag: dict) -> str:
    return hashlib.sha1(f"{SALT}:{name}:{flag['start']}:{flag['end']}".encode()).hexdigest()


def _touches(flag: dict, gold: list) -> bool:
    return any(flag["start"] < g[1] and g[0] < flag["end"] for g in gold)


def picked(articles: list[dict], take: int, false_only: bool) -> list[tuple[dict, dict]]:
    """The first ``take`` flags by the salted order (only those touching no gold span
    when ``false_only``)."""
    pool = [(a, f) for a in articles for f in a["flags"]
            if not (false_only and _touches(f, a["gold"]))]  # fmt: skip
    return sorted(pool, key=lambda af: _order(af[0]["name"], af[1]))[:take]


def sentence(text: str, start: int, end: int) -> str:
    """The text around a flag, from the sentence's start to 100 characters after it."""
    s0 = max(text.rfind(". ", 0, start) + 2, start - 260, 0)
    return text[s0 : end + 120].replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--data", type=Path, default=Path("../shared/data"))
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--set", choices=("both", "neus", "basil"), default="both")
    p = sub.add_parser("pick")
    p.add_argument("dump", type=Path)
    p.add_argument("--take", type=int, default=40)
    args = parser.parse_args()
    if args.cmd == "dump":
        out: dict[str, list[dict]] = {}
        if args.set in ("both", "neus"):
            out["neus"] = flags(neus_articles(args.data, neus_train_rows(args.data)))
        if args.set in ("both", "basil"):
            out["basil"] = flags(basil_articles(args.data))
        args.out.write_text(json.dumps(out), "utf-8")
        return
    sets = json.loads(args.dump.read_text("utf-8"))
    n = 0
    for name, false_only in (("neus", False), ("basil", True)):
        for a, f in picked(sets.get(name, []), args.take, false_only):
            n += 1
            print(f"[{n}] {name} {a['name']} ({a['source']}) {f['kind']} {f['text']!r} "
                  f"quote={f['in_quote']} speaker={f['speaker']!r}\n"
                  f"      {sentence(a['text'], f['start'], f['end'])}\n")


if __name__ == "__main__":
    main()
