"""A bound on how long a test may run a loop that once never ended.

Not a timing assertion: the bound is far above any honest run, and only turns a hang
(which would stall the whole suite) into a failure that names the test.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

HANG_S = 300


@contextmanager
def fails_if_hung(seconds: int = HANG_S) -> Iterator[None]:
    """Raise ``TimeoutError`` in the main thread if the block runs past ``seconds``."""

    def hung(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s: an unbounded loop?")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
