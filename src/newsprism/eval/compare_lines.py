"""The summary-line check of ``eval compare`` (kept here for existing imports).

The check lives in :mod:`newsprism.compare.readable`, because the summary uses the same
test to leave out lines a reader could not take alone; the measure and the mender must
not drift apart.
"""

from newsprism.compare.readable import unusable_reasons

__all__ = ["unusable_reasons"]
