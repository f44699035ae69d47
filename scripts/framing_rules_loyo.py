"""Threshold rules and training recipes judged leaving one BASIL year out, by one gate.

Session 37 (docs/eval-framing.md) chose word thresholds on pooled out-of-fold grids with
a floor of 0.30 of flags touching a ``lex`` or ``inf`` span, and the floor ran the rule
into flags a reader calls wrong. Here each recipe's three out-of-fold grids
(``framing_pooled_thresholds.py grid``, one per dev year, scored by the fold model that
did not train on it) are read under five rules, each nested (the pair for year Y is
chosen on the other two years' grids only):

- ``fixed``: the shipped pair 0.50 / 0.65, nothing fitted;
- ``floor30``: session 37's rule, most ``lex`` spans with a share touching >= 0.30;
- ``own``: the floor at the shipped pair's own share on the same grids;
- ``lex``: the floor on the share touching a ``lex`` span, at the shipped pair's own;
- ``outlet``: ``own`` chosen per outlet on that outlet's articles (calibration per outlet).

    python scripts/framing_rules_loyo.py R-B=/tmp/g/B-201{0,1,2}.json \\
        R-frz2=/tmp/g/frz2-2010.json,/tmp/g/frz2-2011.json,/tmp/g/frz2-2012.json \\
        --babe R-B=0.7560 --babe R-frz2=0.75

prints one row per recipe and rule (per year: found / gold, flags, shares) and the gate
the section wrote first: mean recall >= 0.50, every year's share touching >= 0.30, mean
BABE report-part sentence macro F1 of the fold models >= 0.75; among those passing, the
highest pooled share touching a ``lex`` span. Counts only: no grid holds 2013 or 2014.
docs/eval-framing.md, session 38.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_pooled_thresholds import KEYS, label

SHIPPED_PAIR = label(0.50, 0.65)
RULES = ("fixed", "floor30", "own", "lex", "outlet")
GATE = {"mean_recall": 0.50, "year_share": 0.30, "babe": 0.75}


def _sum(cells: list[dict]) -> dict:
    total = {k: sum(c[k] for c in cells) for k in KEYS}
    flags = total["flags"]
    total["share"] = total["touching"] / flags if flags else 0.0
    total["share_lex"] = total["touching_lex"] / flags if flags else 0.0
    return total


def _pick(tables: list[dict], measure: str, floor: float) -> str:
    """The pair with the most spans at ``measure`` >= ``floor`` over ``tables`` pooled
    (none: the highest ``measure``; ties: fewer flags — ``fit_framing_combiner._better``)."""
    def key(name: str) -> tuple:
        t = _sum([table[name] for table in tables])
        ok = t[measure] >= floor
        return (ok, t["found"] if ok else t[measure], -t["flags"])

    return max(tables[0], key=key)


def choose(rule: str, tables: list[dict]) -> str:
    """The pair ``rule`` picks on ``tables`` (one year's or one outlet's cells each)."""
    if rule == "fixed":
        return SHIPPED_PAIR
    if rule == "floor30":
        return _pick(tables, "share", 0.30)
    measure = "share_lex" if rule == "lex" else "share"
    return _pick(tables, measure, _sum([t[SHIPPED_PAIR] for t in tables])[measure])


def year_counts(rule: str, grids: list[dict], left_out: dict) -> tuple[dict, str]:
    """The left-out year's counts under ``rule`` chosen on ``grids`` (the other years)."""
    if rule != "outlet":
        name = choose(rule, [g["cells"] for g in grids])
        return _sum([left_out["cells"][name]]), name
    cells, names = [], []
    for outlet, table in sorted(left_out["outlets"].items()):
        name = choose("own", [g["outlets"][outlet] for g in grids])
        cells.append(table[name])
        names.append(f"{outlet} {name}")
    return _sum(cells), ", ".join(names)


def nested(rule: str, grids: list[dict]) -> list[dict]:
    """Per left-out year: the pair(s) chosen without it and its counts at them."""
    rows = []
    for g in sorted(grids, key=lambda g: g["year"]):
        counts, name = year_counts(rule, [o for o in grids if o is not g], g)
        rows.append({"year": g["year"], "pair": name, **counts})
    return rows


def gate(rows: list[dict], babe: float | None) -> dict:
    """The section's gate on one candidate's nested rows."""
    mean_recall = sum(r["found"] / r["gold"] for r in rows) / len(rows)
    pooled = _sum(rows)
    passes = (mean_recall >= GATE["mean_recall"]
              and all(r["share"] >= GATE["year_share"] for r in rows)
              and babe is not None and babe >= GATE["babe"])  # fmt: skip
    return {"mean_recall": round(mean_recall, 4), "pooled": pooled, "babe": babe,
            "passes": passes}  # fmt: skip


def judge(recipes: dict[str, list[dict]], babe: dict[str, float]) -> list[dict]:
    """Every recipe × rule with its nested rows and the gate's verdict."""
    out = []
    for recipe, grids in recipes.items():
        for rule in RULES:
            rows = nested(rule, grids)
            out.append({"recipe": recipe, "rule": rule, "years": rows,
                        **gate(rows, babe.get(recipe))})  # fmt: skip
    return out


def winner(results: list[dict]) -> dict | None:
    """Of the candidates that pass, the highest pooled share touching a ``lex`` span."""
    passing = [r for r in results if r["passes"]]
    if not passing:
        return None
    return max(passing, key=lambda r: (r["pooled"]["share_lex"], r["pooled"]["found"]))


def table(results: list[dict]) -> str:
    """The section's table: per year found / gold, flags, share (lex share)."""
    lines = ["| recipe | rule | 2010 | 2011 | 2012 | pooled | mean recall | passes |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        cells = [f"{y['found']}/{y['gold']}, {y['flags']}, {y['share']:.3f} ({y['share_lex']:.3f})"
                 f" @{y['pair']}" for y in r["years"]]  # fmt: skip
        p = r["pooled"]
        lines.append(f"| {r['recipe']} | {r['rule']} | " + " | ".join(cells)
                     + f" | {p['found']}/{p['gold']}, {p['flags']}, {p['share']:.4f}"
                     f" ({p['share_lex']:.4f}) | {r['mean_recall']:.3f} | {r['passes']} |")
    return "\n".join(lines)


def _recipe(value: str) -> tuple[str, list[Path]]:
    name, _, paths = value.partition("=")
    return name, [Path(p) for p in paths.split(",")]


def _babe(value: str) -> tuple[str, float]:
    name, _, f1 = value.partition("=")
    return name, float(f1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("recipes", type=_recipe, nargs="+", metavar="NAME=GRID,GRID,GRID")
    parser.add_argument("--babe", type=_babe, action="append", default=[], metavar="NAME=F1",
                        help="mean BABE sentence macro F1 of the fold models")
    args = parser.parse_args(argv)
    recipes = {name: [json.loads(p.read_text("utf-8")) for p in paths]
               for name, paths in args.recipes}  # fmt: skip
    results = judge(recipes, dict(args.babe))
    best = winner(results)
    print(json.dumps({"gate": GATE, "results": results,
                      "winner": best and {"recipe": best["recipe"], "rule": best["rule"]}},
                     indent=1))  # fmt: skip
    print(table(results), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
