"""Which sentence shown beside a ``check`` hedge is its gold partner? (session 22)

A ``check`` hedge ("Possibly shared", compare/unique.py) is shown beside its first near
sentence. The session-21 reader found 8 of 19 such lines wrong: the two rests of one
partly shared sentence beside each other, opinion sentences beside another outlet's
analysis. This script runs `analyze_story` on each gold triplet, catches the unique
check's inputs, and writes one JSON line per hedged fact with every near sentence, its
text, whether the gold groups it with the fact (``mate``) and the signals a rule could
read: names, figures and content words in common, whether the fact is the rest of a
partly shared sentence and the near sentence a member of that same partly shared fact
(``sibling``), and whether that fact's rest test links the two (``rest_linked``).

    python scripts/hedge_partner_study.py ../shared/data gold/compare-basil OUT.jsonl
    python scripts/hedge_partner_study.py ../shared/data gold/compare-basil OUT.jsonl \
        --table --years 2010 2011 2012
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.compare import story as story_module  # noqa: E402
from newsprism.compare import unique  # noqa: E402
from newsprism.eval.compare_gold import load_compare_gold  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from unique_near_study import cached_rows  # noqa: E402


def _mate(gold: Any, refs: list, other: Any) -> bool:
    """Whether the gold puts ``other`` in one group with one of the fact's refs."""
    pairs = gold.shared_pairs()
    return any(frozenset((r, o)) in pairs for r in refs
               for o in gold.refs(other.article_id, other.start, other.end))


def hedge_rows(gold: Any, facts: list, claims: list, lemmas: list, scores: Any,
               probability: Any, opposite: Any) -> list[dict[str, Any]]:  # fmt: skip
    """One row per fact the unique check will hedge, with every near sentence."""
    others = unique._OtherOutlets(claims, lemmas, scores, probability)
    by_id = {c.id: c for c in claims}
    grouped = gold.grouped()
    rows = []
    for fact in facts:
        if fact.status != "unique":
            continue
        near = others.near(fact)
        refs = [r for c in fact.claims for r in gold.refs(c.article_id, c.start, c.end)]
        if not near or not refs:
            continue
        best, clash = others.fact_rows(fact.claims, opposite)
        described = [others.describe(fact.claims, c, best, clash) for c in near]
        described.sort(key=unique._shown_first(others.order(fact.claims), near))
        rows.append({
            "triplet": gold.triplet[:8], "year": int(next(iter(gold.docs.values())).year),
            "text": fact.claims[0].text, "grouped": bool(set(refs) & grouped),
            "rest": bool(fact.partly_shared_in), "hedge": unique.hedge_of(described),
            "near": [_signals(d, fact, by_id[d["claim_id"]], others, gold, refs)
                     for d in described]})  # fmt: skip
    return rows


def _signals(row: dict[str, Any], fact: Any, other: Any, others: Any, gold: Any,
             refs: list) -> dict[str, Any]:  # fmt: skip
    """A near sentence's JSON row with the signals a rule could read, and the gold's word."""
    mine = fact.claims
    words = max(len(others.lemma_of[m.id] & others.lemma_of[other.id]) for m in mine)
    share = max(len(others.lemma_of[m.id] & others.lemma_of[other.id])
                / max(1, min(len(others.lemma_of[m.id]), len(others.lemma_of[other.id])))
                for m in mine)  # fmt: skip
    siblings = [ref for ref in fact.partly_shared_in
                if any(c.id == other.id for c in ref["fact"].claims)]
    linked = any(other.id in {x["claim_id"] for x in ref["fact"].rest_also_in.get(m.id, [])}
                 for ref in siblings for m in mine)
    return {**{k: row[k] for k in ("why", "probability", "opposite") if k in row},
            "sentence": other.text, "mate": _mate(gold, refs, other),
            "names": max(len(others.names[m.id] & others.names[other.id]) for m in mine),
            "figures": max(len(others.figures[m.id] & others.figures[other.id]) for m in mine),
            "words": words, "share": round(share, 3),
            "sibling": bool(siblings), "rest_linked": linked}


def collect(data_dir: Path, gold_dir: Path) -> list[dict[str, Any]]:
    """Run every gold story and gather the rows (the unique check itself still runs)."""
    rows: list[dict[str, Any]] = []
    original = story_module.recheck_unique
    current: dict[str, Any] = {}

    def spy(facts, claims, lemmas, scores=None, probability=None, opposite=None):
        rows.extend(hedge_rows(current["gold"], facts, claims, lemmas, scores, probability,
                               opposite))
        return original(facts, claims, lemmas, scores, probability, opposite)

    story_module.recheck_unique = spy
    try:
        for gold in load_compare_gold(gold_dir, data_dir / "basil"):
            current["gold"] = gold
            story_module.analyze_story(list(gold.articles.values()))
            print(f"{gold.triplet[:8]}: {len(rows)} rows so far", file=sys.stderr)
    finally:
        story_module.recheck_unique = original
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", type=int, nargs="*", help="only the stories of these years")
    args = parser.parse_args(argv)
    rows = cached_rows(args.out, lambda: collect(args.data, args.gold))
    if args.years:
        rows = [r for r in rows if r["year"] in args.years]
    checks = [r for r in rows if r["hedge"] == unique.CHECK]
    right = sum(bool(r["near"]) and r["near"][0]["mate"] for r in checks)
    print(f"{len(rows)} hedges, {len(checks)} check, right partner shown {right}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
