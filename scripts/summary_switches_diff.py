"""Diff NeuS raw summaries with several summary rules' switches all off and all on, from
the inputs ``summary_repeat_capture.py capture`` pickled (session 33, i12-summary12).

    PYTHONPATH=src python scripts/summary_switches_diff.py OUT.pkl DATA JSON_DIR \
        summary_undated:UNDATED_RULE verb_senses:VERB_SENSES_RULE …

Each MODULE:SWITCH is a boolean of ``newsprism.compare.MODULE``. First checks that the
replay with every switch off equals the captured run's JSON (``capture --json
JSON_DIR``; sources as the capture joined them), then gives each report its source as
the CLI names it (``summary_rule_diff.tag_sources``: a column seen as one) and prints
every row whose lines or citations change from all off to all on, with the switches
that change it alone, and the counts on stderr.
"""

from __future__ import annotations

import importlib
import json
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from summary_repeat_capture import _show, make_summary
from summary_rule_diff import tag_sources


def _run(row: dict[str, Any], switches: list[tuple[Any, str]], on: list[bool]) -> list[Any]:
    for (module, name), value in zip(switches, on, strict=True):
        setattr(module, name, value)
    return [(x["text"], x["article_ids"], x) for x in make_summary(row, True)]


def main() -> None:
    """The check, then the diff (the module docstring)."""
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    data, json_dir = Path(sys.argv[2]), Path(sys.argv[3])
    switches = [(importlib.import_module(f"newsprism.compare.{m}"), s)
                for m, s in (arg.split(":") for arg in sys.argv[4:])]  # fmt: skip
    off, on = [False] * len(switches), [True] * len(switches)
    same = sum([x[:2] for x in _run(row, switches, off)]
               == [(x["text"], x["article_ids"]) for x in json.loads(
                   (json_dir / f"{name}.json").read_text())["summary"]]
               for name, row in rows.items())  # fmt: skip
    tag_sources(rows, data)
    changed = 0
    for name in sorted(rows, key=lambda n: (len(n), n)):
        old, new = _run(rows[name], switches, off), _run(rows[name], switches, on)
        if [x[:2] for x in old] == [x[:2] for x in new]:
            continue
        changed += 1
        alone = [s for i, (_, s) in enumerate(switches) if [x[:2] for x in _run(
            rows[name], switches, [j == i for j in range(len(switches))])] != [x[:2] for x in old]]
        outlet = {a.id: a.outlet or a.id for a in rows[name]["articles"]}
        print(f"r{name} {alone}")
        for tag, lines in (("old", old), ("new", new)):
            for *_, line in lines:
                print(f"  {tag} {_show(line, outlet)}")
    print(f"all off equals the captured JSON on {same} of {len(rows)} rows; "
          f"{changed} rows change", file=sys.stderr)


if __name__ == "__main__":
    main()
