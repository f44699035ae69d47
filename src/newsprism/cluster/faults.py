"""A test seam: kill this process at a named point of the story step.

The crash tests need a kill at an exact place (between a batch's commit and its story
step, between the two commits of a save), which polling a store from outside cannot
hit reliably. With ``NEWSPRISM_KILL_AT=POINT:N`` in its environment, a process sends
itself SIGKILL the N-th time it reaches ``POINT`` (N defaults to 1). Nothing else reads
the variable, and without it a point costs one dictionary look-up. Only tests set it;
it is documented in docs/clustering.md ("Writes and crashes").

The points, in the order one story step reaches them:

``story-step``         the ingest hook is called: the batch is committed, its story
                       step has not started (the first call of a run is the resume step
                       for what a killed run left, before any new batch)
``story-locked``       the story lock is held, nothing of the step is written yet
``features-saved``     the pending articles' features are stored, no membership is
``memberships-saved``  the memberships are committed, the profiles and counters not yet
"""

from __future__ import annotations

import os
import signal
from collections import Counter

KILL_ENV = "NEWSPRISM_KILL_AT"
POINTS = ("story-step", "story-locked", "features-saved", "memberships-saved")
_reached: Counter[str] = Counter()


def kill_point(point: str) -> None:
    """SIGKILL this process if ``NEWSPRISM_KILL_AT`` names ``point`` and this is the N-th
    time it is reached."""
    spec = os.environ.get(KILL_ENV)
    if not spec:
        return
    name, _, nth = spec.partition(":")
    if name != point:
        return
    _reached[point] += 1
    if _reached[point] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
