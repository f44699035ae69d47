"""One BLAS thread while a story is compared.

numpy's OpenBLAS starts a worker per core and, after each product large enough to
split, keeps the workers spinning (yielding, but running) for a while before they
sleep. A story's analysis asks for many such products (the pair model, the units'
profiles, the omission check's cosines), each too small to gain from a second thread,
so on this project's 2-core machine the worker held a core that the parse's second
thread, the omission check's MiniLM thread and the main thread wanted: at 10 articles it
ran 0.09–0.14 s of CPU a warm analysis on a loaded machine (where its yields hand the
core to others; an idle machine was not available to measure), and the same-fact
model's CPU per pair fell from about 6 to 3.6 µs with one thread (issue 12, session 37;
docs/benchmarks.md).

One thread computes each output element with the same kernel and the same order of
additions as two (OpenBLAS splits a product by rows and columns of the result, never
along the summed dimension), so every score is the same float; the golds' and the
seeds' outputs are byte-identical (docs/benchmarks.md, "Session 37").
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

__all__ = ["one_blas_thread"]


@lru_cache(maxsize=1)
def _controller(modules: int) -> Any:
    """threadpoolctl's view of the BLAS libraries loaded while ``modules`` Python modules
    are (about 30 ms: it scans the process's shared libraries; a limit set through it
    costs microseconds). Read again when the module count changes, since an extension
    imported later may bring a BLAS of its own (SciPy's OpenBLAS beside numpy's): a view
    read once before it left that library on every core (session 38)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Within the block every loaded BLAS runs on the calling thread only; the former
    thread counts come back after it (the limit is process-wide, as BLAS's own is)."""
    with _controller(len(sys.modules)).limit(limits=1, user_api="blas"):
        yield
