"""What a speaker rule changes, quote by quote: dump every quote, then diff two dumps.

    # in the worktree before the change, then after it:
    python scripts/quote_speaker_dump.py dump ../shared/data before.json [--sets basil,polnear-dev]
    python scripts/quote_speaker_dump.py dump ../shared/data after.json
    python scripts/quote_speaker_dump.py diff before.json after.json

``dump`` runs ``extract_quotes`` over every article of the chosen sets (BASIL 2010–2012,
the compare-basil training years; BASIL 2013–2014, ``basil-held``; PolNeAR dev; PolNeAR
train; the NeuS raw-crawl rows of gold/speakers-neus, dev part; every raw-crawl row but
that gold's held-out ones; or every raw-crawl row, 0–505, ``neus-all``; the FNC-1 test
bodies, ``fnc1``, as gold/speakers-fresh37 and -fresh38 read them) and writes, per
article, each quote's span, cue, speaker and how it was resolved. ``diff`` prints every
quote whose speaker or span changed, new or gone, with its sentence, so that each change
is read against the article (docs/eval-quotes.md, "Session 21, second pass").
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

SETS = ("basil", "polnear-dev", "polnear-train", "neus-dev", "neus-raw", "neus-all",
        "basil-held", "fnc1")  # basil-held: BASIL 2013–2014, read once at the end (session 28)


def _texts(data: Path, name: str) -> dict[str, str]:
    """article key -> text of one set."""
    if name in ("basil", "basil-held"):
        out = {}
        for year in ("2010", "2011", "2012") if name == "basil" else ("2013", "2014"):
            for path in sorted((data / "basil" / "articles" / year).glob("*.json")):
                art = json.loads(path.read_text("utf-8"))
                paras = [" ".join(p) if isinstance(p, list) else p
                         for p in art["body-paragraphs"]]  # fmt: skip
                out[f"basil/{year}/{path.name}"] = "\n\n".join(paras)
        return out
    if name == "fnc1":  # the FNC-1 test bodies, as gold/speakers-fresh37/-fresh38 read them
        with gzip.open(data / "fnc1-stance" / "bodies.jsonl.gz", "rt", encoding="utf-8") as f:
            return {f"fnc1/{row['body_id']}": f"FNC-1 body {row['body_id']}\n\n{row['body']}"
                    for row in map(json.loads, f)}  # fmt: skip
    if name.startswith("polnear-"):
        split = name.split("-")[1]
        return {f"polnear/{split}/{p.name}": p.read_text("utf-8")
                for p in sorted((data / "polnear" / split / "text").glob("*.txt"))}
    gold = json.loads((Path("gold/speakers-neus/gold.json")).read_text("utf-8"))
    parts = {s["row"]: s.get("part") for s in gold["stories"].values()}
    # neus-dev: the gold's dev rows; neus-raw: every row but the gold's held-out ones;
    # neus-all: every row (session 27: a speaker rule is read on all 506)
    keep = {"neus-dev": lambda i: parts.get(i) == "dev",
            "neus-all": lambda i: True}.get(name, lambda i: parts.get(i) != "held-out")
    crawl = data / "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
    out = {}
    for i, line in enumerate(crawl.read_text("utf-8").splitlines()):
        if keep(i):
            for side, news in json.loads(line)["news"].items():
                out[f"neus/{i}/{side}"] = "\n\n".join(news["newBody"])
    return out


def _sentence(doc, start: int, end: int) -> str:
    """The sentences a quote runs over, to read it in place."""
    sents = [s for s in doc.sents if s.start_char < end and start < s.end_char]
    return doc.text[sents[0].start_char : sents[-1].end_char] if sents else ""


def dump(data: Path, out: Path, sets: list[str], grep: str | None = None) -> None:
    """``grep``: only the articles whose text matches it (case-insensitive), for a rule
    that can change no other article ("according to")."""
    nlp = load_nlp()
    result: dict[str, list[dict]] = {}
    for name in sets:
        for key, text in _texts(data, name).items():
            if grep and not re.search(grep, text, re.IGNORECASE):
                continue
            doc = nlp(text)
            result[key] = [{"start": q.start, "end": q.end, "cue": q.cue, "speaker": q.speaker,
                            "resolved": q.resolved, "surface": q.speaker_surface,
                            "sentence": _sentence(doc, q.start, q.end)}
                           for q in extract_quotes(doc)]  # fmt: skip
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")


def diff(before: Path, after: Path) -> None:
    old, new = (json.loads(p.read_text("utf-8")) for p in (before, after))
    changed = 0
    for key in old:
        o = {(q["start"], q["end"], q["cue"]): q for q in old[key]}
        n = {(q["start"], q["end"], q["cue"]): q for q in new.get(key, [])}
        for k in sorted(set(o) | set(n)):
            a, b = o.get(k), n.get(k)
            if a and b and (a["speaker"], a["resolved"]) == (b["speaker"], b["resolved"]):
                continue
            changed += 1
            q = b or a
            print(f"== {key} {k} cue={q['cue']!r}")
            print(f"   before: {a and (a['speaker'], a['resolved'])}")
            print(f"   after:  {b and (b['speaker'], b['resolved'])}")
            print(f"   {' '.join(q['sentence'].split())[:400]}")
    print(f"{changed} quotes changed")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("data", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--sets", default="basil,polnear-dev,neus-dev")
    d.add_argument("--grep", default=None, help="only articles matching this regex")
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.data, args.out, [s for s in args.sets.split(",") if s in SETS], args.grep)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
