"""Each framing rule measured by BASIL year and on words marked by people it was not built from.

Issue 14 (session 33): the default output meets the goal on BASIL 2010–2012 and not on
the held-out years, so some rules fit the years they were read on. This script asks it
of every rule separately, without the held-out years:

    PYTHONPATH=src python scripts/framing_by_year.py dump --data ../shared/data \\
        --out /tmp/by-year.json
    python scripts/framing_by_year.py show /tmp/by-year.json [--by layer|rule] [--min 3]

``dump`` frames BASIL 2010, 2011 and 2012 (one parse per article), BABE's report part
(793 sentences, each one text; the experts' marked words as gold) and MBIC's labelled
sentences (the crowd's marked words; ``group`` says what the MiniLM saw of each, as
``framing_dev_estimate.py mbic`` does) and writes every flag with its **layer** (a term's
category, "attribution", "hedge", "scare-quote", "partial-quote", the detector by voice:
"loaded/own", "loaded/quoted", "loaded/reported") and its **rule** (the layer plus the
lexicon term, attribution verb or hedge; the detector's rule is its layer), whether it
touches a gold span (BASIL: ``lex`` or ``inf``; BABE, MBIC: a marked word) and which
``lex`` spans it touches.

``show`` prints, per layer or rule and per set (2010, 2011, 2012, BABE, MBIC never seen,
MBIC all): flags, the share touching, and the spans found **only** by that layer/rule
(what removing it would lose; BASIL only). A rule whose share is high in one year and
low in the others, or low on BABE's and MBIC's marked words, fits the year it was read
on. Nothing here chooses anything; 2013–2014 is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SETS = ("2010", "2011", "2012", "babe", "mbic-unseen", "mbic")


def basil_texts(data: Path, years: tuple[str, ...] = ("2010", "2011", "2012")) -> list[dict]:
    """BASIL 2010–2012 (or ``years``), one text per article, its set the year."""
    from newsprism.eval.framing import data_folders, load_basil

    basil, _ = data_folders(data)
    return [{"name": a.name, "set": a.year, "text": a.text,
             "gold": [(g.start, g.end, g.bias) for g in a.gold]}
            for a in load_basil(basil) if a.year in years]  # fmt: skip


def marked_texts(data: Path) -> list[dict]:
    """BABE's report part and MBIC's labelled sentences, the marked words as ``lex``."""
    from framing_changed_flags import babe_articles
    from framing_dev_estimate import GROUPS, mbic_articles

    babe = [a | {"set": "babe"} for a in babe_articles(data)]
    mbic = [a | {"set": "mbic-unseen" if a["group"] == GROUPS[2] else "mbic"}
            for a in mbic_articles(data)]  # fmt: skip
    return babe + mbic


def ruled_spans(framing) -> list[tuple[object, str, str]]:
    """Every flag of ``ArticleFraming.spans()`` with its layer and its rule."""
    out = [(s, t.category, f"{t.category}:{t.term}") for t in framing.terms for s in t.spans]
    out += [(a.span, "attribution", f"attribution:{a.verb}") for a in framing.attributions
            if not a.span.in_quote]  # fmt: skip
    out += [(h.span, "hedge", f"hedge:{h.hedge}") for h in framing.hedges]
    out += [(s, "scare-quote", "scare-quote") for s in framing.scare_quotes]
    out += [(s, "partial-quote", "partial-quote") for s in framing.partial_quotes]
    for w in framing.loaded:
        voice = "quoted" if w.span.in_quote else "reported" if w.span.speaker else "own"
        out.append((w.span, f"loaded/{voice}", f"loaded/{voice}"))
    return out


def dump(texts: list[dict]) -> list[dict]:
    """Each text's flags with layer, rule, touching and the ``lex`` spans touched."""
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    rows = []
    for n, (t, doc) in enumerate(zip(texts, load_nlp().pipe(a["text"] for a in texts),
                                     strict=True), 1):  # fmt: skip
        framing = frame_doc(doc, quotes=extract_quotes(doc))
        flags = []
        for span, layer, rule in ruled_spans(framing):
            hits = [i for i, (a, b, _) in enumerate(t["gold"]) if span.start < b and a < span.end]
            flags.append({"start": span.start, "end": span.end, "text": span.text,
                          "layer": layer, "rule": rule, "touch": bool(hits),
                          "lex": [i for i in hits if t["gold"][i][2] == "lex"]})  # fmt: skip
        rows.append({"name": t["name"], "set": t["set"], "flags": flags,
                     "lex": sum(g[2] == "lex" for g in t["gold"])})  # fmt: skip
        if n % 100 == 0:
            print(f"{n}/{len(texts)}", file=sys.stderr, flush=True)
    return rows


def tally(rows: list[dict], by: str) -> dict[str, dict[str, list[int]]]:
    """{key: {set: [flags, touching, spans found only by this key]}}; "mbic" counts
    every MBIC sentence (the never-seen ones too)."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for r in rows:
        sets = (r["set"], "mbic") if r["set"] == "mbic-unseen" else (r["set"],)
        keys_of: dict[int, set[str]] = defaultdict(set)
        for f in r["flags"]:
            for s in sets:
                cell = table[f[by]][s]
                cell[0] += 1
                cell[1] += f["touch"]
            for i in f["lex"]:
                keys_of[i].add(f[by])
        for keys in keys_of.values():
            if len(keys) == 1:
                for s in sets:
                    table[next(iter(keys))][s][2] += 1
    return table


def totals(rows: list[dict]) -> dict[str, tuple[int, int, float]]:
    """Per set: ``lex`` spans, found, the share of flags touching (``eval framing``'s)."""
    out = {}
    for s in SETS:
        rs = [r for r in rows if r["set"] == s or (s == "mbic" and r["set"] == "mbic-unseen")]
        flags = [f for r in rs for f in r["flags"]]
        found = sum(len({i for f in r["flags"] for i in f["lex"]}) for r in rs)
        out[s] = (sum(r["lex"] for r in rs), found,
                  round(sum(f["touch"] for f in flags) / max(len(flags), 1), 3))
    return out


def show(path: Path, by: str, least: int) -> None:
    """The table of the module docstring, rows with at least ``least`` flags in all."""
    rows = json.loads(path.read_text("utf-8"))
    table = tally(rows, by)
    print(f"| {by} | " + " | ".join(f"{s}: flags / touching / only" for s in SETS) + " |")
    print("|---|" + "---|" * len(SETS))
    order = sorted(table, key=lambda k: -sum(table[k][s][0] for s in SETS[:3]))
    for key in order:
        if sum(table[key][s][0] for s in SETS if s != "mbic-unseen") < least:
            continue
        cells = []
        for s in SETS:
            n, hit, only = table[key][s]
            cells.append(f"{n} / {hit / n:.2f} / {only}" if n else "–")
        print(f"| {key} | " + " | ".join(cells) + " |")
    print("\nper set (lex spans, found, touching):", totals(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("dump", "show"))
    parser.add_argument("path", type=Path, nargs="?")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--by", choices=("layer", "rule"), default="layer")
    parser.add_argument("--min", type=int, default=3, help="fewest flags a row shows")
    parser.add_argument("--only", choices=("basil", "marked"), default=None,
                        help="dump one half (the other half's sets stay empty)")
    args = parser.parse_args()
    if args.what == "show":
        show(args.path, args.by, args.min)
        return
    texts = [] if args.only == "marked" else basil_texts(args.data)
    texts += [] if args.only == "basil" else marked_texts(args.data)
    args.out.write_text(json.dumps(dump(texts)), "utf-8")


if __name__ == "__main__":
    main()
