"""Every framing flag of a set of articles, to read what a change of the framing code changed.

Runs in the project's venv, once with the code before the change and once after (two
checkouts), then compares the two files:

    PYTHONPATH=OLD/src python scripts/framing_changed_flags.py --data ../shared/data \\
        --set neus --out /tmp/old.json
    PYTHONPATH=src python scripts/framing_changed_flags.py --data ../shared/data \\
        --set neus --out /tmp/new.json
    python scripts/framing_changed_flags.py --diff /tmp/old.json /tmp/new.json

``--set basil`` reads BASIL 2010–2012 (the training years) and also prints what ``eval
framing`` scores for the default output (lexicon layers + detector) on them; ``--set
neus`` reads NeuS-AllSides raw rows 30, 60 and 90 (every side; blurbs in no training
data), as ``gold/audit-neus/make_inputs.py`` builds compare inputs; ``--set polnear``
every 7th PolNeAR dev article in file-name order from the 4th (12 fresh full articles);
``--set babe`` BABE's report part, one sentence per item.
``--diff`` prints every flag (kind, text, whose word) that is in one file and not the
other, with its sentence, to be read against the article (docs/eval-framing.md, "Session 20").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NEUS_ROWS = (30, 60, 90)
NEUS_FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def neus_articles(data: Path, rows: tuple[int, ...] = NEUS_ROWS) -> list[dict]:
    """The blurb of every side of NeuS raw rows 30, 60, 90 (make_inputs.py's text; other
    rows with ``--neus-rows``: session 22 read 9, 19, 29)."""
    lines = (data / NEUS_FILE).read_text("utf-8").splitlines()
    out = []
    for i in rows:
        row = json.loads(lines[i])
        for side, news in row["news"].items():
            out.append({"name": f"neus-{row['id']}-{side}", "source": news["newsSource"],
                        "text": "\n\n".join(news["newBody"]), "gold": []})  # fmt: skip
    return out


def polnear_articles(data: Path, first: int = 3, step: int = 7, part: str = "dev") -> list[dict]:
    """Every 7th PolNeAR dev article in file-name order from index ``first`` (10-12 of
    84, across the outlets: full articles in no training data of the framing detector;
    the first 15 were read in session 13). Session 20 read ``first`` 3, 6 and 19, then
    the first 15 (``--polnear-first 0 --polnear-step 1 --polnear-count 15``). Session 32
    also read ``--polnear-part train --polnear-first 0 --polnear-step 6`` (140 of 840)."""
    paths = sorted((data / "polnear" / part / "text").glob("*.txt"))[first::step]
    return [{"name": p.stem, "source": "polnear", "text": p.read_text("utf-8"), "gold": []}
            for p in paths]  # fmt: skip


def babe_articles(data: Path) -> list[dict]:
    """BABE's report part (the 793 labelled sentences ``eval framing`` scores), each
    sentence one "article", with its annotated words as gold (session 21, second pass)."""
    from newsprism.eval.babe import read_babe

    return [{"name": s.id, "source": s.outlet, "text": s.text,
             "gold": [(a, b, "lex") for a, b in s.spans]}
            for s in read_babe(data / "babe") if s.report and s.label is not None]  # fmt: skip


def seed_articles(seeds: Path) -> list[dict]:
    """The seeds (``../shared/seeds/*.txt``, two real articles), each file one article
    (session 29)."""
    return [{"name": p.stem, "source": p.stem, "text": p.read_text("utf-8"), "gold": []}
            for p in sorted(seeds.glob("*.txt"))]  # fmt: skip


def basil_articles(data: Path) -> list[dict]:
    """BASIL 2010–2012 with its lex and inf spans."""
    from newsprism.eval.framing import data_folders, load_basil

    basil, _ = data_folders(data)
    return [{"name": a.name, "source": a.outlet, "text": a.text,
             "gold": [(g.start, g.end, g.bias) for g in a.gold]}
            for a in load_basil(basil) if a.year in ("2010", "2011", "2012")]  # fmt: skip


def flags(articles: list[dict]) -> list[dict]:
    """Each article with every span of its default framing output (no opt-in cues)."""
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    for a, doc in zip(articles, load_nlp().pipe(a["text"] for a in articles), strict=True):
        framing = frame_doc(doc, quotes=extract_quotes(doc))
        a["flags"] = [{"kind": kind, "start": s.start, "end": s.end, "text": s.text,
                       "in_quote": s.in_quote, "speaker": s.speaker}
                      for s, kind in framing.spans()]  # fmt: skip
        a["detector"] = framing.detector
    return articles


def score(articles: list[dict]) -> dict[str, float]:
    """``eval framing``'s default-output figures (every flag, whoever's word it is)."""
    def touch(a0: int, a1: int, b0: int, b1: int) -> bool:
        return a0 < b1 and b0 < a1

    gold = found = flagged = hit = 0
    for a in articles:
        spans = [(f["start"], f["end"]) for f in a["flags"]]
        lex = [g for g in a["gold"] if g[2] == "lex"]
        gold += len(lex)
        found += sum(any(touch(s, e, g[0], g[1]) for s, e in spans) for g in lex)
        flagged += len(spans)
        hit += sum(any(touch(s, e, g[0], g[1]) for g in a["gold"]) for s, e in spans)
    return {"gold": gold, "found": found, "recall": round(found / max(gold, 1), 3),
            "flagged": flagged, "prec_bias": round(hit / max(flagged, 1), 3)}  # fmt: skip


def _key(f: dict) -> tuple:
    return (f["kind"], f["start"], f["end"], f["in_quote"], f["speaker"])


def diff(old_path: Path, new_path: Path) -> None:
    """Print each flag that changed, with the sentence around it."""
    old = {a["name"]: a for a in json.loads(old_path.read_text("utf-8"))}
    new = {a["name"]: a for a in json.loads(new_path.read_text("utf-8"))}
    n = 0
    for name, a in new.items():
        before = {_key(f): f for f in old[name]["flags"]}
        after = {_key(f): f for f in a["flags"]}
        for sign, keys, side in (("-", before.keys() - after.keys(), before),
                                 ("+", after.keys() - before.keys(), after)):  # fmt: skip
            for k in sorted(keys, key=lambda k: k[1]):
                f, text = side[k], a["text"]
                s0 = max(text.rfind(". ", 0, f["start"]) + 2, f["start"] - 220)
                ctx = text[s0 : f["end"] + 100].replace("\n", " ")
                n += 1
                print(f"[{n}] {sign} {name} ({a['source']}) {f['kind']} {f['text']!r} "
                      f"quote={f['in_quote']} speaker={f['speaker']!r}\n      {ctx}\n")  # fmt: skip
    print(f"{n} changed flags")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--set", choices=("basil", "neus", "polnear", "babe", "seeds"),
                        default="neus")
    parser.add_argument("--neus-rows", type=lambda v: tuple(map(int, v.split(","))),
                        default=NEUS_ROWS, metavar="R,R,...")
    parser.add_argument("--polnear-first", type=int, default=3)
    parser.add_argument("--polnear-step", type=int, default=7)
    parser.add_argument("--polnear-count", type=int, default=None)
    parser.add_argument("--polnear-part", choices=("dev", "train"), default="dev")
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--names", default="", metavar="PREFIX,...",
                        help="only the articles whose name starts with one of these (session"
                        " 37: two BASIL events, all three outlets)")
    parser.add_argument("--diff", type=Path, nargs=2)
    args = parser.parse_args()
    if args.diff:
        diff(*args.diff)
        return
    if args.out is None:
        sys.exit("--out or --diff")
    read = {"basil": basil_articles, "neus": lambda d: neus_articles(d, args.neus_rows),
            "babe": babe_articles, "seeds": lambda d: seed_articles(args.seeds),
            "polnear": lambda d: polnear_articles(d, args.polnear_first, args.polnear_step,
                                                  args.polnear_part)[: args.polnear_count]}
    articles = read[args.set](args.data)
    prefixes = tuple(p for p in args.names.split(",") if p)
    articles = flags([a for a in articles if not prefixes or a["name"].startswith(prefixes)])
    if args.set == "basil":
        print(articles[0]["detector"], score(articles))
    args.out.write_text(json.dumps(articles), "utf-8")


if __name__ == "__main__":
    main()
