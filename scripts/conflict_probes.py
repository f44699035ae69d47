"""Made-up pairs against the conflict rules (session 38): does ``compare`` list a
conflict where the reader expects one, and none where both sentences can be true?

Each pair of ``tests/data/conflict_probes_session38.json`` is two one-sentence reports
(Fox News, the NYT) run through ``analyze_story`` as ``newsprism compare`` runs them;
one line per pair: the reader's verdict, what was listed, and "WRONG" where they differ.
With ``--write DIR`` each pair is also written as ``DIR/<name>/a.json`` and ``b.json``,
the inputs of ``newsprism compare DIR/<name>/*.json``.

Usage: ``python scripts/conflict_probes.py [PAIRS.json] [--write DIR] [--only NAME …]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

PAIRS = Path(__file__).resolve().parent.parent / "tests/data/conflict_probes_session38.json"
OUTLETS = ("Fox News", "New York Times")


def _write(folder: Path, texts: tuple[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text, outlet in zip(("a", "b"), texts, OUTLETS, strict=True):
        item = {"title": text[:60], "text": text, "source": outlet}
        (folder / f"{name}.json").write_text(json.dumps(item, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    from newsprism.compare.story import analyze_story
    from newsprism.eval import gold_article

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=PAIRS)
    parser.add_argument("--write", type=Path, help="also write each pair as compare inputs")
    parser.add_argument("--only", nargs="*", help="the pairs to run (default: all)")
    args = parser.parse_args(argv)
    pairs = json.loads(args.pairs.read_text(encoding="utf-8"))["pairs"]
    wrong = 0
    for name, pair in pairs.items():
        if args.only and name not in args.only:
            continue
        texts = (pair["a"], pair["b"])
        if args.write:
            _write(args.write / name, texts)
        articles = [gold_article(f"probe:{name}:{i}:{t}", t, outlet=o)
                    for i, (t, o) in enumerate(zip(texts, OUTLETS, strict=True))]  # fmt: skip
        report = analyze_story(articles).as_dict()
        listed = [(c["kind"], [s["value"] for s in c["sides"]])
                  for fact in report["claims"] for c in fact["conflicts"]]  # fmt: skip
        ok = bool(listed) == (pair["expect"] == "conflict")
        wrong += not ok
        print(f"{name:20} expect {pair['expect']:8} listed {listed}{'' if ok else '  WRONG'}")
    print(f"{wrong} wrong")


if __name__ == "__main__":
    main()
