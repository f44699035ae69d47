"""The omission check in a second thread, beside framing and the summary (session 33).

At 10 articles the omission check's MiniLM (250 texts, about 1.2 s of CPU) is embedded
in a second thread from the claims on (compare/prefetch.py, session 30), and until
session 33 the analysing thread waited for it at the check, before the quote variants,
framing's walk, the summary, the label choice and the voices: on a quiet two-core
machine most of a second (3.29 s of wall for about 2.2 s of the thread's CPU). None of
those five reads what the check answers (``omissions`` reads the facts, which none of
them changes; ``mark_truncated`` and the questions, which read the answer, come after),
so the check itself now runs in a second thread as soon as the facts are final, and the
analysing thread reads its answer only after those five steps. Below
:data:`prefetch.PREFETCH_ARTICLES` articles (no thread embeds ahead there) the same
holds: the check's MiniLM runs (13 texts at 2 articles, about 0.06 s) overlap the
summary instead of coming before it, and the check embeds the very texts it embedded
before, in the same order: no CPU is added.

:func:`quick_switches`: a thread that comes back from a MiniLM run (onnxruntime
releases the GIL while a text runs) waits for the GIL until the analysing thread,
busy in Python, gives it up; CPython makes it wait up to the switch interval, 5 ms by
default, against a run of about 4.6 ms, so beside busy Python the MiniLM thread lost
some 4–5 ms a text (``benchmarks/minilm_gil.py``, beside the analysis's own quote
extraction and framing: a median 5.15 ms of sleep a text at 5 ms, 1.39 ms at 0.5 ms;
docs/benchmarks.md, session 33). The parse's two threads (extract/two_threads.py)
wait for each other the same way after each of the networks' matrix products, which run
without the GIL. So while such a thread works beside the analysing thread (the parse,
a MiniLM run: :func:`switching`) the interval is :data:`SWITCH_INTERVAL`, and it is put
back when the last of them leaves. Not for the whole analysis: where two threads both
run Python (the check's own questions beside the summary, 8,293 of them at 50 articles)
a short interval only adds hand-overs; with it over the whole analysis the 50-article
story took about 0.5–1 s more CPU (docs/benchmarks.md, session 33). Output cannot
change: the interval decides only when a thread hands over the GIL.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import wraps
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")
# CPython's switch interval while an analysis's threads run: a tenth of the default,
# well under one MiniLM run (about 1.5 ms at its shortest, docs/benchmarks.md session 30)
SWITCH_INTERVAL = 0.0005

_lock = threading.Lock()
_inside = 0
_saved = 0.005


@contextmanager
def quick_switches() -> Iterator[None]:
    """Run the block with the switch interval at :data:`SWITCH_INTERVAL` (or the one in
    force, if shorter); analyses in threads of one process share the setting, and the
    last to leave puts back the interval that was in force when the first came in."""
    global _inside, _saved
    with _lock:
        if _inside == 0:
            _saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_saved, SWITCH_INTERVAL))
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0:
                sys.setswitchinterval(_saved)


def switching(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` with each call run under :func:`quick_switches` (a MiniLM encoder:
    its runs release the GIL, and the thread must get it back soon after each)."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with quick_switches():
            return function(*args, **kwargs)

    return run


class Beside:
    """One worker thread for a step whose answer is read later (``submit``), as a
    context manager: its exit cancels what has not started and waits for what has, so
    no thread outlives the analysis; an error in the thread is raised where the answer
    is read (``Future.result``)."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprism-beside")

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        """Start ``function(*args)`` in the worker thread."""
        return self._pool.submit(function, *args)

    def __enter__(self) -> Beside:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        self._pool.shutdown(wait=True, cancel_futures=True)
