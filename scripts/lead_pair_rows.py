"""Session 24's reading of the lead rule (compare/lead_pairs.py, off by default: not
kept) on NeuS raw-crawl rows: each row's compare runs with the rule off and on; every
shared fact the rule changes (one with ``lead_pairs``, and any fact of the run before
that is no longer there) is printed with its sentences and outlets, for a reader to
judge against the reports.
Each row's two JSONs (``OUT/before/r<row>.json``, ``OUT/after/…``) are written, so the
"changes only where aimed" check can diff them.

Usage: python scripts/lead_pair_rows.py ../shared/data OUT ROW [ROW ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from neus_raw_inputs import write_rows

from newsprism.compare import lead_pairs
from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths


def _facts(output: dict[str, Any]) -> dict[tuple[str, ...], dict[str, Any]]:
    """The shared facts of one output by their claim ids."""
    return {tuple(sorted(e["claim_id"] for e in f["evidence"])): f for f in output["claims"]
            if f["status"] in ("shared", "partly_shared")}  # fmt: skip


def _show(fact: dict[str, Any], outlet: dict[str, str], mark: str) -> None:
    print(f"  {mark} {fact['status']} lead_pairs={fact.get('lead_pairs', [])}")
    for item in fact["evidence"]:
        print(f"     [{outlet[item['article_id']]}] s{item['sentence_index']}: "
              f"{item['sentence'][:300]}")


def read_row(folder: Path, out: Path, row: int) -> int:
    """Run one row both ways, write both JSONs, print the changes; the number changed."""
    inputs = [str(p) for p in sorted(folder.iterdir()) if p.suffix == ".json"]
    articles = clean_paths(inputs)[0]
    runs, default = {}, lead_pairs.LEAD_PAIRS
    for name in ("before", "after"):
        lead_pairs.LEAD_PAIRS = name == "after"
        runs[name] = analyze_story(articles).as_dict()
        (out / name / f"r{row}.json").write_text(json.dumps(runs[name], indent=1), "utf-8")
    lead_pairs.LEAD_PAIRS = default
    outlet = {a.id: a.outlet or a.id for a in articles}
    before, after = _facts(runs["before"]), _facts(runs["after"])
    gone = [f for key, f in before.items() if key not in after]
    new = [f for key, f in after.items() if key not in before or f.get("lead_pairs")]
    same = json.dumps(runs["before"]) == json.dumps(runs["after"])
    print(f"== r{row} outlets={sorted(outlet.values())} changed={not same} "
          f"new={len(new)} gone={len(gone)}", flush=True)
    for fact in new:
        _show(fact, outlet, "NEW ")
    for fact in gone:
        _show(fact, outlet, "GONE")
    return len(new)


def main(data: Path, out: Path, rows: list[int]) -> None:
    for name in ("inputs", "before", "after"):
        (out / name).mkdir(parents=True, exist_ok=True)
    write_rows(data, out / "inputs", rows)
    changed = sum(bool(read_row(out / "inputs" / f"neus{row}", out, row)) for row in rows)
    print(f"rows with a changed shared fact: {changed} of {len(rows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), [int(r) for r in sys.argv[3:]])
