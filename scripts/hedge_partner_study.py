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

Session 24 adds two signals and ``--rules``, the table of docs/compare.md "Possibly shared
partners (session 24)": ``vetoes`` (the same-fact vetoes set between the fact and the
near sentence) and ``told_here`` (the near sentence is already matched with another
sentence of the fact's own article); ``--rules`` recomputes, from the rows' signals, what
each candidate rule would show first (checks, the gold partner, a wrong one).

    python scripts/hedge_partner_study.py ../shared/data gold/compare-basil OUT.jsonl
    python scripts/hedge_partner_study.py ../shared/data gold/compare-basil OUT.jsonl \
        --table --years 2010 2011 2012
    python scripts/hedge_partner_study.py ../shared/data gold/compare-basil OUT.jsonl \
        --rules --years 2010 2011 2012
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.compare import align as align_module  # noqa: E402
from newsprism.compare import story as story_module  # noqa: E402
from newsprism.compare import unique  # noqa: E402
from newsprism.compare.same_fact import load_same_fact_model  # noqa: E402
from newsprism.eval.compare_gold import load_compare_gold  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from unique_near_study import cached_rows  # noqa: E402


def _mate(gold: Any, refs: list, other: Any) -> bool:
    """Whether the gold puts ``other`` in one group with one of the fact's refs."""
    pairs = gold.shared_pairs()
    return any(frozenset((r, o)) in pairs for r in refs
               for o in gold.refs(other.article_id, other.start, other.end))


def hedge_rows(gold: Any, facts: list, claims: list, lemmas: list, scores: Any,
               probability: Any, opposite: Any, prospect: Any = None
               ) -> list[dict[str, Any]]:  # fmt: skip
    """One row per fact the unique check will hedge, with every near sentence."""
    others = unique._OtherOutlets(claims, lemmas, scores, probability)
    by_id = {c.id: c for c in claims}
    grouped = gold.grouped()
    partners = _matched_with(facts)
    article_of = {c.id: c.article_id for c in claims}
    rows = []
    for fact in facts:
        if fact.status != "unique":
            continue
        near = others.near(fact)
        refs = [r for c in fact.claims for r in gold.refs(c.article_id, c.start, c.end)]
        if not near or not refs:
            continue
        best, clash = others.fact_rows(fact.claims, opposite)
        mood = others.any_pair(fact.claims, prospect)
        described = [others.describe(fact.claims, c, best, clash, mood) for c in near]
        described.sort(key=unique._shown_first(others.order(fact.claims), near))
        rows.append({
            "triplet": gold.triplet[:8], "year": int(next(iter(gold.docs.values())).year),
            "text": fact.claims[0].text, "grouped": bool(set(refs) & grouped),
            "rest": bool(fact.partly_shared_in), "hedge": unique.hedge_of(described),
            "near": [{**_signals(d, fact, by_id[d["claim_id"]], others, gold, refs),
                      "told_here": _told_here(fact, by_id[d["claim_id"]], partners,
                                              article_of),
                      "vetoes": _vetoes(fact, by_id[d["claim_id"]], claims)}
                     for d in described]})  # fmt: skip
    return rows


_FEATURES: dict[str, Any] = {}


def _vetoes(fact: Any, other: Any, claims: list) -> list[str]:
    """Session 24: the same-fact vetoes set between one of the fact's sentences and the
    near sentence (the features of the story's sentences, caught in :func:`collect`)."""
    features = _FEATURES.get("story")
    if features is None:
        return []
    row = {c.id: i for i, c in enumerate(claims)}
    model = load_same_fact_model()
    j = row[other.id]
    return sorted({name for name in (*model.vetoes, *model.soft_vetoes)
                   for m in fact.claims if features[name][row[m.id], j] > 0})


def _matched_with(facts: list) -> dict[str, set[str]]:
    """Per claim id, the claim ids it is already matched with in a fact of several
    outlets (shared, partly shared, conflict)."""
    partners: dict[str, set[str]] = {}
    for fact in facts:
        if fact.status in ("shared", "partly_shared", "conflict"):
            ids = {c.id for c in fact.claims}
            for c in fact.claims:
                partners.setdefault(c.id, set()).update(ids - {c.id})
    return partners


def _told_here(fact: Any, other: Any, partners: dict[str, set[str]],
               article_of: dict[str, str]) -> bool:  # fmt: skip
    """Session 24 (measured, not kept): whether the near sentence is already matched with
    another sentence of the fact's own article (NeuS r91/r95's wrong partners were)."""
    own = {c.article_id for c in fact.claims}
    mine = {c.id for c in fact.claims}
    return any(article_of.get(i) in own for i in partners.get(other.id, set()) - mine)


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
    return {**{k: row[k] for k in ("why", "probability", "opposite", "prospect") if k in row},
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

    def spy(facts, claims, lemmas, scores=None, probability=None, opposite=None,
            prospect=None):  # fmt: skip
        rows.extend(hedge_rows(current["gold"], facts, claims, lemmas, scores, probability,
                               opposite, prospect))
        return original(facts, claims, lemmas, scores, probability, opposite,
                        prospect=prospect)

    original_features = align_module.pair_features

    def features_spy(*args, **kwargs):
        features = original_features(*args, **kwargs)
        _FEATURES.setdefault("story", features)  # the sentences' own, the first call
        return features

    story_module.recheck_unique = spy
    align_module.pair_features = features_spy
    try:
        for gold in load_compare_gold(gold_dir, data_dir / "basil"):
            current["gold"] = gold
            _FEATURES.clear()
            story_module.analyze_story(list(gold.articles.values()))
            print(f"{gold.triplet[:8]}: {len(rows)} rows so far", file=sys.stderr)
    finally:
        story_module.recheck_unique = original
        align_module.pair_features = original_features
    return rows


def _worth(near: dict[str, Any], vetoed: str, told: bool) -> bool:
    """The session-22 rule for a sentence to check (compare/unique.py), and with
    ``vetoed`` not a names or words hit at probability 0 ("all"; "kept": unless the pair
    is a statement beside a prospect, the mood veto), with ``told`` not a sentence
    already matched with another of the fact's article."""
    p = near["probability"]
    if near.get("opposite") or not (near["why"] != "score" or p >= unique.CHECK_PROBABILITY):
        return False
    if not (near["words"] >= unique.CHECK_WORDS or p >= unique.SURE_PROBABILITY):
        return False
    mood = near.get("prospect") or "mood_mismatch" in near.get("vetoes", [])
    if vetoed and p <= 0.0 and near["why"] in unique.VETOABLE and not (vetoed == "kept" and mood):
        return False
    return not (told and near.get("told_here"))


def rule_table(rows: list[dict[str, Any]]) -> list[str]:
    """Per candidate rule: the check hedges, and how many show the gold partner first."""
    lines = []
    for name, vetoed, told in (("session 22", "", False),
                               ("+ vetoed at 0, not a prospect (kept)", "kept", False),
                               ("+ vetoed at 0, a prospect too", "all", False),
                               ("+ already matched here", "", True),
                               ("+ vetoed at 0 (all), already matched", "all", True)):  # fmt: skip
        checks = right = 0
        for row in rows:
            worth = sorted((n for n in row["near"] if _worth(n, vetoed, told)),
                           key=lambda n: -n["probability"])
            checks += bool(worth)
            right += bool(worth) and worth[0]["mate"]
        lines.append(f"{name}: check {checks}, right partner {right}, wrong {checks - right}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", type=int, nargs="*", help="only the stories of these years")
    parser.add_argument("--rules", action="store_true", help="the session-24 rule table")
    args = parser.parse_args(argv)
    rows = cached_rows(args.out, lambda: collect(args.data, args.gold))
    if args.years:
        rows = [r for r in rows if r["year"] in args.years]
    checks = [r for r in rows if r["hedge"] == unique.CHECK]
    right = sum(bool(r["near"]) and r["near"][0]["mate"] for r in checks)
    print(f"{len(rows)} hedges, {len(checks)} check, right partner shown {right}")
    if args.rules:
        print("\n".join(rule_table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
