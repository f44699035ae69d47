"""Made-up pairs against the conflict rules (session 38): does ``compare`` list a
conflict where the reader expects one, and none where both sentences can be true?

Each pair of ``tests/data/conflict_probes_session38.json`` is two one-sentence reports
(Fox News, the NYT) run through ``analyze_story`` as ``newsprism compare`` runs them;
a pair's optional ``published_a`` / ``published_b`` (YYYY-MM-DD) date its reports;
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


def _write(folder: Path, texts: tuple[str, str], days: tuple[str | None, str | None]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text, outlet, day in zip(("a", "b"), texts, OUTLETS, days, strict=True):
        item = {"title": text[:60], "text": text, "source": outlet}
        if day:
            item["published_at"] = day
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
        days = (pair.get("published_a"), pair.get("published_b"))  # optional, session 38b
        if args.write:
            _write(args.write / name, texts, days)
        sides = zip(texts, OUTLETS, days, strict=True)
        articles = [gold_article(f"probe:{name}:{i}:{t}", t, outlet=o, published_at=d)
                    for i, (t, o, d) in enumerate(sides)]  # fmt: skip
        report = analyze_story(articles).as_dict()
        listed = [(c["kind"], [s["value"] for s in c["sides"]])
                  for fact in report["claims"] for c in fact["conflicts"]]  # fmt: skip
        ok = bool(listed) == (pair["expect"] == "conflict")
        wrong += not ok
        print(f"{name:20} expect {pair['expect']:8} listed {listed}{'' if ok else '  WRONG'}")
    print(f"{wrong} wrong")


if __name__ == "__main__":
    main()
