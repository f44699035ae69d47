"""How sure is the "possibly shared" hedge? One row per one-outlet fact of the gold stories.

The unique check (`compare/unique.py`) turns a fact that links to nothing into
``possibly_shared`` when a loose test says another outlet may state it. The session-19
reader found 28 of 67 such hedges beside an unrelated sentence, and `eval compare` says
only 220 of 574 hedged facts of `gold/compare-basil` are in a gold group. This script
runs `analyze_story` on each gold triplet, catches the unique check's inputs, and writes
one JSON line per fact the aligner left unique: which loose test fires (figure, names,
key words), the best aligner score and same-fact probability against another outlet's
claim, today's decision, and whether the gold puts one of its sentences in a group
(``grouped``: another outlet does state it).

    python scripts/unique_near_study.py ../shared/data gold/compare-basil OUT.jsonl
    python scripts/unique_near_study.py ../shared/data gold/compare-basil OUT.jsonl --table

``--table`` prints, for each candidate rule, the facts it calls unique and how many of
them the gold groups (unique precision) against the hedges it keeps.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.compare import story as story_module  # noqa: E402
from newsprism.compare import unique  # noqa: E402
from newsprism.eval.compare_gold import load_compare_gold  # noqa: E402


def fact_rows(gold: Any, facts: list, claims: list, lemmas: list, scores: Any,
              probability: Any, opposite: Any = None) -> list[dict[str, Any]]:  # fmt: skip
    """One row per fact the aligner left unique, before the unique check reads it; a
    hedged fact's near sentences (``near``: why, probability, opposite; session 21)."""
    others = unique._OtherOutlets(claims, lemmas, scores, probability)
    grouped = gold.grouped()
    rows = []
    for fact in facts:
        if fact.status != "unique":
            continue
        refs = [r for c in fact.claims for r in gold.refs(c.article_id, c.start, c.end)]
        if not refs:
            continue
        row: dict[str, Any] = {"triplet": gold.triplet[:8],
                               "year": int(next(iter(gold.docs.values())).year),
                               "text": fact.claims[0].text[:160],
                               "grouped": bool(set(refs) & grouped)}  # fmt: skip
        tests = {"figure": 0, "names": 0, "words": 0}
        loose = dict.fromkeys(LOOSER, False)
        best_score = best_prob = 0.0
        for mine in fact.claims:
            for other in others.lexical_hits(mine):
                tests[_which_test(mine, other, others)] += 1
            for other in claims:
                if other.article_id == mine.article_id:
                    continue
                for name, test in LOOSER.items():
                    loose[name] = loose[name] or test(mine, other, others)
            r = others.row[mine.id]
            cols = [j for j, c in enumerate(claims) if c.article_id != mine.article_id]
            if cols:
                best_score = max(best_score, float(np.max(scores[r, cols])))
                if probability is not None:
                    best_prob = max(best_prob, float(np.max(probability[r, cols])))
        near = others.near(fact)
        row.update(tests, **loose, best_score=round(best_score, 4), best_prob=round(best_prob, 4),
                   hedged=bool(near),
                   near=[_near_row(gold, refs, others.describe(fact.claims, c, opposite), c)
                         for c in near])
        rows.append(row)
    return rows


def _near_row(gold: Any, refs: list, described: dict[str, Any], other: Any) -> dict[str, Any]:
    """A near sentence's why, probability and opposite, and ``mate``: whether the gold
    puts it in one group with the fact (the partner a reader is shown is right)."""
    pairs = gold.shared_pairs()
    mate = any(frozenset((r, o)) in pairs for r in refs
               for o in gold.refs(other.article_id, other.start, other.end))
    return {k: described[k] for k in ("claim_id", "why", "probability", "opposite")
            if k in described} | {"mate": mate}


def _negation_differs(rows: list[dict[str, Any]], claims: list, facts: list,
                      negative: list[bool] | None) -> None:
    """Mark each near sentence whose negation (quoted or not) the fact's sentence lacks,
    or the reverse (``negation_differs``): a candidate wider reading of "the opposite",
    measured, not shipped (session 21)."""
    if negative is None:
        return
    row_of = {c.id: i for i, c in enumerate(claims)}
    unique_facts = [f for f in facts if f.status == "unique"]
    by_text = {f.claims[0].text[:160]: f for f in unique_facts}
    for row in rows:
        fact = by_text.get(row["text"])
        if fact is None:
            continue
        mine = {negative[row_of[c.id]] for c in fact.claims}
        for near in row["near"]:
            near["negation_differs"] = negative[row_of[near["claim_id"]]] not in mine


def _overlap(mine: Any, other: Any, others: Any) -> tuple[int, int, float]:
    """Content words and names in common, and the words' share of the shorter claim."""
    words = others.lemma_of[mine.id] & others.lemma_of[other.id]
    names = others.names[mine.id] & others.names[other.id]
    smaller = min(len(others.lemma_of[mine.id]), len(others.lemma_of[other.id])) or 1
    return len(words), len(names), len(words) / smaller


# looser versions of the lexical tests, measured, never shipped by this script
LOOSER = {
    "words2_half": lambda m, o, x: (lambda w, n, r: w >= 2 and r >= 0.5)(*_overlap(m, o, x)),
    "name1_words3": lambda m, o, x: (lambda w, n, r: n >= 1 and w >= 3)(*_overlap(m, o, x)),
    "words3_third": lambda m, o, x: (lambda w, n, r: w >= 3 and r >= 0.34)(*_overlap(m, o, x)),
}


def _which_test(mine: Any, other: Any, others: Any) -> str:
    """The first of the loose tests that ``other`` passes (as `stated_elsewhere` orders)."""
    if others.figures[mine.id] & others.figures[other.id]:
        return "figure"
    names = others.names[mine.id] & others.names[other.id]
    if len(names) >= 2 and len(others.lemma_of[mine.id] & others.lemma_of[other.id]) >= 4:
        return "names"
    return "words"


def collect(data_dir: Path, gold_dir: Path) -> list[dict[str, Any]]:
    """Run every gold story and gather the rows (the unique check itself still runs)."""
    stories = load_compare_gold(gold_dir, data_dir / "basil")
    rows: list[dict[str, Any]] = []
    original = story_module.recheck_unique
    current: dict[str, Any] = {}

    def spy(facts, claims, lemmas, scores=None, probability=None, opposite=None,
            prospect=None):  # fmt: skip
        found = fact_rows(current["gold"], facts, claims, lemmas, scores, probability, opposite)
        _negation_differs(found, claims, facts, current.get("negative"))
        rows.extend(found)
        return original(facts, claims, lemmas, scores, probability, opposite,
                        prospect=prospect)

    original_opposite = story_module.opposite_pairs

    def keep_profiles(units):
        current["negative"] = [bool(u.negative) for u in units]
        return original_opposite(units)

    story_module.recheck_unique = spy
    story_module.opposite_pairs = keep_profiles
    try:
        for gold in stories:
            current["gold"] = gold
            story_module.analyze_story(list(gold.articles.values()))
            print(f"{gold.triplet[:8]}: {len(rows)} rows so far", file=sys.stderr)
    finally:
        story_module.recheck_unique = original
        story_module.opposite_pairs = original_opposite
    return rows


RULES = {
    "today (any test, or topical with a chance)": lambda r: r["hedged"],
    "figure or names test only": lambda r: r["figure"] > 0 or r["names"] > 0,
    "a lexical test": lambda r: r["figure"] + r["names"] + r["words"] > 0,
    "today or words2_half": lambda r: r["hedged"] or r.get("words2_half", False),
    "today or name1_words3": lambda r: r["hedged"] or r.get("name1_words3", False),
    "today or words3_third": lambda r: r["hedged"] or r.get("words3_third", False),
}


def table(rows: list[dict[str, Any]]) -> None:
    """For each rule and each probability floor, the facts it shows as unique."""
    print("| rule | prob floor | unique shown | of them grouped (wrong) | unique P | hedged |"
          " hedges grouped (right) |")
    print("|---|---|---|---|---|---|---|")
    for name, rule in RULES.items():
        for floor in (None, 0.02, 0.05):
            hedged = [r for r in rows if rule(r) or (floor is not None and
                                                      r["best_prob"] >= floor)]  # fmt: skip
            shown = [r for r in rows if r not in hedged]
            wrong = sum(r["grouped"] for r in shown)
            right = sum(r["grouped"] for r in hedged)
            prec = 1 - wrong / len(shown) if shown else float("nan")
            print(f"| {name} | {floor} | {len(shown)} | {wrong} | {prec:.3f} | {len(hedged)}"
                  f" | {right} |")


def hedge_at(row: dict[str, Any], bar: float) -> str | None:
    """The ``hedge`` the unique check gives the fact with :data:`unique.CHECK_PROBABILITY`
    at ``bar`` (None: not hedged)."""
    if not row["hedged"]:
        return None
    saved = unique.CHECK_PROBABILITY
    unique.CHECK_PROBABILITY = bar
    try:
        return unique.hedge_of(row.get("near") or [])
    finally:
        unique.CHECK_PROBABILITY = saved


def hedge_table(rows: list[dict[str, Any]], years: tuple[int, ...] | None = None) -> None:
    """For each bar, how many hedges are "check", "opposite" and "topic", and the share of
    each that the gold groups (a "check" hedge should be grouped far more often)."""
    rows = [r for r in rows if years is None or r["year"] in years]
    print("| bar | check | grouped | opposite | grouped | topic | grouped |")
    print("|---|---|---|---|---|---|---|")
    for bar in (0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 1.01):
        cells = []
        for kind in (unique.CHECK, unique.OPPOSITE, unique.TOPIC):
            of = [r for r in rows if hedge_at(r, bar) == kind]
            right = sum(r["grouped"] for r in of)
            cells.append(f"{len(of)} | {right} ({right / len(of):.2f})" if of else "0 | -")
        print(f"| {bar} | " + " | ".join(cells) + " |")


def cached_rows(out: Path, make: Callable[[], list[dict]]) -> list[dict]:
    """The rows in ``out`` (JSON Lines) when it exists, else ``make()``'s, written there:
    a study is re-read without running compare over the gold again."""
    if out.exists():
        return [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    rows = make()
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--table", action="store_true", help="print the rule table")
    parser.add_argument("--hedges", action="store_true",
                        help="print the check / opposite / topic hedges by bar (session 21)")
    parser.add_argument("--years", type=int, nargs="*", help="only the stories of these years")
    args = parser.parse_args(argv)
    rows = cached_rows(args.out, lambda: collect(args.data, args.gold))
    if args.table:
        table(rows)
    if args.hedges:
        hedge_table(rows, tuple(args.years) if args.years else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
