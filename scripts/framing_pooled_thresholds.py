"""Word thresholds chosen from pooled out-of-fold scores, beside each model's own refit.

Session 36 (docs/eval-framing.md) found the threshold refit — each model's own-voice and
quoted word thresholds fitted on its own 20–34 held-apart BASIL articles — to be the
weak step: its choices scatter with the sample. Here every development year's articles
are scored by a model that did not train on that year (leave one year out, B's recipe:
``train_framing_onnx.py prepare --years`` the other two of 2010–2012, then
``framing_candidate.py DIR``), and the thresholds are chosen on those scores pooled:

    # one grid per fold model, on the year it left out (counts only, no text):
    python scripts/framing_pooled_thresholds.py grid --data ../shared/data --year 2010 \\
        --model DIR_B10/framing-detector-topics.json --out /tmp/grid-2010.json
    # the pooled choice out of fold (nested: each year's pair chosen on the other years),
    # beside each fold model's refitted pair; then the pair chosen on every year pooled:
    python scripts/framing_pooled_thresholds.py choose /tmp/grid-201?.json \\
        --refit 2010=0.40/0.60 --refit 2011=0.35/0.60 --refit 2012=0.60/0.65
    # the chosen pair into the shipped default description (minilm-topics):
    python scripts/framing_pooled_thresholds.py ship --own 0.5 --quoted 0.65 --record FIT.json

A grid is ``eval framing``'s default row (the lexicon layers plus the model's loaded
words, scored by :func:`framing_loyo.variant_counts`, the real detector with every rule
of its description) at each pair of :data:`OWN` × :data:`QUOTED`. The rule for a pair
is every earlier fit's (``fit_framing_combiner._better``): the most ``lex`` spans found
with at least 0.30 of the flags touching a ``lex`` or ``inf`` span (none: the highest
share; ties: fewer flags). The held-out years 2013–2014 feed no grid: ``grid`` refuses
them. docs/eval-framing.md, session 37.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_framing_combiner import _better  # noqa: E402  (the rule of every earlier fit)
from framing_loyo import set_thresholds, variant_counts  # noqa: E402

SHIPPED = ROOT / "src" / "newsprism" / "data" / "models" / "framing-minilm"
OWN = (0.35, 0.40, 0.45, 0.48, 0.50, 0.55, 0.60, 0.65, 0.70)
QUOTED = (0.40, 0.48, 0.55, 0.60, 0.65, 0.70, 0.80, 1.1)  # 1.1: quoted words never flagged
HELD_OUT = frozenset({"2013", "2014"})
KEYS = ("gold", "found", "flags", "touching", "touching_lex")


def label(own: float, quoted: float) -> str:
    """A pair's name in a grid: ``"0.5/0.65"``."""
    return f"{own:g}/{quoted:g}"


def pair(name: str) -> tuple[float, float]:
    """The thresholds a grid name stands for (``label``'s inverse)."""
    own, quoted = name.split("/")
    return float(own), float(quoted)


def threshold_variants(model, owns=OWN, quoteds=QUOTED) -> dict:
    """The model at every pair, sharing its ONNX session and sentence cache (a dataclass
    copy keeps the same ``cache`` object, so each sentence runs through the model once)."""
    return {label(o, q): dataclasses.replace(model, threshold=o, quote_threshold=q)
            for o in owns for q in quoteds}  # fmt: skip


def grid(data: Path, year: str, description: Path, owns=OWN, quoteds=QUOTED) -> dict:
    """One year's default-row counts at every pair, for the model of ``description``."""
    from newsprism.extract.framing.detector import read_model

    if year in HELD_OUT:
        raise SystemExit(f"{year} is a held-out year: no threshold may be chosen on it")
    model = read_model(description)
    counts = variant_counts(data, [year], threshold_variants(model, owns, quoteds), True)
    outlets = sorted({key.split("/")[1] for by in counts.values() for key in by if "/" in key})
    return {"year": year, "model": str(description),
            "cells": {name: {k: by[year][k] for k in KEYS} for name, by in counts.items()},
            "outlets": {o: {name: {k: by[f"{year}/{o}"][k] for k in KEYS}
                            for name, by in counts.items()} for o in outlets}}  # fmt: skip


def pooled(grids: list[dict], name: str) -> dict:
    """The counts of one pair summed over ``grids``, with the share touching."""
    # .get: a grid written before session 38 has no "touching_lex"
    total = {k: sum(g["cells"][name].get(k, 0) for g in grids) for k in KEYS}
    total["share"] = round(total["touching"] / total["flags"], 4) if total["flags"] else 0.0
    return total


def pick(grids: list[dict], floor: float = 0.30) -> tuple[str, dict]:
    """The pair the rule chooses on ``grids`` pooled, and its pooled counts."""
    best: tuple[str, dict] | None = None
    for name in grids[0]["cells"]:
        total = pooled(grids, name)
        row = {"found": total["found"], "flagged": total["flags"], "prec_bias": total["share"]}
        if best is None or _better(row, best[2], floor):  # type: ignore[misc]
            best = (name, total, row)  # type: ignore[assignment]
    assert best is not None
    return best[0], best[1]


def nested(grids: list[dict], refit: dict[str, str], floor: float = 0.30) -> list[dict]:
    """Per left-out year: the pooled rule's pair chosen on the other years' grids and the
    year's counts at it, beside the year's counts at the fold model's refitted pair."""
    rows = []
    for g in sorted(grids, key=lambda g: g["year"]):
        name, _ = pick([o for o in grids if o is not g], floor)
        row = {"year": g["year"], "pooled_pair": name, "pooled": pooled([g], name)}
        if g["year"] in refit:
            row |= {"refit_pair": refit[g["year"]], "refit": pooled([g], refit[g["year"]])}
        rows.append(row)
    return rows


def totals(rows: list[dict], key: str) -> dict:
    """``rows``' counts under ``key`` summed, with the share touching."""
    total = {k: sum(r[key].get(k, 0) for r in rows) for k in KEYS}
    total["share"] = round(total["touching"] / total["flags"], 4) if total["flags"] else 0.0
    return total


def _refit(value: str) -> tuple[str, str]:
    year, _, name = value.partition("=")
    return year, label(*pair(name))


def _table(rows: list[dict]) -> str:
    """The side-by-side table, as docs/eval-framing.md prints it."""
    def cell(c: dict) -> str:
        return f"{c['found']} / {c['gold']}, {c['flags']} flags, {c['share']:.4f}"

    lines = ["| left out | pooled pair | pooled choice | refit pair | refit |",
             "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['year']} | {r['pooled_pair']} | {cell(r['pooled'])} | "
                     f"{r.get('refit_pair', '–')} | {cell(r['refit']) if 'refit' in r else '–'} |")
    both = all("refit" in r for r in rows)
    lines.append(f"| pooled | | {cell(totals(rows, 'pooled'))} | | "
                 f"{cell(totals(rows, 'refit')) if both else '–'} |")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gr = sub.add_parser("grid", help="one left-out year's counts at every pair (no text)")
    gr.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    gr.add_argument("--year", required=True)
    gr.add_argument("--model", type=Path, required=True, help="the fold model's description")
    gr.add_argument("--out", type=Path, required=True)
    ch = sub.add_parser("choose", help="the pooled choice out of fold, beside the refit")
    ch.add_argument("grids", type=Path, nargs="+")
    ch.add_argument("--refit", type=_refit, action="append", default=[],
                    metavar="YEAR=OWN/QUOTED")  # fmt: skip
    ch.add_argument("--min-prec-bias", type=float, default=0.30)
    sh = sub.add_parser("ship", help="write a pair into the shipped minilm-topics description")
    sh.add_argument("--own", type=float, required=True)
    sh.add_argument("--quoted", type=float, required=True)
    sh.add_argument("--record", type=Path, required=True, help="choose's JSON output")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "grid":
        args.out.write_text(json.dumps(grid(args.data, args.year, args.model), indent=1))
        return 0
    if args.command == "ship":
        record = json.loads(args.record.read_text("utf-8"))
        print(set_thresholds(SHIPPED, args.own, args.quoted, record))
        return 0
    grids = [json.loads(p.read_text("utf-8")) for p in args.grids]
    rows = nested(grids, dict(args.refit), args.min_prec_bias)
    name, fit = pick(grids, args.min_prec_bias)
    result = {"rule": f"most lex spans with >= {args.min_prec_bias} of flags touching, "
                      "on the pooled out-of-fold scores (fit_framing_combiner._better)",
              "years": sorted(g["year"] for g in grids), "nested": rows,
              "nested_pooled": totals(rows, "pooled"),
              "chosen_on_all": {"pair": name, **fit}}  # fmt: skip
    if all("refit" in r for r in rows):
        result["refit_pooled"] = totals(rows, "refit")
    print(json.dumps(result, indent=1))
    print(_table(rows), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
