"""Read what the two-fact membership changes, story by story (session 26).

    python scripts/two_facts_read.py FOLDER_OR_FILES [...]

Each argument is a folder of one story's compare inputs (``scripts/neus_raw_inputs.py``,
``scripts/wide_conflict_inputs.py``) or ``a+b`` (two input files joined by ``+``: the
seeds). Runs ``compare`` on it twice in one process, with
:func:`newsprism.compare.two_facts.join_second_facts` and without it, and prints every
shared or partly shared fact that is new or gone, and whether the summary, omissions or
anything else of the JSON changed, for reading against the articles.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newsprism.compare import align
from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths

RULE = align.join_second_facts


def _run(articles: list, on: bool) -> dict[str, Any]:
    """The analysis with the rule (``on``) or with complete link's groups alone."""
    align.join_second_facts = RULE if on else (lambda groups, *rest: groups)
    try:
        return analyze_story(articles).as_dict()
    finally:
        align.join_second_facts = RULE


def _facts(analysis: dict) -> dict[tuple, dict]:
    """Shared and partly shared facts by their evidence's claim ids."""
    return {(c["status"], tuple(sorted(e["claim_id"] for e in c["evidence"]))): c
            for c in analysis["claims"] if c["status"] in ("shared", "partly_shared")}


def _paths(argument: str) -> list[str]:
    folder = Path(argument)
    if folder.is_dir():
        return sorted(str(p) for p in folder.iterdir() if p.is_file())
    return argument.split("+")


def report(argument: str) -> None:
    """Print what the rule changes in one story."""
    articles, _ = clean_paths(_paths(argument))
    on, off = _run(articles, True), _run(articles, False)
    name = Path(argument).name
    if on == off:
        print(f"===== {name}: identical")
        return
    names = {a["id"]: a.get("source") or a.get("outlet") for a in on["articles"]}
    print(f"===== {name}")
    before, after = _facts(off), _facts(on)
    for kind, facts, other in (("NEW", after, before), ("GONE", before, after)):
        for key in facts.keys() - other.keys():
            print(f"  {kind} {facts[key]['id']} {key[0]}")
            for e in facts[key]["evidence"]:
                part = e.get("shared_part", {}).get("text")
                print(f"     {names.get(e['article_id'])} | {e['sentence'][:400]}"
                      + (f"\n        part: {part}" if part else ""))
    for part in ("summary", "omissions"):
        if on.get(part) != off.get(part):
            print(f"  CHANGED {part}\n    on  {json.dumps(on.get(part))[:1500]}"
                  f"\n    off {json.dumps(off.get(part))[:1500]}")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        report(arg)
