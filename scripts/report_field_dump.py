"""Dump the per-report fields an extraction rule can change, for every NeuS raw row, then
diff two dumps: each changed item to read against its article (session 26, i12-fixes29).

    # once with the code before the change, once after:
    PYTHONPATH=OLD/src python scripts/report_field_dump.py dump ../shared/data before.json
    PYTHONPATH=src     python scripts/report_field_dump.py dump ../shared/data after.json
    python scripts/report_field_dump.py diff before.json after.json

``dump`` parses every report of the chosen raw-crawl rows (all, 0–505, unless
``--rows A-B``) once, and writes per report its quotes (span, speaker, the content's
words), its entity mentions (words, type) and its claims' text (what the compare
report shows as a fact), each row's mentions linked as ``compare`` links them.
``--quotes-only`` (session 27) writes the quotes alone, the other fields empty: a rule of
the quote extractor changes nothing else, and the dump takes a third of the time.
``diff`` prints, field by field, every item gone or new.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import link_entities
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

CRAWL = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
FIELDS = ("quotes", "mentions", "claims")


def _row(nlp, i: int, row: dict, quotes_only: bool = False) -> dict[str, dict[str, list[str]]]:
    """The fields of each report of one row, keyed ``neus/<row>/<side>``."""
    texts = {f"neus/{i}/{side}": "\n\n".join(news["newBody"])
             for side, news in row["news"].items()}  # fmt: skip
    docs = {key: nlp(text) for key, text in texts.items()}
    if quotes_only:
        return {key: {"quotes": _quotes(doc, texts[key]), "mentions": [], "claims": []}
                for key, doc in docs.items()}  # fmt: skip
    mentions = {key: find_mentions(doc, key) for key, doc in docs.items()}
    linked = link_entities(mentions, texts)
    out = {}
    for key, doc in docs.items():
        text = texts[key]
        out[key] = {
            "quotes": _quotes(doc, text),
            "mentions": [f"{m.label} {m.text}" for m in mentions[key]],
            "claims": [c.text for c in extract_claims(doc, key, linked.mentions)],
        }
    return out


def _quotes(doc, text: str) -> list[str]:
    """Each quote as speaker, kind and its words."""
    return [f"{q.speaker!r} <{q.kind}> {' '.join(text[q.start:q.end].split())}"
            for q in extract_quotes(doc)]  # fmt: skip


def dump(data: Path, out: Path, rows: range, quotes_only: bool = False) -> None:
    nlp = load_nlp()
    lines = (data / CRAWL).read_text("utf-8").splitlines()
    result: dict[str, dict[str, list[str]]] = {}
    for i in rows:
        if i < len(lines):
            result.update(_row(nlp, i, json.loads(lines[i]), quotes_only))
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), "utf-8")


def diff(before: Path, after: Path) -> None:
    old, new = (json.loads(p.read_text("utf-8")) for p in (before, after))
    for field in FIELDS:
        changed = 0
        for key in old:
            a, b = old[key][field], new.get(key, {}).get(field, [])
            gone, added = [x for x in a if x not in b], [x for x in b if x not in a]
            if gone or added:
                changed += 1
                print(f"== {field} {key}")
                for x in gone:
                    print(f"   - {x[:400]}")
                for x in added:
                    print(f"   + {x[:400]}")
        print(f"{field}: {changed} reports changed\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("data", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--rows", default="0-505", help="first-last row, inclusive")
    d.add_argument("--quotes-only", action="store_true", help="the quotes alone")
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        first, last = (int(x) for x in args.rows.split("-"))
        dump(args.data, args.out, range(first, last + 1), args.quotes_only)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
