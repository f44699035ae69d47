"""Which BASIL ``lex`` spans the default framing output misses, and what could reach them.

Runs in the project's venv on the file ``scripts/framing_flag_dump.py`` writes (BASIL
2010–2012 only, the training years; 2013–2014 is never read here):

    python scripts/framing_flag_dump.py --data ../shared/data --out /tmp/flags-2010-12.json
    python scripts/framing_recall_misses.py /tmp/flags-2010-12.json [--list]

Session 26 (issue 14, recall): every ``lex`` span that no flag of the default output
(the lexicon layers and the detector, not the opt-in cues) touches, sorted by

- ``quote``: inside quotation marks (the annotation's own mark, or a word of it inside
  a quotation) or in the outlet's voice;
- ``length``: words in the span (1, 2–3, 4+);
- ``pos``: the part of speech of the span's best-scored candidate word;
- ``score``: the MiniLM's raw score of its best word, its sentence read in full (bins);
- ``head``: the MiniLM's sentence-head score of the span's sentence (bins);
- ``fired``: whether that score reaches the head's own ``sentence_threshold`` (0.55);
- ``lists``: the bias lexicons of ``data/framing_evidence.json`` (MPQA strong / weak,
  Recasens, Spinde) and the affect cues that list one of its words: the lexicon layer
  that could have caught it;
- ``near``: a flag of the detector in the same sentence within 3 words (a span-extension
  rule could reach it).

Each table has the 90 articles and, apart, the 25 whose sentences the MiniLM's training
held apart (``minilm_dev``: its scores are honest there). ``--list`` prints every
missed span in its sentence, for reading. Nothing here chooses anything.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from pathlib import Path

SCORE_BINS = (0.1, 0.2, 0.3, 0.4, 0.5)
HEAD_BINS = (0.25, 0.5, 0.75, 0.9)
LISTS = ("mpqa_strong", "mpqa_weak", "recasens", "spinde")
FIRED = 0.55  # the MiniLM's sentence_threshold: its head calls the sentence biased


def touch(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def binned(x: float | None, bins: tuple[float, ...]) -> str:
    """``x`` as its bin's label ("0.2-0.3", "<0.1", ">=0.5"; "none" without a value)."""
    if x is None:
        return "none"
    if x < bins[0]:
        return f"<{bins[0]}"
    for lo, hi in itertools.pairwise(bins):
        if lo <= x < hi:
            return f"{lo}-{hi}"
    return f">={bins[-1]}"


def sentence_of(a: dict, start: int) -> dict | None:
    return next((s for s in a.get("sentences", []) if s["start"] <= start < s["end"]), None)


def near_flag(a: dict, g: dict, sent: dict | None) -> bool:
    """A detector flag in the span's sentence, at most 3 words (about 25 characters)
    from it: a phrase the flagged word heads could reach the span."""
    for f in a["flags"]:
        if f["kind"] != "loaded" or sent is None:
            continue
        if not (sent["start"] <= f["start"] < sent["end"]):
            continue
        gap = max(f["start"] - g["end"], g["start"] - f["end"])
        if gap <= 25:
            return True
    return False


def describe(a: dict, g: dict) -> dict:
    """One missed span's row of the tables."""
    words = [t for t in a["tokens"] if touch(t["start"], t["end"], g["start"], g["end"])]
    best = max(words, key=lambda t: t["raw"], default=None)
    sent = sentence_of(a, g["start"])
    quoted = bool(g.get("quote")) or any(t["in_quote"] for t in words)
    lists = sorted({x for t in words for x in t["lists"] if x in LISTS}
                   | ({"cues"} if any(t.get("cue") is not None for t in words) else set()))
    n = len(g["text"].split())
    return {
        "article": a["name"], "dev": a["minilm_dev"], "text": g["text"],
        "quote": "quoted" if quoted else "own voice",
        "length": "1" if n == 1 else "2-3" if n <= 3 else "4+",
        "pos": best["pos"] if best else "no candidate",
        "score": binned(best["raw"] if best else None, SCORE_BINS),
        "raw": round(best["raw"], 3) if best else None,
        "head": binned(sent["head"] if sent else None, HEAD_BINS),
        "head_raw": sent["head"] if sent else None,
        "fired": "head fired" if sent and sent["head"] >= FIRED else "head quiet",
        "lists": "+".join(lists) or "none",
        "any_list": "listed" if lists else "no list",
        "near": "flag within 3 words" if near_flag(a, g, sent) else "no flag near",
        "sentence": a["text"][sent["start"]:sent["end"]] if sent else "",
    }  # fmt: skip


def missed(articles: list[dict]) -> tuple[list[dict], int]:
    """Every ``lex`` span no default flag touches (described), and the number of spans."""
    out, total = [], 0
    for a in articles:
        flags = [(f["start"], f["end"]) for f in a["flags"] if f["kind"] != "cue"]
        for g in a["gold"]:
            if g["bias"] != "lex":
                continue
            total += 1
            if not any(touch(s, e, g["start"], g["end"]) for s, e in flags):
                out.append(describe(a, g))
    return out, total


def table(rows: list[dict], key: str) -> None:
    """Counts of the missed spans by ``key``: all 90 articles and the 25 held apart."""
    every, apart = Counter(r[key] for r in rows), Counter(r[key] for r in rows if r["dev"])
    print(f"\n| {key} | missed, 90 articles | of them in the 25 held apart |")
    print("|---|---|---|")
    for value, n in every.most_common():
        print(f"| {value} | {n} | {apart[value]} |")


def kinds(rows: list[dict]) -> None:
    """Session 28: the misses by voice, whether the sentence head fired, whether a bias
    lexicon lists a word, and the best word's score (the kinds a general step could
    reach: a listed word in a fired sentence, the best word of a fired sentence)."""
    both = Counter((r["quote"], r["fired"], r["any_list"], r["score"]) for r in rows)
    apart = Counter((r["quote"], r["fired"], r["any_list"], r["score"])
                    for r in rows if r["dev"])  # fmt: skip
    print("\n| voice | sentence head | a bias list | best word | missed | of them apart |")
    print("|---|---|---|---|---|---|")
    for key, n in sorted(both.items()):
        print(f"| {' | '.join(key)} | {n} | {apart[key]} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--list", action="store_true", help="every missed span in its sentence")
    args = parser.parse_args()
    articles = json.loads(args.dump.read_text("utf-8"))
    if any(a["year"] not in ("2010", "2011", "2012") for a in articles):
        raise SystemExit("the dump holds held-out years: study 2010-2012 only")
    rows, total = missed(articles)
    apart_total = sum(g["bias"] == "lex" for a in articles if a["minilm_dev"] for g in a["gold"])
    print(f"missed {len(rows)} of {total} lex spans; in the 25 held apart "
          f"{sum(r['dev'] for r in rows)} of {apart_total}")
    for key in ("quote", "length", "pos", "score", "head", "fired", "any_list", "lists",
                "near"):
        table(rows, key)
    kinds(rows)
    both = Counter((r["quote"], r["score"], r["any_list"]) for r in rows)
    print("\n| voice | MiniLM best word | a bias list | missed |\n|---|---|---|---|")
    for (q, s, li), n in sorted(both.items()):
        print(f"| {q} | {s} | {li} | {n} |")
    if args.list:
        for r in rows:
            print(f"\n[{r['article']}{' apart' if r['dev'] else ''}] {r['text']!r} "
                  f"{r['quote']} pos={r['pos']} raw={r['raw']} head={r['head_raw']} "
                  f"lists={r['lists']} {r['near']}\n    {r['sentence']}")


if __name__ == "__main__":
    main()
