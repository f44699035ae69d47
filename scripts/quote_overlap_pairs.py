"""Which sentence pairs of the compare gold two readings of ``quote_words_differ`` see:
every cross-article pair whose two sentences are both read as quotation (marks, or the
quote extractor's direct quotes), with the share of the shorter one's runs of three
quoted words that the other prints, its gold label and the model's probability before
vetoes.

    python scripts/quote_overlap_pairs.py ../shared/data [--years 2010,2011,2012]

A veto at share < x costs a gold pair only where the probability is at or above the
threshold. Writes nothing (docs/eval-compare.md, "Shared precision, second pass,
session 18").
"""

from __future__ import annotations

from pathlib import Path

from train_same_fact import cross_article_pairs, story_units

from newsprism.compare.align import same_fact_scores
from newsprism.compare.pairs import _set_features
from newsprism.compare.quoted_words import quote_runs
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import gold_years_cli
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]


def story_pairs(nlp, embedder, story, model) -> list[dict]:
    """The cross-article pairs of one story whose two sentences are both quotations."""
    claims, vectors, units = story_units(nlp, embedder, story)
    _, overlap, _ = _set_features([quote_runs(u.quoted) for u in units])
    _, raw = same_fact_scores(claims, vectors, units, model)
    return [{"share": round(float(overlap[i, j]), 3), "gold": gold,
             "p": round(float(raw[i, j]), 3), "a": claims[i].text, "b": claims[j].text,
             "same": bool(units[i].voices & units[j].voices),
             "pred": (sorted(units[i].predicates), sorted(units[j].predicates))}
            for i, j, gold in cross_article_pairs(story, claims)
            if units[i].quoted is not None and units[j].quoted is not None]  # fmt: skip


def main() -> None:
    _, stories = gold_years_cli(__doc__.splitlines()[0], ROOT)
    nlp, embedder, model = load_nlp(), get_embedder("static"), load_same_fact_model()
    found = [c for s in stories for c in story_pairs(nlp, embedder, s, model)]
    for c in sorted(found, key=lambda c: c["share"]):
        if c["gold"] or c["p"] >= model.threshold or c["share"] < 0.5:
            print(f"share={c['share']} gold={c['gold']} p={c['p']} same={c['same']} "
                  f"pred={c['pred']}\n  {c['a']}\n  {c['b']}")
    print(f"threshold {model.threshold}; pairs {len(found)}")


if __name__ == "__main__":
    main()
