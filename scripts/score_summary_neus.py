"""Score compare's summaries against gold/summary-neus: does the first line state the
story's core event, and is any line a sentence a reader could not take alone?

Each summary line is matched to the sentence it was cut from (its evidence sentence in
the compare JSON) and that sentence to the gold's opening words (no-break spaces made
plain, as compare does).

Usage: python scripts/score_summary_neus.py gold/summary-neus/gold.json RUN_DIR
(RUN_DIR holds r<row>.json, the output of ``newsprism compare OUT/neus<row>/*.json
--format json``; ``--lines`` also prints every line with its verdict).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").strip()


def _sentences(run: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """claim id -> (side, evidence sentence) of every claim in the run."""
    side = {a["id"]: Path(a["source_path"]).stem for a in run["articles"]}
    found = {}
    for fact in run["claims"]:
        for ev in fact.get("evidence", []):
            found[ev["claim_id"]] = (side[ev["article_id"]], _plain(ev["sentence"]))
    return found


def _is(side: str, sentence: str, starts: str, want_side: str) -> bool:
    return side == want_side and sentence.startswith(_plain(starts))


def score_story(story: dict[str, Any], run: dict[str, Any], show: bool) -> Counter[str]:
    """Counts for one story: lines, core first / anywhere, not-alone lines by kind."""
    counts: Counter[str] = Counter()
    where = _sentences(run)
    core = [(s, p) for s, ps in story["core"]["sentences"].items() for p in ps]
    for n, line in enumerate(run["summary"]):
        side, sentence = where.get(line["claim_ids"][0], ("?", ""))
        is_core = any(_is(side, sentence, p, s) for s, p in core)
        kinds = [g["kind"] for g in story["not_alone"]
                 if _is(side, sentence, g["starts"], g["side"])]
        counts["lines"] += 1
        counts["core_first"] += n == 0 and is_core
        counts["core_in"] += is_core
        for kind in kinds:
            counts[f"not_alone:{kind}"] += 1
        if show:
            verdict = ("CORE " if is_core else "") + ",".join(kinds)
            print(f"  r{story['row']} {n + 1} [{side}] {verdict or '-'}: {line['text'][:150]}")
    counts["stories_with_core"] += bool(core)
    counts["core_missing"] += bool(core) and not counts["core_in"]
    return counts


def main(gold_path: str, run_dir: str, show: bool) -> None:
    gold = json.loads(Path(gold_path).read_text("utf-8"))
    total: Counter[str] = Counter()
    for story in gold["stories"]:
        path = Path(run_dir, f"r{story['row']}.json")
        counts = score_story(story, json.loads(path.read_text("utf-8")), show)
        total.update(counts)
        print(f"r{story['row']}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("all: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--lines" in sys.argv)
