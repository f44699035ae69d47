"""How long a MiniLM thread waits for the GIL beside busy analysis code, at CPython's
default switch interval and at ``compare.beside.SWITCH_INTERVAL`` (session 33).

The omission check's MiniLM runs in a thread of its own (compare/prefetch.py) while the
analysing thread works in Python. onnxruntime releases the GIL during a run; coming
back, the MiniLM thread waits until the analysing thread hands the GIL over, which
CPython asks of it only once the switch interval has passed. Here one thread runs
the analysis's own code over the 10-article benchmark story's Docs (quote extraction
and framing, again and again) while the calling thread embeds 100 sentences; the
calling thread's sleep is its wall time less its CPU and its wait for a core (Linux's
``/proc/thread-self/schedstat``), so other work on the machine moves it little. The
two intervals alternate, ``rounds`` times each. One JSON line: milliseconds of sleep
per text at each interval, every round, and the median.

Example::

    .venv/bin/python -m benchmarks.minilm_gil 6
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.compare_steps import runqueue_s

TEXTS = [f"The council voted {i} times on the new budget proposal for the city schools "
         "this year." for i in range(100)]  # fmt: skip


def _runqueue_s() -> float:
    """The calling thread's wait for a core so far (0 where the kernel does not say)."""
    return runqueue_s() or 0.0


def _busy_docs() -> list[Any]:
    """The benchmark story's 10 Docs, framed once (the detector's scores cached)."""
    from benchmarks.compare import story_files
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.nlp import parse_texts
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(10, Path(tmp)))
    docs = parse_texts([a.text for a in articles], [a.language for a in articles])
    for doc in docs:
        frame_doc(doc)
    return docs


def _sleep_per_text(encode: Any, docs: list[Any], interval: float) -> float:
    """Milliseconds a text the calling thread slept while another thread analysed."""
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.quotes import extract_quotes

    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            for doc in docs:
                extract_quotes(doc)
                frame_doc(doc)

    sys.setswitchinterval(interval)
    other = threading.Thread(target=busy)
    other.start()
    queued, wall, cpu = _runqueue_s(), time.perf_counter(), time.thread_time()
    encode(TEXTS)
    wall, cpu, queued = time.perf_counter() - wall, time.thread_time() - cpu, _runqueue_s() - queued
    stop.set()
    other.join()
    return (wall - cpu - queued) / len(TEXTS) * 1000


def measure(rounds: int) -> dict[str, Any]:
    """Sleep per text at the default interval and the short one, alternating."""
    from newsprism.compare.beside import SWITCH_INTERVAL
    from newsprism.embeddings import get_embedder

    encode, docs = get_embedder("minilm-onnx").encode, _busy_docs()
    default = sys.getswitchinterval()
    encode(TEXTS[:5])
    found: dict[float, list[float]] = {default: [], SWITCH_INTERVAL: []}
    try:
        for n in range(rounds):
            for interval in (default, SWITCH_INTERVAL)[:: 1 if n % 2 == 0 else -1]:
                found[interval].append(round(_sleep_per_text(encode, docs, interval), 2))
    finally:
        sys.setswitchinterval(default)
    return {f"{interval * 1000:g} ms": {"sleep_ms_per_text": rows,
                                        "median": round(statistics.median(rows), 2)}
            for interval, rows in found.items()}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(measure(int(args[0]) if args else 6)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
