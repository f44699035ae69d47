"""Which sentence pairs of the compare gold a negating word changes the polarity clash of.

    python scripts/negation_clash_pairs.py ../shared/data [--years 2010,2011,2012]

For every compare-gold story of the given years, reads the story as ``compare`` does
(parse, entities, claims, quote speakers) and computes ``polarity_clash`` twice: as
compare does now, and with the negating words of session 18 left out (a noun, "fail",
"unable", "without", "no longer", a noun under "no", a noun's "to"-clause:
compare/negation.py). Prints each cross-article pair
whose clash differs, with its gold label and the model's probability before vetoes, and
one JSON line of counts: a veto costs a gold pair only where the probability is at or
above the threshold. Writes nothing (docs/eval-compare.md, "Shared precision audit,
session 18").
"""

from __future__ import annotations

import json
from pathlib import Path

from train_same_fact import cross_article_pairs, story_units

import newsprism.compare.negation as negation
import newsprism.compare.pairs as pairs
from newsprism.compare.align import same_fact_scores
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import gold_years_cli
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]


def _without_negating_words() -> dict:
    """Switch the session-18 readings of compare/negation.py off; returns the originals."""
    saved = {name: getattr(negation, name) for name in
             ("negated_words", "is_negated", "unstated_nouns", "aims")}  # fmt: skip
    negation.negated_words = lambda tokens: []
    negation.is_negated = lambda verb: any(c.dep_ == "neg" for c in verb.children)
    negation.unstated_nouns = lambda tokens: []
    negation.aims = lambda tokens: []
    return saved


def story_changes(nlp, embedder, story, model) -> list[dict]:
    """The cross-article pairs of one story whose polarity clash the negating words change."""
    claims, vectors, now = story_units(nlp, embedder, story)
    saved = _without_negating_words()
    try:
        _, _, before = story_units(nlp, embedder, story)
    finally:
        for name, value in saved.items():
            setattr(negation, name, value)
    clash_now = pairs.pair_features(now, vectors)["polarity_clash"]
    clash_before = pairs.pair_features(before, vectors)["polarity_clash"]
    _, raw = same_fact_scores(claims, vectors, now, model)
    return [{"vetoed": bool(clash_now[i, j]), "gold": gold, "p": round(float(raw[i, j]), 3),
             "a": claims[i].text, "b": claims[j].text}
            for i, j, gold in cross_article_pairs(story, claims)
            if clash_now[i, j] != clash_before[i, j]]  # fmt: skip


def main() -> None:
    args, stories = gold_years_cli(__doc__.splitlines()[0], ROOT)
    nlp, embedder, model = load_nlp(), get_embedder("static"), load_same_fact_model()
    changes = [c for s in stories for c in story_changes(nlp, embedder, s, model)]
    for c in changes:
        kind = "VETO" if c["vetoed"] else "FREE"
        print(f"{kind} gold={c['gold']} p={c['p']}\n  {c['a']}\n  {c['b']}")
    above = [c for c in changes if c["p"] >= model.threshold]
    print(json.dumps({"years": args.years, "changed": len(changes),
                      "newly_vetoed": sum(c["vetoed"] for c in changes),
                      "newly_vetoed_gold": sum(c["vetoed"] and c["gold"] for c in changes),
                      "at_threshold": len(above),
                      "at_threshold_gold_lost": sum(c["vetoed"] and c["gold"] for c in above)}))


if __name__ == "__main__":
    main()
