"""The tables of scripts/lead_pair_study.py's rows: gold same-fact rate of lead pairs by
the model's score band and by evidence, and the candidate rules' precision and recall
gain (pairs the gold calls one fact that the output does not share yet)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Row = dict[str, Any]
BANDS = ((0.0, 0.05), (0.05, 0.1), (0.1, 0.15), (0.15, 0.2), (0.2, 0.227287),
         (0.227287, 1.01))  # fmt: skip
ECHO = 0.25


def _clean(row: Row) -> bool:
    return not row["clashes"]


# candidate rules over a lead pair (each also needs no clash feature)
RULES: dict[str, Callable[[Row], bool]] = {
    "no clash": lambda r: True,
    "titles echo": lambda r: r["title_echo"] >= ECHO,
    "entity": lambda r: r["entity"],
    "entity + predicate": lambda r: r["entity"] and r["predicate"],
    "entity + verb": lambda r: r["entity"] and r["verb"],
    "titles echo + entity": lambda r: r["title_echo"] >= ECHO and r["entity"],
    "titles echo + entity + verb": lambda r: (r["title_echo"] >= ECHO and r["entity"]
                                              and r["verb"]),
    "titles echo + entity + predicate": lambda r: (r["title_echo"] >= ECHO and r["entity"]
                                                   and r["predicate"]),
    "entity + verb + raw >= 0.10": lambda r: r["entity"] and r["verb"] and r["raw"] >= 0.1,
    "titles echo + entity + verb + raw >= 0.10": lambda r: (
        r["title_echo"] >= ECHO and r["entity"] and r["verb"] and r["raw"] >= 0.1),
    "entity + number": lambda r: r["entity"] and r["number"],
    "raw >= 0.15 + titles echo + entity (the rule)": lambda r: (
        r["raw"] >= 0.15 and r["title_echo"] >= ECHO and r["entity"]),
    "raw >= 0.12 + titles echo + entity": lambda r: (
        r["raw"] >= 0.12 and r["title_echo"] >= ECHO and r["entity"]),
    "raw >= 0.15": lambda r: r["raw"] >= 0.15,
    "raw >= 0.10": lambda r: r["raw"] >= 0.10,
}


def _rate(rows: Sequence[Row]) -> str:
    gold = sum(r["gold"] for r in rows)
    return f"{gold}/{len(rows)}" + (f" ({gold / len(rows):.2f})" if rows else "")


def band_table(rows: Sequence[Row], kind: str) -> list[str]:
    """Gold same-fact rate by the model's raw probability band, and how many the output
    already shares."""
    lines = [f"| raw P band ({kind}) | pairs | gold same fact | shown shared | "
             "gold, not shown |", "|---|---|---|---|---|"]
    for low, high in BANDS:
        band = [r for r in rows if low <= r["raw"] < high]
        missed = sum(r["gold"] and not r["shown"] for r in band)
        lines.append(f"| {low:.3g}-{min(high, 1):.3g} | {len(band)} | {_rate(band)} | "
                     f"{sum(r['shown'] for r in band)} | {missed} |")
    return lines


def evidence_table(rows: Sequence[Row], kind: str) -> list[str]:
    """Gold rate of each single piece of evidence (with and without a clash)."""
    lines = [f"| evidence ({kind}) | with | without | with, no clash |", "|---|---|---|---|"]
    checks = {"titles echo (>= 0.25)": lambda r: r["title_echo"] >= ECHO,
              "shared story entity": lambda r: r["entity"],
              "shared person": lambda r: r["people"],
              "shared main predicate": lambda r: r["predicate"],
              "shared full verb": lambda r: r["verb"],
              "shared number": lambda r: r["number"],
              "a clash feature": lambda r: bool(r["clashes"])}
    for name, check in checks.items():
        yes = [r for r in rows if check(r)]
        no = [r for r in rows if not check(r)]
        lines.append(f"| {name} | {_rate(yes)} | {_rate(no)} | "
                     f"{_rate([r for r in yes if _clean(r)])} |")
    return lines


def rule_table(rows: Sequence[Row], kind: str) -> list[str]:
    """Each candidate rule (no clash required): precision over the pairs it fires on and
    the gold pairs it would add that the output does not share."""
    lines = [f"| rule, no clash ({kind}) | fires | gold (precision) | new pairs | "
             "new gold (precision of the new) |", "|---|---|---|---|---|"]
    for name, rule in RULES.items():
        fired = [r for r in rows if _clean(r) and rule(r)]
        new = [r for r in fired if not r["shown"]]
        lines.append(f"| {name} | {len(fired)} | {_rate(fired)} | {len(new)} | {_rate(new)} |")
    return lines


def print_tables(rows: Sequence[Row]) -> None:
    for kind in ("lead-lead", "lead-opening"):
        chosen = [r for r in rows if r["kind"] == kind]
        gold = sum(r["gold"] for r in chosen)
        shown = sum(r["gold"] and r["shown"] for r in chosen)
        print(f"\n{kind}: {len(chosen)} pairs, {gold} gold same fact, {shown} of them shown, "
              f"{sum(r['shown'] and not r['gold'] for r in chosen)} shown not gold\n")
        for table in (band_table, evidence_table, rule_table):
            print("\n".join(table(chosen, kind)) + "\n")
