"""Wall and CPU seconds of ``compare``'s big steps, a cold analysis then a warm one.

What a second thread could overlap is what runs between the claims and the omission
check; this reads each step's wall and CPU time (``time.process_time`` counts every
thread of the process), the framing detector's ONNX runs (cached per sentence, so the
warm analysis runs almost none: the cold one is what one ``newsprism compare`` pays)
and the time the omission check waits for the MiniLM thread
(``compare.prefetch.Prefetch.encode``; session 30). ``main_thread_cpu_s`` is the CPU of
the thread that runs the analysis (``time.thread_time``): on an idle machine with a
core for each thread, the analysis's wall time is about that plus what it waits, a
figure that other work on a shared machine barely moves. ``main_thread_waits_s``
(session 33) is the rest of that thread's wall time once its CPU and its wait for a core
(``main_thread_runqueue_s``, Linux's ``/proc/thread-self/schedstat``) are taken out:
what it waited for the other threads (the GIL, the parse's second thread, the omission
check's answer), so its CPU plus its waits is about the wall time on an idle machine;
None where the kernel does not report it. The story is :mod:`benchmarks.compare`'s.
One JSON line per analysis: ``steps`` maps a step to [wall s, CPU s, calls, the calling
thread's CPU s].

Example::

    .venv/bin/python -m benchmarks.compare_steps 10
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STEPS = ("_parse_articles", "claim_profiles", "_align", "add_conflicts", "_recheck_unique",
         "_frame_articles", "omissions", "summarize",
         # session 32: the steps before the claims, the fact units (inside ``_align``)
         # and the labels
         "_story_entities", "_statement_spans", "read_units", "label_choice",
         "voices_heard")  # fmt: skip


def _wrap(owner: Any, name: str, label: str, record: dict[str, list[float]]) -> None:
    """Replace ``owner.name`` by a wrapper that adds its wall and CPU to ``record``, and
    the CPU of the thread that runs it (session 32: the process's CPU of a step counts
    the other thread's work done meanwhile)."""
    function: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            row = record.setdefault(label, [0.0, 0.0, 0, 0.0])
            row[0] += time.perf_counter() - wall
            row[1] += time.process_time() - cpu
            row[2] += 1
            row[3] += time.thread_time() - own

    setattr(owner, name, timed)


def runqueue_s() -> float | None:
    """The calling thread's time waiting for a core so far (None: not reported)."""
    try:
        return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return None


def measure(n: int) -> list[dict[str, Any]]:
    """The ``n``-article story analysed twice, models loaded first."""
    import newsprism.compare.story as story
    import newsprism.extract.framing.transformer as transformer
    from benchmarks.compare import story_files
    from newsprism.embeddings import get_embedder
    from newsprism.extract.nlp import load_nlp
    from newsprism.pipeline import clean_paths

    record: dict[str, list[float]] = {}
    for name in STEPS:
        _wrap(story, name, name, record)
    _wrap(transformer.OnnxDetector, "_run", "framing_onnx", record)
    try:
        from newsprism.compare.prefetch import Prefetch
    except ImportError:  # a tree before session 30
        pass
    else:
        _wrap(Prefetch, "encode", "minilm_wait", record)
    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    load_nlp()
    get_embedder()
    get_embedder(story.MINILM_EMBEDDER)
    rows = []
    for run in ("cold", "warm"):
        record.clear()
        queued = runqueue_s()
        wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
        story.analyze_story(articles)
        wall, own = time.perf_counter() - wall, time.thread_time() - own
        after = runqueue_s()
        queue = None if queued is None or after is None else after - queued
        rows.append({"run": run, "articles": n, "wall_s": round(wall, 2),
                     "cpu_s": round(time.process_time() - cpu, 2),
                     "main_thread_cpu_s": round(own, 2),
                     "main_thread_runqueue_s": None if queue is None else round(queue, 2),
                     "main_thread_waits_s": None if queue is None else round(wall - own - queue, 2),
                     "steps": {k: [round(v[0], 3), round(v[1], 3), int(v[2]), round(v[3], 3)]
                               for k, v in record.items()}})  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for row in measure(int(args[0]) if args else 10):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
