"""How precise are compare's conflict rules on public contradiction data?

Runs the rules of ``newsprism.compare.conflicts`` (number, date, status/negation, label)
between the two texts of every pair of

- SICK (Marelli et al. 2014; all splits): sentence pairs labelled entailment /
  contradiction / neutral. Precision = share of the pairs the rules flag that are
  labelled contradiction.
- FNC-1 (competition test set): a headline and a whole news article, labelled agree /
  disagree / discuss / unrelated. Precision = share of flagged pairs labelled disagree
  (a looser reading: "discuss" and "agree" articles may still state a different
  number or date than the headline).

Prints a table per data set: pairs, pairs flagged by label, precision, and the share of
contradiction / disagree pairs flagged (the rules are narrow by design; recall on these
sets, which have few numbers, dates or party labels, is low).

Usage: ``python scripts/conflict_rules_precision.py ../shared/data [--limit N]``
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from newsprism.compare.conflicts import claim_frames, find_conflicts, label_conflicts
from newsprism.eval import gold_article
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp


def _prepared(nlp, texts: dict[str, str]) -> dict[str, tuple]:
    """id → (article, doc, mentions, claims) for each text (mentions linked per text)."""
    out = {}
    ids = list(texts)
    for key, doc in zip(ids, nlp.pipe(texts[k] for k in ids), strict=True):
        article = gold_article(f"rules:{key}", texts[key], outlet=key)
        mentions = find_mentions(doc, article.id)
        linked = link_entities({article.id: mentions}, {article.id: article.text}).mentions
        claims = extract_claims(doc, article.id, linked)
        out[key] = (article, doc, linked, claims)
    return out


def flagged(a: tuple, b: tuple) -> list[dict]:
    """The conflicts the rules find between two prepared texts."""
    docs = {a[0].id: a[1], b[0].id: b[1]}
    if a[0].id == b[0].id:
        return []
    mentions, claims = [*a[2], *b[2]], [*a[3], *b[3]]
    found = find_conflicts(claim_frames(docs, claims, mentions))
    return found + label_conflicts([a[0], b[0]], claims, mentions)


def _report(name: str, labels: Counter, hits: Counter, positive: str, examples: list) -> None:
    total = sum(hits.values())
    print(f"\n{name}: {sum(labels.values())} pairs; flagged {total} {dict(hits)}")
    if total:
        print(f"  precision (share {positive}): {hits[positive] / total:.3f}")
    print(f"  {positive} pairs flagged: {hits[positive]} of {labels[positive]}")
    for example in examples[:8]:
        print("   ", example)


def run_sick(data: Path, nlp, limit: int | None) -> None:
    rows = []
    for split in ("train", "trial", "test"):
        with open(data / "sick" / f"sick-{split}.jsonl", encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    rows = rows[:limit]
    texts = {}
    for r in rows:
        texts[f"{r['id']}a"], texts[f"{r['id']}b"] = r["sentence1"], r["sentence2"]
    prepared = _prepared(nlp, texts)
    labels, hits, examples = Counter(), Counter(), []
    for r in rows:
        labels[r["label"]] += 1
        found = flagged(prepared[f"{r['id']}a"], prepared[f"{r['id']}b"])
        if found:
            hits[r["label"]] += 1
            examples.append((r["label"], found[0]["kind"], r["sentence1"], r["sentence2"]))
    _report("SICK", labels, hits, "contradiction", examples)


def run_fnc(data: Path, nlp, limit: int | None) -> None:
    with gzip.open(data / "fnc1-stance" / "stances.jsonl.gz", "rt", encoding="utf-8") as f:
        stances = [json.loads(line) for line in f]
    stances = [s for s in stances if s["label"] != "unrelated"][:limit]
    with gzip.open(data / "fnc1-stance" / "bodies.jsonl.gz", "rt", encoding="utf-8") as f:
        bodies = {str(b["body_id"]): b["body"] for b in map(json.loads, f)}
    heads = sorted({s["headline"] for s in stances})
    head_key = {h: f"h{i}" for i, h in enumerate(heads)}
    texts = {head_key[h]: h for h in heads}
    texts |= {f"b{s['body_id']}": bodies[str(s["body_id"])] for s in stances}
    prepared = _prepared(nlp, texts)
    labels, hits, examples = Counter(), Counter(), []
    for s in stances:
        labels[s["label"]] += 1
        found = flagged(prepared[head_key[s["headline"]]], prepared[f"b{s['body_id']}"])
        if found:
            hits[s["label"]] += 1
            sides = found[0]["sides"]
            examples.append((s["label"], found[0]["kind"], sides[0]["sentence"][:90],
                             sides[1]["sentence"][:90]))  # fmt: skip
    _report("FNC-1 (related pairs)", labels, hits, "disagree", examples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    nlp = load_nlp()
    run_sick(args.data, nlp, args.limit)
    run_fnc(args.data, nlp, args.limit)


if __name__ == "__main__":
    main()
