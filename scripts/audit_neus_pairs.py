"""Shared pairs of ``newsprism compare`` against the audit gold of eight NeuS stories.

    python gold/audit-neus/make_inputs.py ../shared/data IN
    for d in IN/*/; do newsprism compare $d*.json --format json -o OUT/$(basename $d).json; done
    python scripts/audit_neus_pairs.py IN OUT [--show]

Each pair of sentences of two outlets that a ``shared`` fact puts together is matched to
the gold's refs (``side:paragraph:sentence``; the paragraph by the blank lines before it,
the sentence by spaCy's sentences inside the paragraph): right when a gold fact group
holds both refs or ``optional_pairs`` lists them, else wrong. Recall counts the gold
groups' pairs found (optional pairs are no misses). Writes nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]


def refs_of(text: str, nlp) -> list[tuple[int, int, int, int]]:
    """(start, end, paragraph, sentence) of each spaCy sentence of a report (a sentence
    holds the blank line after it, so the paragraph is the blank lines before its first
    word)."""
    out, seen = [], {}
    for sent in nlp(text).sents:
        if not sent.text.strip():
            continue
        first = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        paragraph = text.count("\n\n", 0, first)
        seen[paragraph] = seen.get(paragraph, -1) + 1
        out.append((sent.start_char, sent.end_char, paragraph, seen[paragraph]))
    return out


def story_pairs(analysis: dict, sides: dict[str, str], nlp) -> dict[frozenset, tuple[str, str]]:
    """Every cross-outlet pair of refs a shared fact holds, with its two sentences."""
    side_of = {a["id"]: sides.get(a.get("url") or "", "?") for a in analysis["articles"]}
    spans = {a["id"]: refs_of(a["text"], nlp) for a in analysis["articles"]}
    pairs = {}
    for fact in analysis["claims"]:
        if fact["status"] not in ("shared", "partly_shared"):  # partly: scored as eval compare
            continue
        members = []
        for e in fact["evidence"]:
            side = side_of[e["article_id"]]
            hit = next((f"{side}:{p}:{s}" for a, b, p, s in spans[e["article_id"]]
                        if a <= e["start"] < b), None)  # fmt: skip
            if hit:
                members.append((hit, e["sentence"]))
        for (x, tx), (y, ty) in itertools.combinations(members, 2):
            if x[0] != y[0]:
                pairs[frozenset((x, y))] = (tx, ty)
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=Path)
    parser.add_argument("outputs", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "audit-neus" / "gold.json")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    nlp = load_nlp()
    gold = json.loads(args.gold.read_text("utf-8"))["stories"]
    shown = right = found = total = 0
    for story_id, story in gold.items():
        sides = {json.loads((args.inputs / story_id / f"{n}.json").read_text())["url"]: s
                 for n, s in (("left", "L"), ("center", "C"), ("right", "R"))}  # fmt: skip
        analysis = json.loads((args.outputs / f"{story_id}.json").read_text("utf-8"))
        pairs = story_pairs(analysis, sides, nlp)
        want = {frozenset(p) for f in story["facts"]
                for p in itertools.combinations(f["refs"], 2) if p[0][0] != p[1][0]}  # fmt: skip
        loose = {frozenset(p) for p in story.get("optional_pairs") or []}
        total += len(want)
        found += len(want & set(pairs))
        for pair, (tx, ty) in pairs.items():
            ok = pair in want or pair in loose
            shown += 1
            right += ok
            if args.show:
                print(f"{story_id} {'right' if ok else 'WRONG'} {sorted(pair)}\n   {tx}\n   {ty}")
    print(json.dumps({"shown pairs": shown, "right": right, "gold pairs": total,
                      "gold found": found}))


if __name__ == "__main__":
    main()
