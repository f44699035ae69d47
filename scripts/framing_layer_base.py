"""Each framing layer's flags against the base rate of a random word of the same part of
speech, on marked sentences no lexicon rule was read on (issue 14, session 38).

The lexicon layers (the terms of ``data/framing.toml`` by category, the rule-found
categories, the attribution verbs, hedges, scare and partial quotes) were written and
kept while reading BASIL 2010–2012 output, and BABE's report part was read for several
of them (docs/eval-framing.md, sessions 19–24 and 33–34). **BABE's other part** (the
1,808 labelled sentences the MiniLM trained on, never framed for a rule) and **MBIC's
crowd marks on the same sentences** (their twins; MBIC has no sentence of its own) were
never read for a lexicon rule. This script frames that part once with the default output
and, per layer:

- ``flags``: the layer's flags; ``share``: the share touching a marked word;
- ``base``: the mean, over the layer's flags, of the chance that a random span of the
  same parts of speech touches a marked word, ``1 - prod(1 - p(pos))`` over the flag's
  words, ``p(pos)`` the share of that set's words of that part of speech that are marked
  (a one-word adjective flag is compared with a random adjective; a four-word partial
  quote with a random four-word span of the same tags).

    PYTHONPATH=src python scripts/framing_layer_base.py dump --data ../shared/data \\
        --out /tmp/lb.json [--basil]
    python scripts/framing_layer_base.py show /tmp/lb.json [--by rule --min 5]
    python scripts/framing_layer_base.py gate /tmp/lb.json   # the rule gate (session 38)

The gate that reads this table is in docs/eval-framing.md ("Session 38: each lexicon
layer against the base rate"). BABE's report part is never framed here; BASIL 2010–2012
only with ``--basil`` (the set every rule was read on, to compare the layers' lift there
with their lift on unread sentences); BASIL 2013–2014 never.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_by_year import ruled_spans

SETS = ("babe-unread", "mbic-unread")
# BASIL 2010-2012, which every rule was read on (a ``lex`` or ``inf`` span as the mark,
# as ``eval framing``'s share touching counts): the layers' lift where they were written
READ_SETS = ("basil-read",)


def unread_sentences(data: Path) -> list[dict]:
    """BABE's labelled sentences outside the report part, each with the experts' marks
    (``babe``) and, when MBIC labels its twin, the crowd's (``mbic``)."""
    from newsprism.eval.babe import read_babe

    crowd: dict[str, list] = {}
    for line in (data / "mbic" / "mbic-dev.jsonl").read_text("utf-8").splitlines():
        s = json.loads(line)
        if s.get("babe_id") and s.get("label") is not None:
            crowd[s["babe_id"]] = [(a, b) for a, b, *_ in s.get("biased_spans") or []]
    return [{"name": s.id, "text": s.text, "babe": list(s.spans), "mbic": crowd.get(s.id),
             "basil": None}
            for s in read_babe(data / "babe") if not s.report and s.label is not None]  # fmt: skip


def read_articles(data: Path) -> list[dict]:
    """BASIL 2010–2012, each article's ``lex`` and ``inf`` spans as its marks."""
    from framing_by_year import basil_texts

    return [{"name": a["name"], "text": a["text"], "babe": None, "mbic": None,
             "basil": [(g0, g1) for g0, g1, _ in a["gold"]]}
            for a in basil_texts(data)]  # fmt: skip


def _touches(a: int, b: int, gold: list) -> bool:
    return any(a < g1 and g0 < b for g0, g1 in gold)


def dump(sentences: list[dict]) -> list[dict]:
    """Each sentence's words (start, end, part of speech) and flags (span, layer, rule)."""
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    rows = []
    texts = (s["text"] for s in sentences)
    for n, (s, doc) in enumerate(zip(sentences, load_nlp().pipe(texts), strict=True), 1):
        framing = frame_doc(doc, quotes=extract_quotes(doc))
        words = [[t.idx, t.idx + len(t), t.pos_] for t in doc if t.is_alpha]
        flags = [[sp.start, sp.end, layer, rule] for sp, layer, rule in ruled_spans(framing)]
        rows.append(s | {"words": words, "flags": flags})
        if n % 200 == 0:
            print(f"{n}/{len(sentences)}", file=sys.stderr, flush=True)
    return rows


def pos_rates(rows: list[dict], gold_key: str) -> dict[str, float]:
    """Per part of speech, the share of the set's words that touch a marked word."""
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r.get(gold_key) is None:
            continue
        for a, b, pos in r["words"]:
            seen[pos][0] += 1
            seen[pos][1] += _touches(a, b, r[gold_key])
    return {pos: hit / n for pos, (n, hit) in seen.items()}


def layer_table(rows: list[dict], gold_key: str, by: str = "layer") -> dict[str, list[float]]:
    """{layer (or rule): [flags, touching, summed base]} on one set."""
    rates = pos_rates(rows, gold_key)
    out: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for r in rows:
        gold = r.get(gold_key)
        if gold is None:
            continue
        for a, b, layer, rule in r["flags"]:
            miss = math.prod(1 - rates.get(pos, 0.0) for w0, w1, pos in r["words"]
                             if a < w1 and w0 < b)  # fmt: skip
            cell = out[layer if by == "layer" else rule]
            cell[0] += 1
            cell[1] += _touches(a, b, gold)
            cell[2] += 1 - miss
    return out


def below_base(cell: list[float]) -> bool:
    """A layer's share touching is under its part-of-speech base rate on this set."""
    flags, touching, base = cell
    return flags > 0 and touching / flags < base / flags


# Wilson score interval at 90 % (two-sided): the rule gate of session 38 (i14-rules38)
Z90 = 1.6449
GATE_FLOOR = 5
QUOTE_RULES = frozenset({"scare-quote", "partial-quote"})


def wilson(touching: float, flags: float, z: float = Z90) -> tuple[float, float]:
    """The Wilson score interval of a share ``touching / flags``: unlike the normal
    approximation it stays inside [0, 1] and is not empty at 0 of n, which is the
    case the rule gate has to judge ("reportedly", 0 of 9)."""
    if not flags:
        return 0.0, 1.0
    share, z2 = touching / flags, z * z
    centre = (share + z2 / (2 * flags)) / (1 + z2 / flags)
    half = z * math.sqrt(share * (1 - share) / flags + z2 / (4 * flags * flags)) / (1 + z2 / flags)
    return max(0.0, centre - half), min(1.0, centre + half)


def rule_verdict(rule: str, cells: list[list[float]]) -> str:
    """The session 38 rule gate over the unread sets' cells (flags, touching, summed base).

    ``set apart`` when, on every set the rule is judged on, it has at least
    :data:`GATE_FLOOR` flags and its Wilson upper bound is under its base; ``over`` when
    on a set with that many flags its lower bound is over the base; else ``undecided``
    (kept: too few flags, or an interval that holds the base). The detector's rules
    (``loaded/*``) trained on these sentences and are not judged."""
    if rule.startswith("loaded/"):
        return "not judged (detector)"
    judged = cells[1:] if rule in QUOTE_RULES else cells
    bounds = [(wilson(c[1], c[0]), c[2] / c[0]) for c in judged if c[0] >= GATE_FLOOR]
    if len(bounds) == len(judged) and all(high < base for (_, high), base in bounds):
        return "set apart"
    return "over" if any(low > base for (low, _), base in bounds) else "undecided"


def gate(path: Path) -> None:
    """Every rule's Wilson 90 % bounds and base on the unread sets, and the gate verdict."""
    rows = json.loads(path.read_text("utf-8"))
    tables = {name: layer_table(rows, name.split("-")[0], "rule") for name in SETS}
    keys = sorted({k for t in tables.values() for k in t},
                  key=lambda k: -sum(t.get(k, [0])[0] for t in tables.values()))  # fmt: skip
    print("| rule | " + " | ".join(f"{s}: k / n, Wilson 90 %, base" for s in SETS) + " | gate |")
    print("|---|" + "---|" * (len(SETS) + 1))
    for key in keys:
        cells = [tables[s].get(key, [0, 0, 0.0]) for s in SETS]
        text = [f"{int(c[1])} / {int(c[0])}, {wilson(c[1], c[0])[0]:.3f}–"
                f"{wilson(c[1], c[0])[1]:.3f}, {c[2] / c[0]:.3f}" if c[0] else "–"
                for c in cells]  # fmt: skip
        print(f"| {key} | " + " | ".join(text) + f" | {rule_verdict(key, cells)} |")


def show(path: Path, by: str, least: int) -> None:
    """The table of the module docstring, one line per layer (or rule)."""
    rows = json.loads(path.read_text("utf-8"))
    sets = SETS + READ_SETS
    tables = {name: layer_table(rows, name.split("-")[0], by) for name in sets}
    keys = sorted({k for t in tables.values() for k in t},
                  key=lambda k: -sum(t.get(k, [0])[0] for t in tables.values()))  # fmt: skip
    print(f"| {by} | " + " | ".join(f"{s}: flags / share / base" for s in sets)
          + " | under base on both |")  # fmt: skip
    print("|---|" + "---|" * (len(sets) + 1))
    for key in keys:
        cells = [tables[s].get(key, [0, 0, 0.0]) for s in sets]
        if sum(c[0] for c in cells[:len(SETS)]) < least:
            continue
        text = [f"{int(c[0])} / {c[1] / c[0]:.2f} / {c[2] / c[0]:.2f}" if c[0] else "–"
                for c in cells]  # fmt: skip
        verdict = "yes" if all(below_base(c) for c in cells[:len(SETS)]) else "no"
        print(f"| {key} | " + " | ".join(text) + f" | {verdict} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("dump", "show", "gate"))
    parser.add_argument("path", type=Path, nargs="?")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--by", choices=("layer", "rule"), default="layer")
    parser.add_argument("--min", type=int, default=1, help="show: keys with this many flags")
    parser.add_argument("--basil", action="store_true",
                        help="dump: also BASIL 2010-2012 (read by every rule; for the lift)")
    args = parser.parse_args()
    if args.what == "show":
        show(args.path, args.by, args.min)
    elif args.what == "gate":
        gate(args.path)
    else:
        texts = unread_sentences(args.data) + (read_articles(args.data) if args.basil else [])
        args.out.write_text(json.dumps(dump(texts)), "utf-8")


if __name__ == "__main__":
    main()
