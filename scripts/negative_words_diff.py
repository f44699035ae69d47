"""Dump every fact (status and sentences) of the BASIL gold stories, so two code versions'
dumps can be diffed fact by fact (docs/eval-compare.md "Session 22: negative words").

Usage: PYTHONPATH=src python scripts/negative_words_diff.py ../shared/data GOLD_DIR OUT.json
Run once per version (PYTHONPATH pointing at each ``src``) and diff the two files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.compare.story import analyze_story
from newsprism.eval.compare import _basil_dir
from newsprism.eval.compare_gold import load_compare_gold


def main(data: str, gold: str, out: str) -> None:
    """One line a fact: story uuid, status, the outlets' sentences."""
    dump = {}
    for story in load_compare_gold(Path(gold), _basil_dir(Path(data))):
        output = analyze_story(list(story.articles.values())).as_dict()
        outlets = {a["id"]: (a.get("outlet") or a["id"][:6]) for a in output["articles"]}
        dump[story.triplet] = sorted(
            f"{fact['status']}: " + " || ".join(
                f"[{outlets[e['article_id']]}] {e['sentence']}" for e in fact["evidence"])
            for fact in output["claims"])  # fmt: skip
    Path(out).write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:4])
