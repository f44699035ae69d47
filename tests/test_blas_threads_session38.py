"""``one_blas_thread`` limits a BLAS library loaded after its first use (session 38).

The first version read threadpoolctl's view of the loaded libraries once; SciPy brings
an OpenBLAS of its own, and when SciPy was imported after the first story (as a later
test, or a later request of `newsprism serve`, does) that library kept every core.
Run in a fresh interpreter, since the test's own process may have loaded SciPy already."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PROGRAM = """
import sys
sys.path.insert(0, sys.argv[1])
import numpy
from threadpoolctl import threadpool_info
from newsprism.blas_threads import one_blas_thread
with one_blas_thread():
    pass
import scipy.linalg
with one_blas_thread():
    seen = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
print(len(seen), sorted(set(seen)))
"""


def test_a_blas_loaded_after_the_first_story_runs_on_one_thread() -> None:
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(SRC)], capture_output=True,
                          text=True, timeout=120, check=True)  # fmt: skip
    count, threads = done.stdout.split(" ", 1)
    assert int(count) >= 1
    assert threads.strip() == "[1]", done.stdout
