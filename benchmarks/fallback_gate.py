"""trafilatura's comparison gate, off against on: the same output, and what it saves.

``clean/html_gate.py`` skips trafilatura's readability/jusText comparison where its
rules say it cannot change the result. This checks that claim on the dev pages and
times it, each arm in a child process started afresh (imports and warm-up count):

- ``dump --gate on|off OUT``: clean every dev page with ``clean_document`` (the 990
  trafilatura-eval pages, the 798 htmldate-eval pages, ``corpus-N``'s HTML pages) and
  write each article as a JSON line (every field; an error's code for a failed page),
  then the gate's decisions as the last line;
- ``ab``: runs the two dumps in turn (off on on off …, ``--rounds`` pairs), reports each
  child's CPU time (user + system, ``os.wait4``), the ratio on/off of each pair, the
  pages whose output differs, and the share of comparisons the gate let run::

    nice -n 19 python -m benchmarks.fallback_gate ab --rounds 2
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.corpus import DATA
from benchmarks.ingest import ensure_corpus
from benchmarks.layout import OUT

SETS = ("trafilatura-eval", "htmldate-eval")


def dev_pages(out: Path, n: int) -> list[Any]:
    """The raw documents of the dev pages, in a fixed order (read and decoded once)."""
    from newsprism.ingest import IngestOptions, read_path
    from newsprism.models import RawDocument

    paths = [p for name in SETS for p in sorted((DATA / name / "html").iterdir())]
    if n > 0:
        corpus = out / f"corpus-{n}"
        ensure_corpus(corpus, n)
        paths += sorted((corpus / "html").rglob("*.html"))
    options = IngestOptions()
    return [raw for path in paths for raw in read_path(path, options)
            if isinstance(raw, RawDocument)]  # fmt: skip


def dump(gate: bool, target: Path, out: Path, n: int) -> None:
    """Clean every dev page with the gate on or off; one JSON line per page."""
    from newsprism.clean import clean_document, html_gate
    from newsprism.errors import NewsprismError

    html_gate.FALLBACK_GATE = gate
    with target.open("w", encoding="utf-8") as sink:
        for raw in dev_pages(out, n):
            try:
                row: dict[str, Any] = dataclasses.asdict(clean_document(raw))
            except NewsprismError as exc:
                row = {"error": getattr(exc, "code", type(exc).__name__)}
            row["_page"] = raw.location
            sink.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        sink.write(json.dumps({"_decisions": dict(html_gate.DECISIONS)}) + "\n")


def _child(gate: bool, target: Path, out: Path, n: int) -> float:
    """Run one dump in a fresh process; its CPU seconds (user + system)."""
    cmd = [sys.executable, "-m", "benchmarks.fallback_gate", "dump", "--gate",
           "on" if gate else "off", "--n", str(n), "--out", str(out), str(target)]  # fmt: skip
    proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONHASHSEED": "0"})
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"dump failed: {' '.join(cmd)}")
    return usage.ru_utime + usage.ru_stime


def _differences(a: Path, b: Path) -> tuple[int, list[str], dict[str, int]]:
    """Pages compared, the pages whose rows differ, and the on-arm's decisions."""
    # "\n" only: a page's text may hold U+2028 and the like, which splitlines() cuts at
    rows_a = a.read_text(encoding="utf-8").rstrip("\n").split("\n")
    rows_b = b.read_text(encoding="utf-8").rstrip("\n").split("\n")
    decisions = json.loads(rows_b[-1])["_decisions"]
    changed = [json.loads(x)["_page"] for x, y in zip(rows_a[:-1], rows_b[:-1], strict=True)
               if x != y]  # fmt: skip
    return len(rows_a) - 1, changed, decisions


def ab(rounds: int, out: Path, n: int) -> dict[str, Any]:
    """Alternate the arms (off on, on off, …); CPU per arm, pair ratios, identity."""
    cpu: dict[str, list[float]] = {"off": [], "on": []}
    with tempfile.TemporaryDirectory() as tmp:
        files = {arm: Path(tmp) / f"{arm}.jsonl" for arm in cpu}
        for r in range(rounds):
            for arm in (("off", "on") if r % 2 == 0 else ("on", "off")):
                cpu[arm].append(_child(arm == "on", files[arm], out, n))
        pages, changed, decisions = _differences(files["off"], files["on"])
    ratios = [on / off for off, on in zip(cpu["off"], cpu["on"], strict=True)]
    return {"pages": pages, "changed": changed, "decisions": decisions, "cpu_s": cpu,
            "ratios_on_off": ratios, "median_ratio": statistics.median(ratios)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump", help="clean the dev pages once, write JSON lines")
    one.add_argument("--gate", choices=("on", "off"), required=True)
    one.add_argument("target", type=Path)
    both = sub.add_parser("ab", help="both arms in turn: CPU, ratios, identity")
    both.add_argument("--rounds", type=int, default=2, help="pairs of runs (default 2)")
    for p in (one, both):
        p.add_argument("--n", type=int, default=1000, help="corpus-N's HTML pages (0: none)")
        p.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.command == "dump":
        dump(args.gate == "on", args.target, args.out, args.n)
        return 0
    result = ab(args.rounds, args.out, args.n)
    print(json.dumps(result, indent=1))
    (args.out / "fallback-gate.json").write_text(json.dumps(result, indent=1))
    return 0 if not result["changed"] else 1


if __name__ == "__main__":
    sys.exit(main())
