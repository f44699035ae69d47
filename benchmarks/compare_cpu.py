"""A tree's own ``benchmarks.compare`` measure, its wall clock read as CPU time.

Issue 12's baseline tree (8e0878f1, 2026-11-24) reports wall seconds only, and on a
machine shared with other work wall seconds say little; CPU seconds move far less. This
runs the given tree's ``benchmarks.compare.measure(n)`` (its own story, its own code)
with ``time.perf_counter`` answered by ``time.process_time``, so ``compare_s`` is the CPU
of the best of its two analyses and ``load_s`` the CPU of the model load, for any tree
alike (session 29). One JSON line: the tree, the start and end (UTC, load average) and
the row.

Example (each tree a ``git archive REV src benchmarks examples`` beside ``../shared``)::

    PYTHONPATH=/work/bench_base/src .venv/bin/python -m benchmarks.compare_cpu \
        /work/bench_base 10
"""

from __future__ import annotations

import json
import sys
import time
import types
from pathlib import Path


def _now() -> tuple[str, str]:
    """The UTC time and the one-minute load average."""
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    return time.strftime("%H:%M:%S", time.gmtime()), load


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    tree, n = str(Path(args[0]).resolve()), int(args[1])
    start = _now()
    sys.path[:0] = [f"{tree}/src", tree]
    for name in [m for m in sys.modules if m == "benchmarks" or m.startswith("benchmarks.")]:
        del sys.modules[name]  # this module's own package: the tree's is the one to run
    import benchmarks.compare as measured

    if not str(measured.__file__).startswith(tree):
        raise SystemExit(f"benchmarks.compare comes from {measured.__file__}, not {tree}")
    measured.time = types.SimpleNamespace(perf_counter=time.process_time,
                                          process_time=time.process_time)  # fmt: skip
    row = measured.measure(n)
    import newsprism

    if not str(newsprism.__file__).startswith(tree):
        raise SystemExit(f"newsprism comes from {newsprism.__file__}, not {tree}: set PYTHONPATH")
    print(json.dumps({"tree": tree, "start": start, "end": _now(), **row}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
