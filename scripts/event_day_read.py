"""Read what the ``event_day`` link changes, story by story (session 25).

    python scripts/event_day_read.py OFF_MODEL FOLDER [FOLDER ...]

Each FOLDER holds one story's compare inputs (``scripts/neus_raw_inputs.py``,
``scripts/wide_conflict_inputs.py``). Runs ``compare`` on it twice in one process,
with the packaged same-fact model and with OFF_MODEL (the same file without
``event_day`` in its links), and prints every shared fact that is new or gone, and
the summary lines and omissions that change, for reading against the articles.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from newsprism.compare.same_fact import MODEL_ENV, load_same_fact_model
from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths


def _run(articles: list, model: str | None) -> dict[str, Any]:
    """The analysis with the packaged model (``None``) or the file ``model``."""
    if model is None:
        os.environ.pop(MODEL_ENV, None)
    else:
        os.environ[MODEL_ENV] = model
    load_same_fact_model.cache_clear()
    return analyze_story(articles).as_dict()


def _facts(analysis: dict) -> dict[tuple, dict]:
    """Shared and partly shared facts by their evidence's claim ids."""
    return {(c["status"], tuple(sorted(e["claim_id"] for e in c["evidence"]))): c
            for c in analysis["claims"] if c["status"] in ("shared", "partly_shared")}


def report(folder: Path, off_model: str) -> None:
    """Print what the link changes in one story."""
    articles, _ = clean_paths(sorted(str(p) for p in folder.iterdir() if p.is_file()))
    on, off = _run(articles, None), _run(articles, off_model)
    if on == off:
        print(f"===== {folder.name}: identical")
        return
    names = {a["id"]: a.get("source") for a in on["articles"]}
    print(f"===== {folder.name}")
    before, after = _facts(off), _facts(on)
    for kind, facts, other in (("NEW", after, before), ("GONE", before, after)):
        for key in facts.keys() - other.keys():
            print(f"  {kind} {facts[key]['id']} {key[0]}")
            for e in facts[key]["evidence"]:
                print(f"     {names.get(e['article_id'])} | {e['sentence'][:400]}")
    for part in ("summary", "omissions"):
        if on.get(part) != off.get(part):
            print(f"  CHANGED {part}\n    on  {json.dumps(on.get(part))[:1500]}"
                  f"\n    off {json.dumps(off.get(part))[:1500]}")


def main() -> None:
    off_model = sys.argv[1]
    for folder in sys.argv[2:]:
        report(Path(folder), off_model)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
