"""Each quote of a speaker gold as its user reads it: right, wrong name, or unresolved.

    python scripts/speaker_gold_rows.py ../shared/data gold/speakers-basil6 [--out rows.json]

``eval compare`` gives one figure (right of found) and counts an unresolved quote as
wrong. The rule of issue 12 is that a wrong name is worse than none, so this prints
every scored gold quote with newsprism's quote over it (matched as the scorer matches:
largest overlap, then the shorter quote) as ``right`` / ``WRONG`` (a name that is not
the gold's) / ``unresolved`` (no name) / ``not found``; and every unscored gold span (a
title, a label, a speaker the article does not give) that newsprism gave a name, which
is a wrong name too. ``--out`` writes the rows, so two versions can be diffed.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from newsprism.compare.story import analyze_story
from newsprism.eval.compare import SPEAKER_KINDS, _word_span
from newsprism.eval.compare_gold import GoldQuote, GoldStory, load_compare_gold
from newsprism.eval.speakers import same_speaker


def _best(story: GoldStory, gold: GoldQuote, quotes: list[dict[str, Any]]) -> dict | None:
    """The output quote the scorer pairs with ``gold``."""
    number_of = story.number_of
    start, end = _word_span(story.docs[gold.number].text, gold.start, gold.end)
    best, best_overlap = None, 0
    for quote in quotes:
        if number_of.get(quote["article_id"]) != gold.number:
            continue
        overlap = min(end, quote["end"]) - max(start, quote["start"])
        shorter = best is not None and quote["end"] - quote["start"] < best["end"] - best["start"]
        if overlap > best_overlap or (overlap == best_overlap and shorter):
            best, best_overlap = quote, overlap
    return best


def _verdict(gold: GoldQuote, best: dict | None) -> str:
    scored = gold.kind in SPEAKER_KINDS and gold.resolvable and bool(gold.speaker)
    if best is None:
        return "not found" if scored else "-"
    speaker = best.get("speaker")
    if not scored:
        return "NAMED" if speaker else "-"
    if not speaker:
        return "unresolved"
    return "right" if same_speaker(speaker, gold.speaker or "") else "WRONG"


def story_rows(story: GoldStory) -> list[dict[str, Any]]:
    """One row per gold quote of ``story``."""
    output = analyze_story(list(story.articles.values())).as_dict()
    rows = []
    for gold in story.quotes:
        best = _best(story, gold, output["quotes"])
        text = story.docs[gold.number].text
        rows.append({"triplet": story.triplet[:8], "article": gold.number,
                     "offset": gold.start, "kind": gold.kind, "gold": gold.speaker,
                     "speaker": best.get("speaker") if best else None,
                     "cue": best.get("cue") if best else None,
                     "verdict": _verdict(gold, best),
                     "words": " ".join(text[gold.start:gold.end].split())[:70]})  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> None:
    """Print the rows and their counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    basil = args.data / "basil" if (args.data / "basil").is_dir() else args.data
    rows = [row for story in load_compare_gold(args.gold, basil) for row in story_rows(story)]
    for r in rows:
        if r["verdict"] != "-":
            print(f"{r['verdict']:10} {r['triplet']} {r['article']}@{r['offset']} "
                  f"gold={r['gold']!r} got={r['speaker']!r} cue={r['cue']!r} | {r['words']}")
    print(dict(Counter(r["verdict"] for r in rows)))
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")


if __name__ == "__main__":
    main()
